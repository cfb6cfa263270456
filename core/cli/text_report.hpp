#pragma once
// Renders a result document as a Chinese report for a terminal.
#include <string>

#include "json.hpp"

namespace cehours {

[[nodiscard]] std::string text_report(const Json& result);

}  // namespace cehours
