#pragma once
// Parses untrusted JSON text without throwing and with limits an attacker
// cannot push past: document size, nesting depth, number of values, members
// of an object, key and number length, and no duplicate keys (with two "hours" in one record, which one
// counts would be a guess). Invalid UTF-8, lone surrogates in \u escapes and
// numbers that overflow a double are refused; a leading UTF-8 byte order mark
// is skipped, as Windows Notepad writes one and it carries no content.
#include <optional>
#include <string>
#include <string_view>

#include "errors.hpp"
#include "json.hpp"
#include "limits.hpp"

namespace cehours {

struct JsonLimits {
    std::size_t max_bytes = limits::kMaxDocumentBytes;
    std::size_t max_depth = limits::kMaxDepth;
    std::size_t max_values = limits::kMaxValues;
    std::size_t max_members = limits::kMaxMembers;
    std::size_t max_key_bytes = limits::kMaxKeyBytes;
    std::size_t max_number_chars = limits::kMaxNumberChars;
};

// A rule pack is read under tighter bounds than a records document: it is
// small, and the pack reader looks items up in lists.
inline constexpr JsonLimits kPackJsonLimits{limits::kMaxPackBytes, limits::kMaxDepth, limits::kMaxPackValues};

// On failure returns nullopt and appends one error whose path is where the
// reading stopped: `root_path` itself, or the field under it ("records[3].hours").
[[nodiscard]] std::optional<Json> parse_strict_json(std::string_view text, const JsonLimits& limits,
                                                    const std::string& root_path, Errors& errors);

}  // namespace cehours
