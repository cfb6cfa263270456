#include "module_identity.hpp"

#include <vector>

namespace cehours {
namespace {

// One code point and the bytes it came from.
struct CodePoint {
    char32_t value;
    std::string bytes;
};

std::vector<CodePoint> decode(const std::string& utf8) {
    std::vector<CodePoint> points;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 1;
        if (i + length > utf8.size()) {
            points.push_back({lead, utf8.substr(i, 1)});
            ++i;
            continue;
        }
        char32_t value = length == 1 ? lead : lead & (0x7F >> length);
        for (std::size_t k = 1; k < length; ++k) value = (value << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        points.push_back({value, utf8.substr(i, length)});
        i += length;
    }
    return points;
}

bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0; }

// Full-width ASCII (U+FF01–FF5E) is the ASCII character U+FEE0 below it; the
// ideographic space U+3000 is a space.
char32_t fold_width(char32_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
    if (c == 0x3000) return ' ';
    return c;
}

}  // namespace

std::string module_identity(const std::string& utf8) {
    std::vector<CodePoint> points = decode(utf8);
    for (auto& point : points) {
        const char32_t folded = fold_width(point.value);
        if (is_space(folded)) {
            point = {' ', " "};
        } else if (folded != point.value) {
            point = {folded, std::string(1, static_cast<char>(folded))};
        }
        if (point.value >= 'A' && point.value <= 'Z') {
            const char lower = static_cast<char>(point.value - 'A' + 'a');
            point = {static_cast<char32_t>(lower), std::string(1, lower)};
        }
    }
    std::string key;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (points[i].value != ' ') {
            key += points[i].bytes;
            continue;
        }
        // A space survives only between two ASCII characters: not at either
        // end, not twice, not beside Chinese.
        std::size_t next = i;
        while (next < points.size() && points[next].value == ' ') ++next;
        const bool between_ascii = i > 0 && next < points.size() && points[i - 1].value < 0x80 && points[next].value < 0x80;
        if (between_ascii) key += ' ';
        i = next - 1;
    }
    return key;
}

}  // namespace cehours
