#pragma once
// What a pack and the core together let a person enter, for a page to build
// its forms from instead of keeping its own copy: the record kinds and their
// fields (type, required, bounds, options), the years and their roles, the
// affiliations, the conversion items, the module suggestions, the clause
// labels and the input limits. (The codes the core emits are the program's,
// not the pack's: codes_json() in codes.hpp, `cehours codes`.)
#include <string>

#include "rule_pack.hpp"

namespace cehours {

// The description as JSON text.
[[nodiscard]] std::string describe(const RulePack& pack);

}  // namespace cehours
