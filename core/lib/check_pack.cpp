#include "check_pack.hpp"

#include "cehours.hpp"
#include "conformance.hpp"
#include "default_cases.hpp"
#include "result_document.hpp"
#include "rule_pack.hpp"
#include "strict_json.hpp"

namespace cehours {
namespace {


Json errors_document(const Errors& errors) { return Json::parse(error_document(errors), nullptr, false).at("errors"); }

}  // namespace

std::string_view default_conformance_cases() { return {kDefaultCases, kDefaultCasesSize}; }

Json check_pack(std::string_view pack_text, std::optional<std::string_view> cases_text) {
    if (pack_text.empty()) {
        pack_text = default_rule_pack();
        cases_text = default_conformance_cases();
    }
    Errors errors;
    std::optional<RulePack> pack;
    if (const auto document = parse_strict_json(pack_text, kPackJsonLimits, "rules", errors)) pack = read_rule_pack(*document, errors);

    Json report = {{"ok", false}, {"pack", nullptr}, {"errors", Json::array()}, {"cases", Json::array()},
                   {"passed", 0}, {"failed", 0}};
    if (pack) report["pack"] = {{"id", pack->id}, {"title", pack->title}, {"document", pack->document_number}};
    if (!cases_text) {
        errors.push_back({"cases", "cases_missing", "没有找到规则包的核对用例（应与规则包放在一起，如 linyi-2017.cases.json）"});
    } else if (pack) {
        if (const auto cases = parse_strict_json(*cases_text, JsonLimits{}, "cases", errors)) {
            int passed = 0;
            for (const CaseOutcome& outcome : run_cases(*cases, *pack, errors)) {
                passed += outcome.passed() ? 1 : 0;
                report["cases"].push_back({{"name", outcome.name}, {"clause", outcome.clause}, {"why", outcome.why},
                                           {"passed", outcome.passed()}, {"failures", outcome.failures}});
            }
            report["passed"] = passed;
            report["failed"] = static_cast<int>(report["cases"].size()) - passed;
        }
    }
    report["errors"] = errors_document(errors);
    report["ok"] = errors.empty() && report["failed"] == 0 && !report["cases"].empty();
    return report;
}

std::string check_pack_json(std::string_view pack_text, std::optional<std::string_view> cases_text) {
    // The parser has already refused invalid UTF-8; `replace` only rules out a throw.
    return check_pack(pack_text, cases_text).dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace cehours
