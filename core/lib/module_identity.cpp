#include "module_identity.hpp"

namespace cehours {
namespace {

// One character of `s` at `i`: its code point and its length in bytes. A
// byte that does not start a whole sequence is its own character (code 0).
struct Character {
    unsigned code = 0;
    std::size_t length = 1;
};

// The number of bytes a UTF-8 sequence has from its first byte; 0 for a byte that starts none.
std::size_t sequence_length(unsigned lead) {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 0;
}

Character character_at(const std::string& s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    const std::size_t length = sequence_length(byte(0));
    if (length == 0) return {0, 1};
    unsigned code = length == 1 ? byte(0) : byte(0) & (0x7Fu >> length);  // the lead byte's payload bits
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(k) & 0xC0) != 0x80) return {0, 1};
        code = (code << 6) | (byte(k) & 0x3F);
    }
    return {code, length};
}

// Spaces of every width (Unicode's White_Space): they never tell two modules
// apart ("Word 2007" is "Word2007"), and a name pasted from a web page or a
// word processor carries no-break, thin or ideographic ones as often as plain ones.
bool is_space(unsigned code) {
    return (code >= 0x09 && code <= 0x0D) || code == 0x20 || code == 0x85 || code == 0xA0 || code == 0x1680 ||
           (code >= 0x2000 && code <= 0x200A) || code == 0x2028 || code == 0x2029 || code == 0x202F || code == 0x205F ||
           code == 0x3000;
}

// Characters that show nothing, so a name that carries one reads as the name
// without it: the soft hyphen, zero-width spaces and joiners, direction marks,
// embeddings and isolates, the word joiner and invisible operators, the byte order mark.
bool is_invisible(unsigned code) {
    return code == 0x00AD || (code >= 0x200B && code <= 0x200F) || (code >= 0x202A && code <= 0x202E) ||
           (code >= 0x2060 && code <= 0x2064) || (code >= 0x2066 && code <= 0x2069) || code == 0xFEFF;
}

// The ASCII letter or sign a character stands for, in lower case: a full-width
// form (U+FF01–FF5E) is its ASCII character. 0 for anything else.
char folded_ascii(const Character& c) {
    char ascii = 0;
    if (c.code >= 0xFF01 && c.code <= 0xFF5E) ascii = static_cast<char>(c.code - 0xFEE0);
    if (c.length == 1) ascii = static_cast<char>(c.code);
    return ascii >= 'A' && ascii <= 'Z' ? static_cast<char>(ascii - 'A' + 'a') : ascii;
}

}  // namespace

std::string module_identity(const std::string& utf8) {
    std::string key;
    std::size_t i = 0;
    while (i < utf8.size()) {
        const Character c = character_at(utf8, i);
        if (!is_space(c.code) && !is_invisible(c.code)) {
            const char ascii = folded_ascii(c);
            if (ascii != 0) {
                key += ascii;
            } else {
                key.append(utf8, i, c.length);
            }
        }
        i += c.length;
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
