#pragma once
// A sentence from its pieces in one allocation. Chained `a + b + c` grows
// the string at each step, a reallocation and a copy each time: with the
// Chinese sentences of a result (past the short-string buffer at once), that
// was most of the cost of explaining each counted hour.
#include <initializer_list>
#include <string>
#include <string_view>

namespace cehours {

[[nodiscard]] inline std::string concat(std::initializer_list<std::string_view> parts) {
    std::size_t size = 0;
    for (const std::string_view part : parts) size += part.size();
    std::string text;
    text.reserve(size);
    for (const std::string_view part : parts) text.append(part.data(), part.size());
    return text;
}

}  // namespace cehours
