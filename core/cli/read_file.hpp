#pragma once
#include <optional>
#include <string>

namespace cehours::cli {

// The whole file, or standard input for "-"; nullopt when it cannot be read.
[[nodiscard]] std::optional<std::string> read_file(const std::string& path);

}  // namespace cehours::cli
