#pragma once
// Parses untrusted JSON text without throwing and with limits an attacker
// cannot push past: document size, nesting depth, and no duplicate keys
// (with two "hours" in one record, which one counts would be a guess).
#include <optional>
#include <string>
#include <string_view>

#include "errors.hpp"
#include "json.hpp"

namespace cehours {

struct JsonLimits {
    std::size_t max_bytes;
    std::size_t max_depth;
};

// On failure returns nullopt and appends one error whose path is `root_path`
// (or the path of the duplicated key).
[[nodiscard]] std::optional<Json> parse_strict_json(std::string_view text, const JsonLimits& limits,
                                                    const std::string& root_path, Errors& errors);

}  // namespace cehours
