#include "codes.hpp"

#include <iterator>

#include "json_writer.hpp"

namespace cehours {
namespace {

constexpr char kFieldPlaceholder[] = "{field}";

constexpr CodeDef kCodes[] = {
    // The JSON text itself.
    {"json_syntax", Severity::error, "不是有效的JSON：{位置}"},
    {"invalid_utf8", Severity::error, "含有无效的UTF-8编码，请以UTF-8保存文件"},
    {"invalid_unicode_escape", Severity::error, "JSON中的\\u转义不是有效的Unicode字符"},
    {"duplicate_key", Severity::error, "同一对象中字段“{key}”出现了两次"},
    {"key_too_long", Severity::error, "字段名过长"},
    {"number_too_long", Severity::error, "数字的位数过多"},
    {"number_out_of_range", Severity::error, "数字超出范围"},
    {"too_deep", Severity::error, "嵌套层数过多"},
    {"too_many_members", Severity::error, "一个对象中的字段过多"},
    {"too_many_values", Severity::error, "数据中的值过多"},
    {"document_too_large", Severity::error, "文件过大（超过{limit}）"},
    // Fields of a records document, a rule pack or a cases file.
    {"not_object", Severity::error, "{what}应为对象"},
    {"wrong_type", Severity::error, "{what}的“{label}”（{field}）应为{type}"},
    {"missing_field", Severity::error, "{what}的“{label}”（{field}）必须填写"},
    {"unknown_field", Severity::error, "{what}中有无法识别的字段“{field}”（可能是拼写错误）"},
    {"text_too_long", Severity::error, "{what}的“{label}”（{field}）不能超过{max}个字"},
    {"invalid_choice", Severity::error, "{what}的“{label}”（{field}）只能是{options}之一"},
    {"invalid_date", Severity::error, "{what}的“{label}”（{field}）应为真实存在的日期，格式如 2017-06-30"},
    {"{field}_out_of_range", Severity::error, "{what}的“{label}”（{field}）应在{min}到{max}之间"},
    {"{field}_not_positive", Severity::error, "{what}的“{label}”（{field}）必须大于0"},
    {"{field}_too_large", Severity::error, "{what}的“{label}”（{field}）不能超过{max}"},
    {"{field}_too_precise", Severity::error, "{what}的“{label}”（{field}）最多保留一位小数"},
    // The records document.
    {"empty_module", Severity::error, "{record}的“模块名称”（module）不能为空"},
    {"no_conversion_table", Severity::error, "{record}的“折算项目”（item）无法使用：本规则包没有折算表"},
    {"to_year_before_from_year", Severity::error, "{record}的“结束年度”（to_year）不能早于项目开始年度"},
    {"as_of_outside_pack", Severity::error, "核算日期{date}早于规则包的适用期，需要适用于{year}年的规则包"},
    {"too_many_records", Severity::error, "“记录列表”（records）最多{max}条"},
    {"too_many_errors", Severity::error, "问题超过{max}个，只列出前{max}个"},
    // A rule pack.
    {"missing_citation", Severity::error, "规则包的数值缺少出处条款（clause）或原文引文（quote）"},
    {"unknown_clause", Severity::error, "引用了clauses中没有的条款“{clause}”"},
    {"quote_not_in_clause", Severity::error, "规则包的引文不是条款“{clause}”原文的一部分"},
    {"unknown_note", Severity::error, "规则包引用了notes中没有的说明“{note}”"},
    {"missing_unit", Severity::error, "规则包的折算学时或按单位折算项目缺少单位"},
    {"wrong_unit", Severity::error, "规则包的折算学时单位应为“学时”"},
    {"unknown_rule_type", Severity::error, "规则包中的记录类型或折算方法“{id}”无法识别"},
    {"overlapping_dates", Severity::error, "规则包中的年度或补修期重叠"},
    {"inconsistent", Severity::error, "规则包（或核对用例）的数值互相矛盾：{which}"},
    // Conformance cases (check-pack).
    {"cases_missing", Severity::error, "没有找到规则包的核对用例文件"},
    {"cases_for_other_pack", Severity::error, "核对用例是为另一个规则包“{pack}”写的"},
    {"duplicate_case", Severity::error, "核对用例的名称“{name}”重复"},
    // The batch check's CSV: a file, a header or a row it cannot read.
    {"empty_file", Severity::error, "文件是空的：第一行应是列名（见模板）"},
    {"unknown_column", Severity::error, "{cell}的列名“{name}”无法识别，这一列未读取（可用的列名：{known}）"},
    {"duplicate_column", Severity::error, "{cell}的“{header}”列重复出现，只读取第一列"},
    {"missing_person_column", Severity::error, "{line}（列名）缺少“{header}”列：无法知道每一行是谁的记录，所有行都未读取"},
    {"malformed_row", Severity::error, "{line}无法读取：{problem}"},
    {"cell_without_column", Severity::error, "{cell}有内容，但这一列没有列名（是否多了一个逗号？）"},
    {"affiliation_conflict", Severity::error, "{cell}的“{header}”与{line}不同：同一人只能有一个单位类别"},
    {"no_such_person", Severity::error, "没有这个人"},
    // Warnings: a record that counts less than it seems, or a result to read with care.
    {"after_as_of", Severity::warning, "日期{date}晚于核算日期{as_of}，暂不计入"},
    {"exam_failed", Severity::warning, "{exam}未合格，不计学时"},
    {"language_exam_not_best", Severity::warning, "同一年度已有学时更多的职称外语考试，本次不计"},
    {"duplicate_module", Severity::warning, "{module}在{year}年度已计过学时，同一模块不重复计算"},
    {"cap_reached", Severity::warning, "每年累计不超过{cap}学时，{year}年度已达上限"},
    {"course_failed", Severity::warning, "{kind}考核未合格，不计学时"},
    {"duplicate_public_course", Severity::warning, "{year}年度公需科目已计过学时，不重复计算"},
    {"outside_pack_years", Severity::warning, "{year}年度不在本规则包的年度中，不计入"},
    {"after_deadline", Severity::warning, "日期晚于{year}年度的（补修）截止日期{deadline}，不能计入"},
    {"wrong_year", Severity::warning, "不能计入{year}年度：{why}"},
    {"make_up_not_for_affiliation", Severity::warning, "{affiliation}人员的{category}学时不在本工具补修"},
    {"local_professional_rules", Severity::warning, "{affiliation}的专业类学时按当地人社部门的安排执行"},
    {"after_pack_period", Severity::warning, "核算日期晚于规则包的适用期，以后的年度需要新的规则包"},
    {"make_up_not_needed", Severity::warning, "{year}年度{category}学时不计本条补修也已达标，本条的{hours}学时没有用上"},
    {"module_not_in_catalogue", Severity::warning, "{module}不在科目目录中（{source}），请核对名称；仍按一个模块计算"},
    // Why the plan leaves a gap to `unreachable` instead of planning it.
    {"closed", Severity::unreachable, "{year}年度已于{deadline}截止，{category}学时不能再补"},
    {"county_professional", Severity::unreachable, "{affiliation}专业技术人员{year}年度专业类学时的补修按县区人力资源和社会保障部门的规定执行"},
};

}  // namespace

CodeRows codes() { return {std::begin(kCodes), std::end(kCodes)}; }

const char* severity_id(Severity severity) {
    switch (severity) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::unreachable: return "unreachable";
    }
    return "error";
}

std::string codes_json() {
    JsonWriter out;
    out.begin_array();
    for (const auto& entry : codes()) {
        out.begin_object().field("code", entry.code).field("severity", severity_id(entry.severity))
            .field("message", entry.message).end_object();
    }
    return out.end_array().take();
}

bool is_registered_code(const std::string& code) {
    const std::string placeholder = kFieldPlaceholder;
    for (const auto& entry : kCodes) {
        const std::string listed = entry.code;
        if (listed == code) return true;
        if (listed.compare(0, placeholder.size(), placeholder) == 0) {
            const std::string suffix = listed.substr(placeholder.size());
            if (code.size() > suffix.size() && code.compare(code.size() - suffix.size(), suffix.size(), suffix) == 0) {
                return true;
            }
        }
    }
    return false;
}

}  // namespace cehours
