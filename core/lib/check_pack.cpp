#include "check_pack.hpp"

#include <algorithm>
#include <vector>

#include "cehours.hpp"
#include "conformance.hpp"
#include "default_cases.hpp"
#include "json_writer.hpp"
#include "result_document.hpp"
#include "rule_pack.hpp"
#include "strict_json.hpp"

namespace cehours {

std::string_view default_conformance_cases() { return {kDefaultCases, kDefaultCasesSize}; }

std::string check_pack_json(std::string_view pack_text, std::optional<std::string_view> cases_text) {
    if (pack_text.empty()) {
        pack_text = default_rule_pack();
        cases_text = default_conformance_cases();
    }
    Errors errors;
    // Initialised, not assigned: a RulePack move-assignment would be another kilobyte of the wasm.
    const auto document = parse_strict_json(pack_text, kPackJsonLimits, "rules", errors);
    const std::optional<RulePack> pack = document ? read_rule_pack(*document, errors) : std::nullopt;

    std::vector<CaseOutcome> outcomes;
    if (!cases_text) {
        errors.push_back({"cases", "cases_missing", "没有找到规则包的核对用例（应与规则包放在一起，如 linyi-2017.cases.json）"});
    } else if (pack) {
        if (const auto cases = parse_strict_json(*cases_text, JsonLimits{}, "cases", errors)) outcomes = run_cases(*cases, *pack, errors);
    }
    const auto passed = static_cast<int>(std::count_if(outcomes.begin(), outcomes.end(), [](const CaseOutcome& o) { return o.passed(); }));
    const int failed = static_cast<int>(outcomes.size()) - passed;

    JsonWriter out;
    out.begin_object().field("ok", errors.empty() && failed == 0 && !outcomes.empty()).key("pack");
    if (pack) {
        out.begin_object().field("id", pack->id).field("title", pack->title).field("document", pack->document_number).end_object();
    } else {
        out.null();
    }
    out.key("errors");
    write_errors(out, errors);
    out.key("cases").begin_array();
    for (const CaseOutcome& outcome : outcomes) {
        out.begin_object().field("name", outcome.name).field("clause", outcome.clause).field("why", outcome.why);
        out.field("passed", outcome.passed()).key("failures").begin_array();
        for (const std::string& failure : outcome.failures) out.string(failure);
        out.end_array().end_object();
    }
    out.end_array().field("passed", passed).field("failed", failed);
    return out.end_object().take();
}

}  // namespace cehours
