#pragma once
// The result document: what the CLI prints, what the page renders.
#include "errors.hpp"
#include "evaluation.hpp"
#include "json.hpp"

namespace cehours {

[[nodiscard]] Json result_document(const Evaluation& evaluation, const RulePack& pack);
[[nodiscard]] Json error_document(const Errors& errors);

}  // namespace cehours
