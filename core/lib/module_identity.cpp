#include "module_identity.hpp"

namespace cehours {
namespace {

// One character of `s` at `i`: its code point and its length in bytes. A
// byte that does not start a whole sequence is its own character (code 0).
struct Character {
    unsigned code = 0;
    std::size_t length = 1;
};

Character character_at(const std::string& s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    const unsigned lead = byte(0);
    const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0) return {0, 1};
    unsigned code = length == 1 ? lead : lead & (0x7Fu >> length);
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(k) & 0xC0) != 0x80) return {0, 1};
        code = (code << 6) | (byte(k) & 0x3F);
    }
    return {code, length};
}

// Spaces of every width: they never tell two modules apart ("Word 2007" is "Word2007").
bool is_space(unsigned code) {
    return code == ' ' || code == '\t' || code == '\n' || code == '\r' || code == 0x00A0 || code == 0x3000;
}

// Characters that show nothing, so a name that carries one reads as the name
// without it: the soft hyphen, zero-width spaces and joiners, direction marks,
// embeddings and isolates, the word joiner and invisible operators, the byte order mark.
bool is_invisible(unsigned code) {
    return code == 0x00AD || (code >= 0x200B && code <= 0x200F) || (code >= 0x202A && code <= 0x202E) ||
           (code >= 0x2060 && code <= 0x2064) || (code >= 0x2066 && code <= 0x2069) || code == 0xFEFF;
}

}  // namespace

std::string module_identity(const std::string& utf8) {
    std::string key;
    for (std::size_t i = 0; i < utf8.size();) {
        const Character c = character_at(utf8, i);
        if (is_space(c.code) || is_invisible(c.code)) {
            i += c.length;
            continue;
        }
        // Full-width forms (U+FF01–FF5E) are their ASCII characters; ASCII case is folded.
        char ascii = c.code >= 0xFF01 && c.code <= 0xFF5E ? static_cast<char>(c.code - 0xFEE0)
                     : c.length == 1 && c.code != 0    ? static_cast<char>(c.code)
                                                       : 0;
        if (ascii >= 'A' && ascii <= 'Z') ascii = static_cast<char>(ascii - 'A' + 'a');
        if (ascii != 0) {
            key += ascii;
        } else {
            key.append(utf8, i, c.length);
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
