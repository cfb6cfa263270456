#pragma once
// Bounds on input, not rules of the notice: they keep a hostile or mistyped
// document from exhausting a phone, and they are the same in every build.
#include <cstddef>

#include "tenths.hpp"

namespace cehours::limits {

// The page's WebAssembly core (built for size) reads about 12 MB/s and builds
// about a million values a second: these two bounds keep any refusal under
// 100 ms, while 10,000 records of the usual kinds (750 kB, 49,000 values in
// tests/bench/records.mjs) still fit.
constexpr std::size_t kMaxDocumentBytes = 1024 * 1024;
constexpr std::size_t kMaxDepth = 16;  // our documents nest 4 deep; packs 5
constexpr std::size_t kMaxRecords = 10000;
// Every value in a document (objects, arrays, strings, numbers…); past this
// a hostile document is dropped while being read, before it fills memory.
constexpr std::size_t kMaxValues = 60000;
// Our keys are field names, clause numbers and ids; a longer key is not ours,
// and refusing it keeps error messages, which quote keys, short.
constexpr std::size_t kMaxKeyBytes = 100;
// Numbers are read as doubles: digits past the 17th cannot change the value,
// so a longer literal (1.000…001) can only hide what it seems to say.
constexpr std::size_t kMaxNumberChars = 32;
// Members of one object: ours have at most 17. The bound keeps the
// duplicate-key check a short scan.
constexpr std::size_t kMaxMembers = 32;
// A rule pack is small (11 kB, about 250 values, in 2017); the pack reader
// looks items up in lists, so its input is held far below a records document's.
constexpr std::size_t kMaxPackBytes = 256 * 1024;
constexpr std::size_t kMaxPackValues = 5000;
// A person can act on a few dozen problems; thousands only bloat the answer
// (an unknown key every few bytes would turn 1 MB into 30 MB of errors).
// The error document lists this many, then says that there were more.
constexpr std::size_t kMaxErrors = 100;
// A unit's CSV for the batch check: 10,000 persons of 20 records each take
// about 12 MB; the bound leaves room for long titles while keeping the page's
// worker within its memory goal.
constexpr std::size_t kMaxBatchBytes = 64 * 1024 * 1024;
// Cells of one CSV row: the template has 23 columns; a row of a million
// commas would otherwise hold a million strings.
constexpr std::size_t kMaxCsvCells = 100;
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
