#pragma once
#include <string>

namespace cehours::cli {

// The computer's local date, "YYYY-MM-DD": what a missing as_of means.
[[nodiscard]] std::string today();

}  // namespace cehours::cli
