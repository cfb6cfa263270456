#pragma once
// The result document: what the CLI prints, what the page renders. Written
// straight to JSON text (see json_writer.hpp), the same bytes in every build.
#include <string>
#include <string_view>

#include "errors.hpp"
#include "evaluation.hpp"
#include "json_writer.hpp"

namespace cehours {

[[nodiscard]] std::string result_document(const Evaluation& evaluation, const RulePack& pack);
[[nodiscard]] std::string error_document(const Errors& errors);

// The "errors" array of both documents above and of the check-pack report:
// the first limits::kMaxErrors, then one saying how many more there were.
void write_errors(JsonWriter& out, const Errors& errors);
// "complete", "open", "closed": a year's status as the result document writes it.
[[nodiscard]] const char* status_id(YearStatus status);
// The same for people: 已达标, 未达标, 已截止，未达标, 无需完成….
[[nodiscard]] const char* status_name(std::string_view status_id);

}  // namespace cehours
