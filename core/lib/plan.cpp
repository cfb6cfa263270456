#include "plan.hpp"

#include <algorithm>

#include "evaluation.hpp"

namespace cehours {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

std::string year_text(int year) { return std::to_string(year) + "年度"; }

// The public hours of one year: the cheapest mix of one course, one exam and
// modules that reaches `needed`, fewer actions among equals.
struct PublicChoice {
    bool course = false;
    const std::pair<std::string, Cited<Tenths>>* exam = nullptr;
    int modules = 0;
    Tenths module_hours = 0;
    Tenths hours = 0;
    int actions = 0;
};

std::optional<PublicChoice> cheapest_public(const YearOptions& options, const RulePack& pack, Tenths needed) {
    // No exam, then each level if there is a sitting: counted, not gathered.
    const std::size_t exams = 1 + (options.exam_sitting ? pack.language_level_hours.size() : 0);
    std::optional<PublicChoice> best;
    for (const bool course : {false, true}) {
        if (course && !options.course) continue;
        for (std::size_t e = 0; e < exams; ++e) {
            const auto* exam = e == 0 ? nullptr : &pack.language_level_hours[e - 1];
            PublicChoice choice;
            choice.course = course;
            choice.exam = exam;
            choice.hours = (course ? options.course_hours : 0) + (exam != nullptr ? exam->second.value : 0);
            // Modules in order until the rest is met; past the cap there are none.
            for (std::size_t i = 0; i < options.modules.size() && choice.hours < needed; ++i) {
                choice.hours += options.modules[i];
                choice.module_hours += options.modules[i];
                ++choice.modules;
            }
            if (choice.hours < needed) continue;
            choice.actions = choice.modules + (course ? 1 : 0) + (exam != nullptr ? 1 : 0);
            if (!best || choice.hours < best->hours || (choice.hours == best->hours && choice.actions < best->actions)) {
                best = choice;
            }
        }
    }
    return best;
}

class Planner {
public:
    Planner(const Evaluation& evaluation, const RecordsDocument& document, const RulePack& pack)
        : evaluation_(evaluation), document_(document), pack_(pack) {}

    Plan run() {
        const YearResult* current = find(pack_.current_year().year);
        // The current year first: completing it releases its surplus (四（二）).
        const bool current_completes = current != nullptr && will_complete(*current);
        if (current != nullptr) plan_year(*current, true, current_completes);
        for (const auto& year : evaluation_.years) {
            if (&year != current) plan_year(year, false, current_completes);
        }
        // In (year, category) order, the pack's years being ascending: a
        // handful of items, sorted in place by adjacent swaps, where
        // std::sort's code, or even a second vector, is the page's download.
        // Gaps of the same year and category keep the order they were found in.
        auto& gaps = plan_.unreachable;
        for (std::size_t i = 1; i < gaps.size(); ++i) {
            for (std::size_t j = i; j > 0 && comes_before(gaps[j], gaps[j - 1]); --j) std::swap(gaps[j], gaps[j - 1]);
        }
        for (const auto& step : plan_.steps) plan_.total_hours += step.hours;
        return std::move(plan_);
    }

private:
    static bool comes_before(const Unreachable& a, const Unreachable& b) {
        return a.year < b.year || (a.year == b.year && a.category < b.category);
    }

    // Whether the plan completes the current year, so that its surplus moves.
    bool will_complete(const YearResult& year) const {
        if (year.status == YearStatus::complete || year.status == YearStatus::not_required) return true;
        if (year.status != YearStatus::open) return false;
        const YearOptions options = options_for(year, evaluation_, document_, pack_);
        const Tenths public_needed = year.public_hours.remaining();
        return (public_needed == 0 || cheapest_public(options, pack_, public_needed)) &&
               (year.professional_hours.remaining() == 0 || options.professional);
    }

    void plan_year(const YearResult& year, bool is_current, bool current_completes) {
        if (year.status == YearStatus::complete || year.status == YearStatus::not_required) return;
        const int y = year.rule->year;
        if (year.status == YearStatus::closed) {
            for (Category category : {Category::public_hours, Category::professional_hours}) {
                if (year.tally(category).remaining() == 0) continue;
                plan_.unreachable.push_back({y, category, "closed", year.rule->deadline.cite.clause,
                                             year_text(y) + "已于" + year.rule->deadline.value.chinese() + "截止，" +
                                                 category_name(category) + "学时不能再补"});
            }
            return;
        }
        const YearOptions options = options_for(year, evaluation_, document_, pack_);
        plan_public(year, options);
        // The surplus the current year will hand over once complete needs no step of its own.
        const Tenths awaiting = current_completes ? year.professional_hours.awaiting : 0;
        const Tenths needed = year.professional_hours.remaining() - awaiting;
        if (needed > 0) plan_professional(year, options, needed);
        if (is_current && current_completes && !plan_.steps.empty()) describe_release(plan_.steps.back());
    }

    void plan_public(const YearResult& year, const YearOptions& options) {
        const int y = year.rule->year;
        const Tenths needed = year.public_hours.remaining();
        if (needed == 0) return;
        const auto choice = cheapest_public(options, pack_, needed);
        if (!choice) {
            plan_.unreachable.push_back({y, Category::public_hours, "no_action", "",
                                         year_text(y) + "公需类学时还差" + format_tenths(needed) +
                                             "学时，本规则中已没有可以补齐的方式，请咨询人力资源和社会保障部门"});
            return;
        }
        const std::string before = "在" + year.rule->deadline.value.chinese() + "前";
        if (choice->course) {
            const bool make_up = *options.course == Action::make_up_public_course;
            const std::string& name = pack_.kind(Kind::public_course).name;
            add({*options.course, y, Category::public_hours, options.course_hours, 0, "",
                 make_up ? pack_.public_make_up_affiliations.cite.clause : pack_.public_course_hours.cite.clause,
                 make_up ? before + "选取" + year_text(y) + "公需科目补修课题，学习并考试合格（" +
                               format_tenths(options.course_hours) + "学时）"
                         : before + "完成" + year_text(y) + name + "并考核合格（" + format_tenths(options.course_hours) + "学时）"});
        }
        if (choice->exam != nullptr) {
            const Cited<Date>& sitting = *options.exam_sitting;
            add({Action::language_exam, y, Category::public_hours, choice->exam->second.value, 0, choice->exam->first,
                 choice->exam->second.cite.clause,
                 "参加" + sitting.value.chinese() + "的" + pack_.kind(Kind::language_exam).name + "，" + choice->exam->first +
                     "级成绩达到" + format_tenths(pack_.language_pass_score.value) + "分或全国通用标准（" +
                     format_tenths(choice->exam->second.value) + "学时）"});
        }
        if (choice->modules > 0) {
            add({Action::computer_module, y, Category::public_hours, choice->module_hours, choice->modules, "",
                 pack_.module_hours.cite.clause,
                 before + "再通过" + std::to_string(choice->modules) + "个" + pack_.kind(Kind::computer_module).name +
                     "模块（" + format_tenths(choice->module_hours) + "学时）"});
        }
    }

    void plan_professional(const YearResult& year, const YearOptions& options, Tenths needed) {
        const int y = year.rule->year;
        if (!options.professional) {
            const auto& allowed = pack_.professional_make_up_affiliations;
            plan_.unreachable.push_back({y, Category::professional_hours, "county_professional", allowed.cite.clause,
                                         evaluation_.affiliation->name + "专业技术人员" + year_text(y) +
                                             "专业类学时的补修按县区人力资源和社会保障部门的规定执行"});
            return;
        }
        std::string ways = pack_.kind(Kind::professional_course).name + "、" + pack_.kind(Kind::special_training).name + "或";
        for (std::size_t i = 0; i < pack_.converted_subtypes.size(); ++i) {
            ways += (i == 0 ? "" : "、") + pack_.converted_subtypes[i].second;
        }
        ways += pack_.kind(Kind::converted).name;
        const std::string text = "在" + year.rule->deadline.value.chinese() + "前再取得" + format_tenths(needed) + "学时专业类学时（" +
                                 ways + "）";
        if (options.professional_make_up) {
            add({Action::professional_hours, y, Category::professional_hours, needed, 0, "",
                 pack_.professional_make_up_affiliations.cite.clause, text + "，注明补修" + year_text(y)});
        } else {
            add({Action::professional_hours, y, Category::professional_hours, needed, 0, "",
                 pack_.professional_required.cite.clause, text});
        }
    }

    // The step that completes the current year says what then moves (四（二）):
    // "补入2016年度", or "补入2015年度5学时、2016年度5学时" when it is shared.
    void describe_release(PlanStep& step) const {
        // Counted first, so that one receiver is named without its hours.
        std::size_t receivers = 0;
        Tenths total = 0;
        for (const auto& year : evaluation_.years) {
            if (year.professional_hours.awaiting <= 0) continue;
            ++receivers;
            total += year.professional_hours.awaiting;
        }
        if (receivers == 0) return;
        std::string where;
        for (const auto& year : evaluation_.years) {
            if (year.professional_hours.awaiting <= 0) continue;
            where += (where.empty() ? "" : "、") + year_text(year.rule->year) +
                     (receivers > 1 ? format_tenths(year.professional_hours.awaiting) + "学时" : "");
        }
        step.text += "：" + year_text(step.year) + "达标，专业类超出的" + format_tenths(total) + "学时补入" + where;
    }

    void add(PlanStep step) { plan_.steps.push_back(std::move(step)); }

    const YearResult* find(int year) const {
        for (const auto& entry : evaluation_.years) {
            if (entry.rule->year == year) return &entry;
        }
        return nullptr;
    }

    const Evaluation& evaluation_;
    const RecordsDocument& document_;
    const RulePack& pack_;
    Plan plan_;
};

}  // namespace

YearOptions options_for(const YearResult& year, const Evaluation& evaluation, const RecordsDocument& document,
                        const RulePack& pack) {
    YearOptions options;
    const int y = year.rule->year;
    const Date& deadline = year.rule->deadline.value;
    // Exams and the year's own course count only when dated in the year (二（一）1: 当年度有效).
    const bool in_year = document.as_of.year <= y && !(deadline < document.as_of);
    // 四: make-up is dated in the window, for the affiliations the notice names.
    const Date& window_start = pack.make_up_dated_from.value;
    const bool window_open = year.rule->make_up && !(deadline < document.as_of) && !(deadline < window_start);
    auto may_make_up = [&](const Cited<std::vector<std::string>>& allowed) {
        return window_open && contains(allowed.value, document.affiliation);
    };

    Tenths modules_used = 0;
    bool course_counted = false;
    for (const auto& line : evaluation.lines) {
        if (!line.record || line.year != y) continue;
        const Kind kind = document.records[*line.record].kind;
        if (kind == Kind::computer_module) modules_used += line.hours;
        if (kind == Kind::public_course) course_counted = true;
    }
    if (in_year) {
        for (Tenths left = pack.module_cap_per_year.value - modules_used; left > 0; left -= pack.module_hours.value) {
            options.modules.push_back(std::min(pack.module_hours.value, left));
        }
    }
    if (!course_counted) {
        if (in_year) options.course = Action::public_course;
        else if (may_make_up(pack.public_make_up_affiliations)) options.course = Action::make_up_public_course;
        options.course_hours = pack.public_course_hours.value;
    }
    // The language exam is held once a year: only on a date the pack gives,
    // still ahead, and not when an exam of that year is already recorded.
    const bool exam_recorded = std::any_of(document.records.begin(), document.records.end(), [&](const Record& record) {
        return record.kind == Kind::language_exam && record.year == y;
    });
    for (const auto& [sitting_year, sitting] : pack.language_sittings) {
        if (sitting_year == y && in_year && !exam_recorded && document.as_of < sitting.value && !(deadline < sitting.value)) {
            options.exam_sitting = sitting;
        }
    }
    options.professional_make_up = !in_year && may_make_up(pack.professional_make_up_affiliations);
    options.professional = in_year || options.professional_make_up;
    return options;
}

Plan make_plan(const Evaluation& evaluation, const RecordsDocument& document, const RulePack& pack) {
    return Planner(evaluation, document, pack).run();
}

const char* action_id(Action action) {
    switch (action) {
        // A step that is one record of a kind is named by that kind's id.
        case Action::computer_module: return kind_id(Kind::computer_module);
        case Action::language_exam: return kind_id(Kind::language_exam);
        case Action::public_course: return kind_id(Kind::public_course);
        case Action::make_up_public_course: return "make_up_public_course";
        case Action::professional_hours: return "professional_hours";
    }
    return "";
}

}  // namespace cehours
