#include "text_report.hpp"

#include "result_document.hpp"

namespace cehours {
namespace {

std::string number(const Json& value) { return value.is_number_integer() ? std::to_string(value.get<long long>()) : value.dump(); }

Json negated(const Json& value) {
    return value.is_number_integer() ? Json(-value.get<long long>()) : Json(-value.get<double>());
}

std::string text(const Json& value) { return value.is_string() ? value.get<std::string>() : value.dump(); }

std::string tally_line(const char* name, const Json& tally) {
    std::string line = std::string("  ") + name + "：已取得 " + number(tally.at("earned")) + " / 应取得 " +
                       number(tally.at("required")) + " 学时，尚差 " + number(tally.at("remaining")) + " 学时";
    // 四（二）: the current year's surplus moved to a make-up year.
    const Json transferred = tally.contains("transferred") ? tally.at("transferred") : Json(0);
    if (transferred < 0) line += "（超出部分 " + number(negated(transferred)) + " 学时已补入补修年度）";
    if (transferred > 0) line += "（其中 " + number(transferred) + " 学时为当前年度超出部分补入）";
    return line + "\n";
}

}  // namespace

std::string text_report(const Json& result) {
    std::string out;
    if (!result.at("ok").get<bool>()) {
        out += "输入有误，未能核算：\n";
        for (const auto& error : result.at("errors")) {
            out += "  - " + text(error.at("message")) + "（" + text(error.at("path")) + "，" + text(error.at("code")) + "）\n";
        }
        return out;
    }
    const Json& rules = result.at("rules");
    out += "继续教育学时自查 — " + text(rules.at("title")) + "（" + text(rules.at("document")) + "）\n";
    out += "核算日期：" + text(result.at("as_of")) + "　单位类别：" + text(result.at("profile").at("name")) + "\n";

    const Json& years = result.at("years");
    for (auto year = years.rbegin(); year != years.rend(); ++year) {
        const int y = year->at("year").get<int>();
        out += "\n" + std::to_string(y) + "年度" + (year->at("role") == "make_up" ? "（补修）" : "") + "：" +
               status_name(year->at("status").get<std::string>());
        if (year->at("status") == "open") out += "，距截止（" + text(year->at("deadline")) + "）还有 " + number(year->at("days_left")) + " 天";
        out += "\n" + tally_line("公需类", year->at("public")) + tally_line("专业类", year->at("professional"));
        for (const auto& line : result.at("lines")) {
            if (line.at("year").get<int>() == y) {
                out += "    · " + text(line.at("text")) + "〔" + text(line.at("clause")) + "〕\n";
            }
        }
        for (const auto& suggestion : result.at("suggestions")) {
            if (suggestion.at("year").get<int>() == y) out += "    → " + text(suggestion.at("text")) + "\n";
        }
    }
    if (!result.at("warnings").empty()) {
        out += "\n提示：\n";
        for (const auto& warning : result.at("warnings")) {
            const std::string where = warning.contains("record") ? "第" + std::to_string(warning.at("record").get<int>() + 1) + "条记录：" : "";
            out += "  ! " + where + text(warning.at("text")) + "\n";
        }
    }
    return out;
}

}  // namespace cehours
