#pragma once
#include <string_view>

namespace cehours {

// True when `text` is well-formed UTF-8 (no overlong forms, no surrogates,
// nothing past U+10FFFF). Text that reaches the core other than through the
// JSON parser (a CSV file) is checked with it, so a result never carries a
// byte sequence a reader would show as mojibake.
[[nodiscard]] bool valid_utf8(std::string_view text);

}  // namespace cehours
