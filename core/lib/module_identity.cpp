#include "module_identity.hpp"

namespace cehours {
namespace {

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The ASCII character a full-width form (U+FF01–FF5E, bytes EF BC 81 – EF BD 9E)
// stands for, the space for U+3000 (E3 80 80) and U+00A0 (C2 A0); 0 for anything else.
char ascii_for(const std::string& s, std::size_t i, std::size_t& length) {
    const auto at = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
    if (at(0) == 0xEF && (at(1) == 0xBC || at(1) == 0xBD) && at(2) >= 0x80 && at(2) <= 0xBF) {
        const unsigned code = 0xFF00 + ((at(1) - 0xBC) << 6) + (at(2) & 0x3F);  // U+FF00 + offset
        if (code >= 0xFF01 && code <= 0xFF5E) {
            length = 3;
            return static_cast<char>(code - 0xFEE0);
        }
    }
    if (at(0) == 0xE3 && at(1) == 0x80 && at(2) == 0x80) return length = 3, ' ';
    if (at(0) == 0xC2 && at(1) == 0xA0) return length = 2, ' ';
    return 0;
}

}  // namespace

std::string module_identity(const std::string& utf8) {
    // Fold widths, spaces and case; UTF-8 bytes of other characters are all ≥ 0x80.
    std::string folded;
    for (std::size_t i = 0; i < utf8.size();) {
        std::size_t length = 1;
        char c = ascii_for(utf8, i, length);
        if (c == 0) c = utf8[i];
        if (is_space(static_cast<unsigned char>(c))) c = ' ';
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        folded += c;
        i += length;
    }
    // A space survives only between two ASCII characters: not at either end,
    // not twice, not beside Chinese.
    std::string key;
    for (std::size_t i = 0; i < folded.size(); ++i) {
        if (folded[i] != ' ') {
            key += folded[i];
            continue;
        }
        std::size_t next = i;
        while (next < folded.size() && folded[next] == ' ') ++next;
        const auto ascii = [](char c) { return static_cast<unsigned char>(c) < 0x80; };
        if (!key.empty() && next < folded.size() && ascii(key.back()) && ascii(folded[next])) key += ' ';
        i = next - 1;
    }
    return key;
}

ModuleMatch identify_module(const std::string& typed, const std::vector<CatalogueModule>& catalogue) {
    const std::string identity = module_identity(typed);
    for (const auto& module : catalogue) {
        bool same = module_identity(module.name) == identity;
        for (const auto& alias : module.aliases) same = same || module_identity(alias) == identity;
        if (same) return {"#" + module.id, true};
    }
    return {identity, false};
}

}  // namespace cehours
