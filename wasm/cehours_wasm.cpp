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

}  // namespace

extern "C" {

const char* cehours_evaluate(const char* records_json, const char* pack_json, const char* today) {
    answer = cehours::evaluate_json(records_json != nullptr ? records_json : "", pack_json != nullptr ? pack_json : "",
                                    today != nullptr ? today : "");
    last = answer;
    return last.data();
}

const char* cehours_default_pack() {
    last = cehours::default_rule_pack();
    return last.data();
}

// The page's "核对规则": checks a rule pack and runs its conformance cases,
// returning the check-pack report as JSON. A null or empty pack means the
// built-in pack with its own cases; a null `cases_json` means none were found.
const char* cehours_check_pack(const char* pack_json, const char* cases_json) {
    const std::optional<std::string_view> cases =
        cases_json != nullptr ? std::optional<std::string_view>(cases_json) : std::nullopt;
    answer = cehours::check_pack_json(pack_json != nullptr ? pack_json : "", cases);
    last = answer;
    return last.data();
}

// Byte length of what the last call returned.
std::size_t cehours_result_length() { return last.size(); }

}  // extern "C"
