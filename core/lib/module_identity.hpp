#pragma once
// 二（一）1: 每个考试模块一次性计5学时. The same module typed differently —
// "Word 2007", "Word2007", "Ｗｏｒｄ　２００７", "word 2007" followed by an
// invisible zero-width space — is one module and counts once.
#include <string>
#include <vector>

#include "rule_pack.hpp"

namespace cehours {

// The name reduced to what identifies it: full-width forms folded to ASCII,
// ASCII case folded, and every space (of any width, between any two
// characters: no module is told apart by a space alone) and every invisible
// format character (zero-width spaces and joiners, direction marks, the byte
// order mark, the soft hyphen) dropped. `utf8` is valid UTF-8 (the parser
// refuses anything else); a stray byte is kept as it is, never read past.
[[nodiscard]] std::string module_identity(const std::string& utf8);

// Which module a typed name is: with a catalogue, the entry whose name or an
// alias reads the same ("#" + id); without one, or for a name it does not
// list, the name's own identity.
struct ModuleMatch {
    std::string key;
    bool listed = false;  // found in the catalogue
};

[[nodiscard]] ModuleMatch identify_module(const std::string& typed, const std::vector<CatalogueModule>& catalogue);

}  // namespace cehours
