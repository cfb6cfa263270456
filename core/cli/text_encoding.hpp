#pragma once
// What Excel and Notepad write for "CSV" on a Chinese Windows is GBK (the
// ANSI code page 936); elsewhere it is UTF-8, with or without a byte order mark.
#include <optional>
#include <string>

namespace cehours::cli {

struct DecodedText {
    std::string utf8;
    const char* encoding;  // "UTF-8" or "GB18030" (which contains GBK)
};

// The bytes as UTF-8 text: as they are when they are valid UTF-8, else
// decoded as GB18030. Nullopt when they are neither: a name is never guessed at.
[[nodiscard]] std::optional<DecodedText> decode_text(std::string bytes);

}  // namespace cehours::cli
