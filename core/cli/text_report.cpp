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

// 四（二）: the current year's surplus that moves here once that year is complete.
std::string awaiting_line(const Json& tally, const Json& years) {
    if (!tally.contains("awaiting") || !(tally.at("awaiting") > 0)) return "";
    for (const auto& year : years) {
        if (year.at("role") == "current") {
            return "    " + number(year.at("year")) + "年度达标后，将补入" + number(tally.at("awaiting")) + "学时\n";
        }
    }
    return "";
}

// The least additional hours, step by step, and what no step can close.
std::string plan_section(const Json& plan) {
    std::string out;
    const Json& steps = plan.at("steps");
    if (!steps.empty()) {
        out += "\n最少还需 " + number(plan.at("total_hours")) + " 学时，按此顺序完成：\n";
        for (std::size_t i = 0; i < steps.size(); ++i) {
            out += "  " + std::to_string(i + 1) + ". " + text(steps[i].at("text")) + "〔" + text(steps[i].at("clause")) + "〕\n";
        }
    }
    for (const auto& gap : plan.at("unreachable")) {
        out += "  × " + number(gap.at("year")) + "年度：" + text(gap.at("text")) + "\n";
    }
    return out;
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
    out += plan_section(result.at("plan"));
    for (auto year = years.rbegin(); year != years.rend(); ++year) {
        const int y = year->at("year").get<int>();
        out += "\n" + std::to_string(y) + "年度" + (year->at("role") == "make_up" ? "（补修）" : "") + "：" +
               status_name(year->at("status").get<std::string>());
        if (year->at("status") == "open") out += "，距截止（" + text(year->at("deadline")) + "）还有 " + number(year->at("days_left")) + " 天";
        out += "\n" + tally_line("公需类", year->at("public")) + tally_line("专业类", year->at("professional")) +
               awaiting_line(year->at("professional"), years);
        for (const auto& line : result.at("lines")) {
            if (line.at("year").get<int>() == y) {
                out += "    · " + text(line.at("text")) + "〔" + text(line.at("clause")) + "〕\n";
            }
        }
    }
    if (!result.at("warnings").empty()) {
        out += "\n提示：\n";
        for (const auto& warning : result.at("warnings")) {
            const std::string where = warning.contains("record") ? "第" + std::to_string(warning.at("record").get<int>() + 1) + "条记录：" : "";
            out += "  ! " + where + text(warning.at("text")) + "\n";
        }
    }
    // The readings chosen where the notice leaves room, each with its clause.
    if (!result.at("notes").empty()) {
        out += "\n说明（本工具对通知的理解）：\n";
        for (const auto& note : result.at("notes")) out += "  · " + text(note.at("text")) + "〔" + text(note.at("clause")) + "〕\n";
    }
    return out;
}

}  // namespace cehours
