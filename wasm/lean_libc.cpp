// Smaller stand-ins for the C library calls nlohmann's parser makes, so
// the WebAssembly core does not carry the C library's long-double number
// reading, its generic integer scanner and its printf (about 10 kB gzip of
// code for numbers that are, in the end, tenths of an hour). The link wraps
// these names (--wrap, wasm/CMakeLists.txt), so every call reaches these; the
// native build keeps its C library.
#include <cerrno>
#include <climits>
#include <cstdarg>
#include <cstddef>
#include <cstring>

extern "C" {

// The host's number reader (cehours_core_api.js: JavaScript's Number()):
// like the C library's strtod it rounds correctly, so a double reads the
// same here as in the native core and the answers stay byte-identical.
__attribute__((import_module("env"), import_name("cehours_read_number"))) double cehours_read_number(const char* text,
                                                                                                     std::size_t length);

// The lexer hands over a number it has already checked against JSON's grammar,
// so the number ends at the first byte outside that grammar.
double __wrap_strtod(const char* text, char** end) {
    std::size_t length = 0;
    for (char c = text[0]; (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
         c = text[++length]) {
    }
    if (end != nullptr) *end = const_cast<char*>(text + length);
    return cehours_read_number(text, length);
}

// The lexer reads an integer token (digits, after a '-' for a negative one)
// with strtoull or strtoll, and reads it as a double instead when errno says
// it overflowed: both answer here as the C library does, in base 10, the one
// base the lexer asks for. Sets `overflow` when the magnitude passes `limit`.
static unsigned long long decimal_magnitude(const char* text, char** end, bool& negative, bool& overflow,
                                            unsigned long long limit) {
    const char* at = text;
    negative = *at == '-';
    if (*at == '-' || *at == '+') ++at;
    unsigned long long value = 0;
    overflow = false;
    for (; *at >= '0' && *at <= '9'; ++at) {
        const auto digit = static_cast<unsigned>(*at - '0');
        if (value > (limit - digit) / 10) overflow = true;
        if (!overflow) value = value * 10 + digit;
    }
    if (end != nullptr) *end = const_cast<char*>(at);
    if (overflow) errno = ERANGE;
    return value;
}

unsigned long long __wrap_strtoull(const char* text, char** end, int /* base: always 10 */) {
    bool negative = false;
    bool overflow = false;
    const unsigned long long magnitude = decimal_magnitude(text, end, negative, overflow, ULLONG_MAX);
    if (overflow) return ULLONG_MAX;
    return negative ? 0 - magnitude : magnitude;
}

long long __wrap_strtoll(const char* text, char** end, int /* base: always 10 */) {
    bool negative = false;
    bool overflow = false;
    const auto most = static_cast<unsigned long long>(LLONG_MAX);
    const unsigned long long magnitude = decimal_magnitude(text, end, negative, overflow, most + 1);
    if (overflow || (!negative && magnitude > most)) {
        errno = ERANGE;
        return negative ? LLONG_MIN : LLONG_MAX;
    }
    return negative ? static_cast<long long>(0 - magnitude) : static_cast<long long>(magnitude);
}

// The lexer formats only "<U+%.4X>" (a control character, in the text of a
// syntax error): written here without the C library's printf. Another format
// gets an empty string, as printf gives on an encoding error.
int __wrap_snprintf(char* out, std::size_t size, const char* format, ...) {
    if (std::strcmp(format, "<U+%.4X>") != 0) {
        if (size > 0) out[0] = '\0';
        return -1;
    }
    va_list arguments;
    va_start(arguments, format);
    const unsigned code = va_arg(arguments, unsigned);
    va_end(arguments);
    static const char hex[] = "0123456789ABCDEF";
    const char text[] = {'<', 'U', '+', hex[(code >> 12) & 0xF], hex[(code >> 8) & 0xF], hex[(code >> 4) & 0xF],
                         hex[code & 0xF], '>'};
    if (size > 0) {
        const std::size_t written = size - 1 < sizeof text ? size - 1 : sizeof text;
        std::memcpy(out, text, written);
        out[written] = '\0';
    }
    return static_cast<int>(sizeof text);
}

}  // extern "C"
