// libFuzzer target over the core's one call, evaluate_json(records, pack, today).
// The input is the records document, then optionally a NUL byte and a rule
// pack, so that both documents are fuzzed (a NUL can never be valid JSON
// outside a string, so using it as the separator hides nothing). Without a
// NUL the built-in pack is used, as the page does.
//
// Beyond crashes and sanitizer reports, the answer itself is checked: it must
// be a JSON object with a boolean "ok", and a refusal must list coded errors
// with messages. Anything else is a finding (abort).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "cehours.hpp"

namespace {

void require(bool condition) {
    if (!condition) std::abort();
}

void check_answer(const std::string& answer) {
    const auto result = nlohmann::json::parse(answer, nullptr, false);
    require(!result.is_discarded() && result.is_object());
    const auto ok = result.find("ok");
    require(ok != result.end() && ok->is_boolean());
    if (ok->get<bool>()) return;
    const auto errors = result.find("errors");
    require(errors != result.end() && errors->is_array() && !errors->empty());
    for (const auto& error : *errors) {
        require(error.is_object() && error.contains("path") && error.contains("code") && error.contains("message"));
        require(error["code"].is_string() && !error["code"].get_ref<const std::string&>().empty());
        require(error["message"].is_string() && !error["message"].get_ref<const std::string&>().empty());
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto separator = input.find('\0');
    const std::string_view records = input.substr(0, separator);
    const std::string_view pack = separator == std::string_view::npos ? std::string_view() : input.substr(separator + 1);
    check_answer(cehours::evaluate_json(records, pack, "2017-11-26"));
    return 0;
}
