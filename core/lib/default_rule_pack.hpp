#pragma once
// The built-in rule pack, generated at build time from static/rules/ by
// core/embed_file.cmake, so the binaries need no file at run time.
#include <cstddef>

namespace cehours {

extern const char kDefaultRulePack[];
extern const std::size_t kDefaultRulePackSize;

}  // namespace cehours
