#pragma once
// Bounds on input, not rules of the notice: they keep a hostile or mistyped
// document from exhausting a phone, and they are the same in every build.
#include <cstddef>

#include "tenths.hpp"

namespace cehours::limits {

constexpr std::size_t kMaxDocumentBytes = 8 * 1024 * 1024;
constexpr std::size_t kMaxDepth = 16;  // our documents nest 4 deep; packs 5
constexpr std::size_t kMaxRecords = 10000;
constexpr std::size_t kMaxTitleChars = 200;
constexpr std::size_t kMaxShortTextChars = 100;  // id, certificate number, module name
constexpr std::size_t kMaxNameChars = 200;
constexpr std::size_t kMaxQuoteChars = 500;
constexpr std::size_t kMaxClauseChars = 2000;
constexpr Tenths kMaxHours = 5000;  // 500 hours in one record
constexpr Tenths kMaxScore = 1000;  // a score of 100
constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

}  // namespace cehours::limits
