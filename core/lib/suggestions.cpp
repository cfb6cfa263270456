#include "suggestions.hpp"

#include <algorithm>

namespace cehours {
namespace {

struct Option {
    Tenths steps;  // how many exams or courses it takes
    std::string text;
};

// Keeps options ordered by steps, and in the order given among equals.
void add(std::vector<Option>& options, Option option) {
    const auto after = std::upper_bound(options.begin(), options.end(), option.steps,
                                        [](Tenths steps, const Option& other) { return steps < other.steps; });
    options.insert(after, std::move(option));
}

std::string join(const std::vector<Option>& options, const char* separator) {
    std::string text;
    for (const auto& option : options) text += (text.empty() ? "" : separator) + option.text;
    return text;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

class Advisor {
public:
    Advisor(const Evaluation& evaluation, const RecordsDocument& document, const RulePack& pack)
        : evaluation_(evaluation), document_(document), pack_(pack) {}

    std::vector<Suggestion> run() const {
        std::vector<Suggestion> suggestions;
        for (const auto& year : evaluation_.years) {
            if (year.status != YearStatus::open) continue;
            for (Category category : {Category::public_hours, Category::professional_hours}) {
                const Tenths remaining = year.tally(category).remaining();
                if (remaining == 0) continue;
                const std::string text = category == Category::public_hours ? public_text(year, remaining)
                                                                            : professional_text(year, remaining);
                suggestions.push_back({year.rule->year, category, remaining, text});
            }
        }
        return suggestions;
    }

private:
    // Hours already counted for a year from records of one kind.
    Tenths counted(int year, Kind kind) const {
        Tenths hours = 0;
        for (const auto& line : evaluation_.lines) {
            if (line.record && line.year == year && document_.records[*line.record].kind == kind) hours += line.hours;
        }
        return hours;
    }

    bool current_year_complete() const {
        const int current = pack_.current_year().year;
        return std::any_of(evaluation_.years.begin(), evaluation_.years.end(),
                           [&](const YearResult& year) { return year.rule->year == current && year.complete(); });
    }

    std::string public_text(const YearResult& year, Tenths remaining) const {
        const int y = year.rule->year;
        const std::string deadline = year.rule->deadline.value.chinese();
        const std::string course = pack_.kinds.at(Kind::public_course).name;
        const Tenths course_hours = pack_.public_course_hours.value;
        if (year.rule->make_up) {
            if (!contains(pack_.public_make_up_affiliations.value, document_.affiliation)) {
                return std::to_string(y) + "年度公需类学时不在本通知的补修范围内，请咨询人力资源和社会保障部门";
            }
            return "在" + deadline + "前选取" + std::to_string(y) + "年度公需科目补修课题，学习并考试合格（" +
                   format_tenths(course_hours) + "学时）";
        }
        std::vector<Option> options;
        if (counted(y, Kind::computer_module) + remaining <= pack_.module_cap_per_year.value) {
            const Tenths per_module = pack_.module_hours.value;
            const Tenths modules = (remaining + per_module - 1) / per_module;
            add(options, {modules, "再通过" + std::to_string(modules) + "个计算机应用能力考试模块（各" +
                                            format_tenths(per_module) + "学时）"});
        }
        if (counted(y, Kind::public_course) == 0 && course_hours >= remaining) {
            add(options, {1, "完成" + std::to_string(y) + "年度" + course + "并考试合格（" + format_tenths(course_hours) + "学时）"});
        }
        if (counted(y, Kind::language_exam) == 0) {
            const std::pair<std::string, Cited<Tenths>>* smallest = nullptr;
            for (const auto& level : pack_.language_level_hours) {
                if (level.second.value >= remaining && (smallest == nullptr || level.second.value < smallest->second.value)) {
                    smallest = &level;
                }
            }
            if (smallest != nullptr) {
                add(options, {1, "职称外语考试" + smallest->first + "级成绩达到" +
                                          format_tenths(pack_.language_pass_score.value) + "分或全国通用标准（" +
                                          format_tenths(smallest->second.value) + "学时）"});
            }
        }
        const std::string prefix = "在" + deadline + "前";
        if (options.empty()) return prefix + "再取得" + format_tenths(remaining) + "学时公需类学时";
        return prefix + join(options, "，或");
    }

    std::string professional_text(const YearResult& year, Tenths remaining) const {
        const int y = year.rule->year;
        const std::string deadline = year.rule->deadline.value.chinese();
        std::string ways = pack_.kinds.at(Kind::professional_course).name + "、" + pack_.kinds.at(Kind::special_training).name + "，或";
        for (std::size_t i = 0; i < pack_.converted_subtypes.size(); ++i) {
            ways += (i == 0 ? "" : "、") + pack_.converted_subtypes[i].second;
        }
        ways += pack_.kinds.at(Kind::converted).name;
        const std::string need = "在" + deadline + "前再取得" + format_tenths(remaining) + "学时专业类学时：";
        if (!year.rule->make_up) return need + ways;
        if (!contains(pack_.professional_make_up_affiliations.value, document_.affiliation)) {
            return std::to_string(y) + "年度专业类学时的补修按县区人力资源和社会保障部门的规定执行";
        }
        std::string text = need + ways + "（注明补修" + std::to_string(y) + "年度）";
        // Once the current year is complete its surplus has already been moved.
        const auto& order = pack_.surplus_order.value;
        const PackYear& current = pack_.current_year();
        if (std::find(order.begin(), order.end(), y) != order.end() && !current_year_complete()) {
            text += "；" + std::to_string(current.year) + "年度学时达标后，其专业类超出" +
                    format_tenths(pack_.professional_required.value) + "学时的部分也会补入" + std::to_string(y) + "年度";
        }
        return text;
    }

    const Evaluation& evaluation_;
    const RecordsDocument& document_;
    const RulePack& pack_;
};

}  // namespace

std::vector<Suggestion> suggest(const Evaluation& evaluation, const RecordsDocument& document, const RulePack& pack) {
    return Advisor(evaluation, document, pack).run();
}

}  // namespace cehours
