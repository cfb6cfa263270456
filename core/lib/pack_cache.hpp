#pragma once
// The rule pack a call names, read once: the page recomputes on every change,
// and the batch check evaluates thousands of persons, all with the same pack.
#include <string_view>

#include "errors.hpp"
#include "rule_pack.hpp"

namespace cehours {

// The pack in `text` (empty: the built-in one). Null, with every problem in
// `errors`, when it is refused. The pointer stays valid until the next call
// with another pack.
[[nodiscard]] const RulePack* load_pack(std::string_view text, Errors& errors);

}  // namespace cehours
