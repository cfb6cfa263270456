#pragma once
#include <vector>

#include "evaluation.hpp"

namespace cehours {

// The quickest ways to close each open gap, fewest steps first. Years whose
// deadline has passed get none: there is nothing left to do for them.
[[nodiscard]] std::vector<Suggestion> suggest(const Evaluation& evaluation, const RecordsDocument& document,
                                              const RulePack& pack);

}  // namespace cehours
