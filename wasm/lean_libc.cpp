// Smaller stand-ins for the two C library calls nlohmann's parser makes, so
// the WebAssembly core does not carry the C library's long-double number
// reading and floating-point printing (about 8 kB gzip of soft-float code
// for numbers that are, in the end, tenths of an hour). The link wraps both
// names (--wrap, wasm/CMakeLists.txt), so every call reaches these; the
// native build keeps its C library.
#include <cstdarg>
#include <cstddef>
#include <cstdio>

extern "C" {

// The host's number reader (cehours_core_api.js: JavaScript's Number()):
// like the C library's strtod it rounds correctly, so a double reads the
// same here as in the native core and the answers stay byte-identical.
__attribute__((import_module("env"), import_name("cehours_read_number"))) double cehours_read_number(const char* text,
                                                                                                     std::size_t length);

// Emscripten's integer-only formatter (no %f, %e or %g).
int vsniprintf(char* out, std::size_t size, const char* format, va_list arguments);

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

// The lexer formats only "<U+%.4X>" (a control character in a syntax error).
int __wrap_snprintf(char* out, std::size_t size, const char* format, ...) {
    va_list arguments;
    va_start(arguments, format);
    const int written = vsniprintf(out, size, format, arguments);
    va_end(arguments);
    return written;
}

}  // extern "C"
