// The WebAssembly binding: the core's one call, exported with C linkage for
// cwrap-free use from cehours_core_api.js. JSON text in, JSON text out; the
// core never throws, so no C++ exception can reach JavaScript.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "cehours.hpp"
#include "check_pack.hpp"

namespace {

// The last answer stays alive here until the next call, for JS to copy.
std::string answer;
std::string_view last;

// Text arrives as (pointer, length), never NUL-terminated: the core must see
// every byte a file or share link carries, a NUL and what follows included.
std::string_view text(const char* data, std::size_t length) {
    return data != nullptr ? std::string_view(data, length) : std::string_view();
}

}  // namespace

extern "C" {

// An empty pack means the built-in one.
const char* cehours_evaluate(const char* records_json, std::size_t records_length, const char* pack_json,
                             std::size_t pack_length, const char* today, std::size_t today_length) {
    answer = cehours::evaluate_json(text(records_json, records_length), text(pack_json, pack_length),
                                    text(today, today_length));
    last = answer;
    return last.data();
}

// What the pack lets a person enter, for the page's forms (describe.hpp).
// An empty pack means the built-in one.
const char* cehours_describe(const char* pack_json, std::size_t pack_length) {
    answer = cehours::describe_json(text(pack_json, pack_length));
    last = answer;
    return last.data();
}

const char* cehours_default_pack() {
    last = cehours::default_rule_pack();
    return last.data();
}

// The page's "核对规则": checks a rule pack and runs its conformance cases,
// returning the check-pack report as JSON. An empty pack means the built-in
// pack with its own cases; a null `cases_json` means none were found.
const char* cehours_check_pack(const char* pack_json, std::size_t pack_length, const char* cases_json,
                               std::size_t cases_length) {
    const std::optional<std::string_view> cases =
        cases_json != nullptr ? std::optional<std::string_view>(text(cases_json, cases_length)) : std::nullopt;
    answer = cehours::check_pack_json(text(pack_json, pack_length), cases);
    last = answer;
    return last.data();
}

// Byte length of what the last call returned.
std::size_t cehours_result_length() { return last.size(); }

}  // extern "C"
