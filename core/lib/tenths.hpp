#pragma once
// Hours are kept as whole tenths of an hour so that sums are exact:
// 0.1 + 0.2 gives 3 tenths, never 0.30000000000000004.
#include <cstdint>
#include <string>

namespace cehours {

using Tenths = std::int64_t;

[[nodiscard]] std::string format_tenths(Tenths value);  // 125 -> "12.5", 300 -> "30"
// The same text appended to `out`: the result document writes thousands of
// figures, and a string per figure was a heap allocation each in the wasm build.
void append_tenths(std::string& out, Tenths value);

}  // namespace cehours
