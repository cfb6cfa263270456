#include "conformance.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "evaluation.hpp"
#include "field_reader.hpp"
#include "limits.hpp"
#include "records.hpp"
#include "result_document.hpp"
#include "strict_json.hpp"

namespace cehours {
namespace {

const char* const kWhat = "核对用例";

struct ExpectedYear {
    int year = 0;
    Tenths public_remaining = 0;
    Tenths professional_remaining = 0;
    std::string status;  // empty: not checked
    std::optional<Tenths> awaiting;  // 专业类 hours that will move in once the current year is complete
};

struct ExpectedError {
    std::string path;
    std::string code;
};

struct Case {
    std::string name;
    std::string clause;
    std::string why;
    const Json* input = nullptr;
    Date as_of;
    std::vector<ExpectedYear> years;
    std::optional<std::vector<std::string>> warnings;  // codes, in any order
    std::optional<Tenths> plan_hours;                  // the plan's total_hours
    std::vector<ExpectedError> errors;
};

// A list field that must be present as a JSON array; reports and returns null otherwise.
const Json* list_field(FieldReader& reader, const char* key, Need need) {
    const Json* list = reader.raw(key);
    if (list == nullptr) {
        if (need == Need::required) reader.fail(key, "missing_field", "必须填写");
        return nullptr;
    }
    if (!list->is_array()) {
        reader.fail(key, "wrong_type", "应为列表");
        return nullptr;
    }
    return list;
}

class CaseReader {
public:
    CaseReader(const RulePack& pack, Errors& errors) : pack_(pack), errors_(errors) {}

    std::optional<Case> read(const Json& json, const std::string& path) {
        const std::size_t errors_before = errors_.size();
        FieldReader reader(json, path, kWhat, errors_);
        if (!json.is_object()) {
            errors_.push_back({path, "not_object", "核对用例应为对象"});
            return std::nullopt;
        }
        reader.reject_unknown({"name", "clause", "why", "input", "expect"});
        Case result;
        result.name = reader.text("name", Need::required, limits::kMaxNameChars).value_or("");
        result.clause = reader.text("clause", Need::required, limits::kMaxNameChars).value_or("");
        result.why = reader.text("why", Need::required, limits::kMaxQuoteChars).value_or("");
        if (!result.clause.empty() && pack_.find_clause(result.clause) == nullptr) {
            reader.fail("clause", "unknown_clause", "不是规则包clauses中的条款");
        }
        read_input(reader, path, result);
        read_expect(reader, path, result);
        if (errors_.size() != errors_before) return std::nullopt;
        return result;
    }

private:
    // The input must fix its own as_of: a case that depends on today is no proof.
    void read_input(FieldReader& reader, const std::string& path, Case& result) {
        result.input = reader.raw("input");
        if (result.input == nullptr || !result.input->is_object()) {
            reader.fail("input", result.input == nullptr ? "missing_field" : "wrong_type", "应为记录文档（对象）");
            return;
        }
        FieldReader input(*result.input, path + ".input", kWhat, errors_);
        const Json* as_of = input.raw("as_of");
        // An as_of the pack refuses is still a date: the case may expect that refusal.
        if (as_of != nullptr && as_of->is_string() && parse_iso_date(as_of->get_ref<const std::string&>())) {
            result.as_of = *parse_iso_date(as_of->get_ref<const std::string&>());
        } else {
            input.fail("as_of", "missing_field", "必须写明日期，用例不能依赖当天日期");
        }
    }

    void read_expect(FieldReader& reader, const std::string& path, Case& result) {
        const Json* expect = reader.raw("expect");
        if (expect == nullptr || !expect->is_object()) {
            reader.fail("expect", expect == nullptr ? "missing_field" : "wrong_type", "应为对象");
            return;
        }
        const std::string expect_path = path + ".expect";
        FieldReader fields(*expect, expect_path, kWhat, errors_);
        fields.reject_unknown({"years", "warnings", "errors", "plan_hours"});
        result.plan_hours = fields.tenths("plan_hours", Need::optional, 0, limits::kMaxHours);
        if (const Json* years = list_field(fields, "years", Need::optional)) {
            for (std::size_t i = 0; i < years->size(); ++i) read_year((*years)[i], expect_path + ".years[" + std::to_string(i) + "]", result);
        }
        if (const Json* warnings = list_field(fields, "warnings", Need::optional)) {
            result.warnings.emplace();
            for (const Json& code : *warnings) {
                if (code.is_string()) {
                    result.warnings->push_back(code.get<std::string>());
                } else {
                    fields.fail("warnings", "wrong_type", "应为提示代码（文字）的列表");
                }
            }
        }
        if (const Json* errors = list_field(fields, "errors", Need::optional)) {
            for (std::size_t i = 0; i < errors->size(); ++i) {
                FieldReader error((*errors)[i], expect_path + ".errors[" + std::to_string(i) + "]", kWhat, errors_);
                error.reject_unknown({"path", "code"});
                result.errors.push_back({error.text("path", Need::required, limits::kMaxNameChars).value_or(""),
                                         error.text("code", Need::required, limits::kMaxNameChars).value_or("")});
            }
        }
        if (result.years.empty() == result.errors.empty()) {
            errors_.push_back({expect_path, "inconsistent", "核对用例的预期应写明各年度结果（years）或输入错误（errors），二者取其一"});
        }
    }

    void read_year(const Json& json, const std::string& path, Case& result) {
        FieldReader reader(json, path, kWhat, errors_);
        reader.reject_unknown({"year", "public", "professional", "status", "awaiting"});
        ExpectedYear year;
        year.year = reader.integer("year", Need::required, limits::kMinYear, limits::kMaxYear).value_or(0);
        year.public_remaining = reader.tenths("public", Need::required, 0, limits::kMaxHours).value_or(0);
        year.professional_remaining = reader.tenths("professional", Need::required, 0, limits::kMaxHours).value_or(0);
        year.status = reader.choice("status", Need::optional, {"complete", "open", "closed", "not_required"}).value_or("");
        year.awaiting = reader.tenths("awaiting", Need::optional, 0, limits::kMaxHours);
        result.years.push_back(year);
    }

    const RulePack& pack_;
    Errors& errors_;
};

Tenths tenths_of(const Json& hours) {
    return hours.is_number() ? static_cast<Tenths>(std::llround(hours.get<double>() * 10)) : -1;
}

const Json* year_of(const Json& result, int year) {
    for (const Json& entry : result.at("years")) {
        if (entry.at("year") == year) return &entry;
    }
    return nullptr;
}

void compare_remaining(const Json& year, const char* category, Tenths expected, const std::string& label,
                       std::vector<std::string>& failures) {
    const Tenths actual = tenths_of(year.at(category).at("remaining"));
    if (actual != expected) {
        failures.push_back(label + "尚差应为" + format_tenths(expected) + "学时，实际为" + format_tenths(actual) + "学时");
    }
}

std::vector<std::string> compare(const Case& c, const Json& result) {
    std::vector<std::string> failures;
    if (!c.errors.empty()) {
        if (result.at("ok") == true) return {"预期输入被拒绝，实际却完成了核算"};
        for (const auto& expected : c.errors) {
            const auto& errors = result.at("errors");
            const bool found = std::any_of(errors.begin(), errors.end(), [&](const Json& e) {
                return e.at("path") == expected.path && e.at("code") == expected.code;
            });
            if (!found) failures.push_back("预期错误 " + expected.code + "（" + expected.path + "）没有出现");
        }
        return failures;
    }
    if (result.at("ok") != true) {
        const Json& first = result.at("errors").at(0);
        return {"输入被拒绝：" + first.at("message").get<std::string>() + "（" + first.at("code").get<std::string>() + "）"};
    }
    for (const auto& expected : c.years) {
        const Json* year = year_of(result, expected.year);
        const std::string label = std::to_string(expected.year) + "年度";
        if (year == nullptr) {
            failures.push_back("结果中没有" + label);
            continue;
        }
        compare_remaining(*year, "public", expected.public_remaining, label + "公需类", failures);
        compare_remaining(*year, "professional", expected.professional_remaining, label + "专业类", failures);
        if (!expected.status.empty() && year->at("status") != expected.status) {
            failures.push_back(label + "状态应为" + expected.status + "，实际为" + year->at("status").get<std::string>());
        }
        if (expected.awaiting) {
            const Tenths actual = tenths_of(year->at("professional").at("awaiting"));
            if (actual != *expected.awaiting) {
                failures.push_back(label + "专业类待补入应为" + format_tenths(*expected.awaiting) + "学时，实际为" + format_tenths(actual) + "学时");
            }
        }
    }
    if (c.plan_hours) {
        const Tenths actual = tenths_of(result.at("plan").at("total_hours"));
        if (actual != *c.plan_hours) {
            failures.push_back("计划最少还需" + format_tenths(*c.plan_hours) + "学时，实际为" + format_tenths(actual) + "学时");
        }
    }
    if (c.warnings) {
        std::vector<std::string> expected = *c.warnings;
        std::vector<std::string> actual;
        for (const Json& warning : result.at("warnings")) actual.push_back(warning.at("code").get<std::string>());
        std::sort(expected.begin(), expected.end());
        std::sort(actual.begin(), actual.end());
        if (expected != actual) {
            std::string text;
            for (const auto& code : actual) text += (text.empty() ? "" : "、") + code;
            failures.push_back("提示代码与预期不同，实际为：" + (text.empty() ? std::string("（无）") : text));
        }
    }
    return failures;
}

// The same path the CLI and the page take: read, evaluate, write the result
// document; read back by the strict reader evaluation already links.
std::optional<Json> evaluate_case(const Case& c, const RulePack& pack) {
    Errors errors;
    const auto records = read_records(*c.input, pack, c.as_of, errors);
    const std::string text = records ? result_document(evaluate(*records, pack), pack) : error_document(errors);
    Errors unreadable;
    return parse_strict_json(text, JsonLimits{}, "", unreadable);
}

}  // namespace

std::vector<CaseOutcome> run_cases(const Json& document, const RulePack& pack, Errors& errors) {
    const std::size_t errors_before = errors.size();
    if (!document.is_object()) {
        errors.push_back({"", "not_object", "核对用例文件应为JSON对象"});
        return {};
    }
    FieldReader top(document, "", kWhat + std::string("文件"), errors);
    top.reject_unknown({"$schema", "format", "pack", "title", "cases"});
    top.integer("format", Need::required, 1, 1);
    top.text("title", Need::optional, limits::kMaxNameChars);
    // Cases travel with one pack: run against another they would prove nothing.
    const auto pack_id = top.text("pack", Need::required, limits::kMaxNameChars);
    if (pack_id && *pack_id != pack.id) top.fail("pack", "cases_for_other_pack", "是“" + *pack_id + "”，与规则包“" + pack.id + "”不符");

    std::vector<Case> cases;
    CaseReader reader(pack, errors);
    if (const Json* list = list_field(top, "cases", Need::required)) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = "cases[" + std::to_string(i) + "]";
            auto read = reader.read((*list)[i], path);
            if (!read) continue;
            const bool duplicate = std::any_of(cases.begin(), cases.end(), [&](const Case& c) { return c.name == read->name; });
            if (duplicate) errors.push_back({path + ".name", "duplicate_case", "核对用例的名称“" + read->name + "”重复"});
            cases.push_back(std::move(*read));
        }
        if (list->empty()) top.fail("cases", "inconsistent", "不能为空");
    }
    if (errors.size() != errors_before) return {};

    std::vector<CaseOutcome> outcomes;
    for (const Case& c : cases) {
        // A result document past the reader's limits (10,000 records' worth) cannot be compared: say so, never crash.
        const auto result = evaluate_case(c, pack);
        outcomes.push_back({c.name, c.clause, c.why, result ? compare(c, *result) : std::vector<std::string>{"结果过大，无法核对"}});
    }
    return outcomes;
}

}  // namespace cehours
