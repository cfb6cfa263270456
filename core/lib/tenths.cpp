#include "tenths.hpp"

#include <charconv>

namespace cehours {

std::string format_tenths(Tenths value) {
    std::string text;
    append_tenths(text, value);
    return text;
}

void append_tenths(std::string& out, Tenths value) {
    // Room for "-", 19 digits, "." and one more: the largest magnitude of an int64.
    char text[24];
    char* end = text;
    // Unsigned, so that the magnitude of the most negative int64 does not overflow.
    const auto magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    if (value < 0) *end++ = '-';
    end = std::to_chars(end, text + sizeof text, magnitude / 10).ptr;
    if (magnitude % 10 != 0) {
        *end++ = '.';
        *end++ = static_cast<char>('0' + magnitude % 10);
    }
    out.append(text, static_cast<std::size_t>(end - text));
}

}  // namespace cehours
