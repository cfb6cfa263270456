#pragma once
// The conformance cases of the built-in pack (static/rules/linyi-2017.cases.json),
// embedded at build time by core/embed_file.cmake so the page can run them.
#include <cstddef>

namespace cehours {

extern const char kDefaultCases[];
extern const std::size_t kDefaultCasesSize;

}  // namespace cehours
