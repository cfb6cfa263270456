// The plan is the least: for thousands of generated persons, no combination
// of the actions the pack allows costs fewer hours and still completes every
// year the plan says it can; and the plan's own steps, entered as records,
// do complete them. The evaluator is the judge of "complete", so the search
// shares nothing with the planner but the list of allowed actions.
#include <doctest/doctest.h>

#include <cctype>
#include <functional>
#include <random>
#include <set>

#include "../packs/pack_test_helpers.hpp"
#include "cehours.hpp"
#include "evaluation.hpp"
#include "module_identity.hpp"

using namespace cehours;
using namespace cehours::test;

namespace {

// std::mt19937's output is fixed by the standard (distributions are not), so
// the persons are the same with every compiler and library.
class Dice {
public:
    explicit Dice(std::uint32_t seed) : engine_(seed) {}
    int below(int n) { return static_cast<int>(engine_() % static_cast<std::uint32_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    Tenths hours(int most, int step) { return Tenths{10} * step * below(most / step + 1); }

private:
    std::mt19937 engine_;
};

RulePack load(const std::string& text) {
    Errors errors;
    const Json json = Json::parse(text);
    auto pack = read_rule_pack(json, errors);
    REQUIRE(pack);
    return *pack;
}

Record dated(Kind kind, Date date, int year, Category category) {
    Record record;
    record.kind = kind;
    record.date = date;
    record.year = year;
    record.category = category;
    return record;
}

Record registered(int year, Category category, Tenths hours) {
    Record record;
    record.kind = Kind::registered;
    record.year = year;
    record.category = category;
    record.hours = hours;
    return record;
}

Record module(Date date, const std::string& name) {
    Record record = dated(Kind::computer_module, date, date.year, Category::public_hours);
    record.module = name;
    record.module_key = module_identity(name);
    return record;
}

Record exam(Date date, const std::string& level, Tenths score) {
    Record record = dated(Kind::language_exam, date, date.year, Category::public_hours);
    record.level = level;
    record.score = score;
    return record;
}

Record professional(Date date, int year, Tenths hours) {
    Record record = dated(Kind::special_training, date, year, Category::professional_hours);
    record.hours = hours;
    return record;
}

// The full-width form of a printable ASCII character (U+FF01–FF5E), in UTF-8.
std::string full_width(char ascii) {
    const unsigned code = 0xFEE0u + static_cast<unsigned char>(ascii);
    return {static_cast<char>(0xE0 | (code >> 12)), static_cast<char>(0x80 | ((code >> 6) & 0x3F)), static_cast<char>(0x80 | (code & 0x3F))};
}

// One of six modules, spelt as people type them: its spaces dropped, its
// letters and digits in full width, its case turned, spaces of three widths
// and characters that show nothing put anywhere. Each change is one that
// module_identity undoes, so a person's repeats by spelling reach the
// evaluator and the planner too.
std::string module_name(Dice& dice) {
    static const char* const kModules[] = {"Word 2007中文字处理", "Excel 2007中文电子表格", "Internet应用", "模块 3", "模块4", "PowerPoint 2007"};
    static const char* const kSpaces[] = {" ", "\u3000", "\u00A0"};
    static const char* const kInvisible[] = {"\u200B", "\uFEFF", "\u00AD", "\u2060", "\u200E"};
    const std::string listed = kModules[dice.below(6)];
    const bool drop_spaces = dice.chance(25);
    const bool wide = dice.chance(25);
    const bool turn_case = dice.chance(25);
    std::string name;
    for (std::size_t i = 0; i < listed.size();) {
        std::size_t length = 1;  // of the UTF-8 character at i
        while (i + length < listed.size() && (static_cast<unsigned char>(listed[i + length]) & 0xC0) == 0x80) ++length;
        if (dice.chance(5)) name += kSpaces[dice.below(3)];
        if (dice.chance(5)) name += kInvisible[dice.below(5)];
        const char c = listed[i];
        if (length > 1) {
            name.append(listed, i, length);
        } else if (c == ' ') {
            if (!drop_spaces) name += c;
        } else if (wide) {
            name += full_width(c);
        } else if (turn_case) {
            const auto letter = static_cast<unsigned char>(c);
            name += static_cast<char>(std::isupper(letter) ? std::tolower(letter) : std::toupper(letter));
        } else {
            name += c;
        }
        i += length;
    }
    if (dice.chance(10)) name += kInvisible[dice.below(5)];
    return name;
}

// A person near the end of 2017 (deficits kept small, so that the search
// stays quick): professional hours in tens, public hours in fives.
RecordsDocument generate(Dice& dice, const RulePack& pack) {
    RecordsDocument person;
    person.as_of = Date{2017, 2 + dice.below(11), 1 + dice.below(28)};  // after every generated record
    person.affiliation = dice.chance(80) ? "city" : "county";
    if (dice.chance(15)) person.since = 2016 + dice.below(2);
    const Date early{2017, 1, 5};
    for (int year : {2015, 2016}) {
        if (dice.chance(85)) person.records.push_back(registered(year, Category::public_hours, dice.chance(70) ? 300 : dice.hours(25, 5)));
        if (dice.chance(95)) person.records.push_back(registered(year, Category::professional_hours, 600 - dice.hours(20, 10)));
        if (dice.chance(10)) person.records.push_back(dated(Kind::public_course, early, year, Category::public_hours));
        if (dice.chance(10)) person.records.push_back(professional(early, year, dice.hours(30, 10) + 100));
    }
    const int modules = dice.below(7);
    for (int i = 0; i < modules; ++i) person.records.push_back(module(early, module_name(dice)));
    if (dice.chance(30)) {
        const auto& level = pack.language_level_hours[static_cast<std::size_t>(dice.below(static_cast<int>(pack.language_level_hours.size())))];
        person.records.push_back(exam(early, level.first, dice.chance(70) ? 660 : 400));
    }
    if (dice.chance(15)) person.records.push_back(dated(Kind::public_course, early, 2017, Category::public_hours));
    person.records.push_back(professional(early, 2017, 300 + dice.hours(70, 10)));
    return person;
}

using Gaps = std::set<std::pair<int, Category>>;

Gaps unreachable(const Plan& plan) {
    Gaps gaps;
    for (const auto& gap : plan.unreachable) gaps.insert({gap.year, gap.category});
    return gaps;
}

// Every year and category the plan does not call unreachable is met.
bool completes(const RecordsDocument& person, const std::vector<Record>& actions, const RulePack& pack, const Gaps& gaps) {
    RecordsDocument trial = person;
    // The actions happen between today and the deadline: judge at the deadline.
    trial.as_of = pack.current_year().deadline.value;
    trial.records.insert(trial.records.end(), actions.begin(), actions.end());
    const Evaluation evaluation = evaluate(trial, pack);
    for (const auto& year : evaluation.years) {
        for (Category category : {Category::public_hours, Category::professional_hours}) {
            if (year.tally(category).remaining() > 0 && gaps.count({year.rule->year, category}) == 0) return false;
        }
    }
    return true;
}

// The day an action is taken: today for this year's, the make-up window for an earlier year's.
Date action_date(const RecordsDocument& person, const RulePack& pack, int year) {
    if (year == person.as_of.year) return person.as_of;
    return person.as_of < pack.make_up_dated_from.value ? pack.make_up_dated_from.value : person.as_of;
}

// One action of the plan (or of the search) as the record it would become.
void add_public(std::vector<Record>& actions, const RecordsDocument& person, const RulePack& pack, const YearOptions& options,
                int year, int modules, bool course, const std::string& level) {
    const Date date = action_date(person, pack, year);
    for (int i = 0; i < modules; ++i) actions.push_back(module(date, "计划模块" + std::to_string(i)));
    if (course) actions.push_back(dated(Kind::public_course, date, year, Category::public_hours));
    if (!level.empty()) actions.push_back(exam(options.exam_sitting->value, level, pack.language_pass_score.value));
}

struct YearChoices {
    int year;
    YearOptions options;
    Tenths professional_bound;  // more than this for the year can never help
};

class Search {
public:
    Search(const RecordsDocument& person, const RulePack& pack, const Evaluation& evaluation)
        : person_(person), pack_(pack), gaps_(unreachable(evaluation.plan)), budget_(evaluation.plan.total_hours) {
        Tenths short_of = 0;
        for (const auto& year : evaluation.years) short_of += year.professional_hours.remaining();
        for (const auto& year : evaluation.years) {
            if (year.status != YearStatus::open) continue;
            const YearOptions options = options_for(year, evaluation, person, pack);
            const bool current = year.rule == &pack.current_year();
            years_.push_back({year.rule->year, options,
                              options.professional ? (current ? short_of : year.professional_hours.remaining()) : 0});
        }
    }

    // Evaluations run; `cheaper` set when a combination under the plan's total completes.
    std::size_t run() {
        std::vector<Record> actions;
        visit(0, 0, actions);
        return evaluations_;
    }

    bool cheaper = false;

private:
    void visit(std::size_t index, Tenths cost, std::vector<Record>& actions) {
        if (cheaper || cost >= budget_) return;
        if (index == years_.size()) {
            ++evaluations_;
            cheaper = completes(person_, actions, pack_, gaps_);
            return;
        }
        const YearChoices& choice = years_[index];
        const YearOptions& options = choice.options;
        std::vector<std::string> levels = {""};
        if (options.exam_sitting) {
            for (const auto& level : pack_.language_level_hours) levels.push_back(level.first);
        }
        for (std::size_t modules = 0; modules <= options.modules.size(); ++modules) {
            Tenths module_hours = 0;
            for (std::size_t i = 0; i < modules; ++i) module_hours += options.modules[i];
            for (const bool course : {false, true}) {
                if (course && !options.course) continue;
                for (const auto& level : levels) {
                    const Tenths public_cost = module_hours + (course ? options.course_hours : 0) +
                                               (level.empty() ? 0 : pack_.level_hours(level)->value);
                    for (Tenths extra = 0; extra <= choice.professional_bound; extra += 100) {
                        const Tenths spent = cost + public_cost + extra;
                        if (spent >= budget_) break;
                        const std::size_t mark = actions.size();
                        add_public(actions, person_, pack_, options, choice.year, static_cast<int>(modules), course, level);
                        if (extra > 0) actions.push_back(professional(action_date(person_, pack_, choice.year), choice.year, extra));
                        visit(index + 1, spent, actions);
                        actions.resize(mark);
                        if (cheaper) return;
                    }
                }
            }
        }
    }

    const RecordsDocument& person_;
    const RulePack& pack_;
    Gaps gaps_;
    Tenths budget_;
    std::vector<YearChoices> years_;
    std::size_t evaluations_ = 0;
};

// The plan's steps as the records a person would enter.
std::vector<Record> plan_records(const RecordsDocument& person, const RulePack& pack, const Evaluation& evaluation) {
    std::vector<Record> actions;
    for (const auto& step : evaluation.plan.steps) {
        const YearResult* year = nullptr;
        for (const auto& entry : evaluation.years) year = entry.rule->year == step.year ? &entry : year;
        const YearOptions options = options_for(*year, evaluation, person, pack);
        switch (step.action) {
            case Action::computer_module: add_public(actions, person, pack, options, step.year, step.count, false, ""); break;
            case Action::public_course:
            case Action::make_up_public_course: add_public(actions, person, pack, options, step.year, 0, true, ""); break;
            case Action::language_exam: add_public(actions, person, pack, options, step.year, 0, false, step.level); break;
            case Action::professional_hours:
                actions.push_back(professional(action_date(person, pack, step.year), step.year, step.hours));
                break;
        }
    }
    return actions;
}

// The repeated modules only their identity tells: no earlier record typed the name the same way.
int repeats_by_spelling(const RecordsDocument& person, const Evaluation& evaluation) {
    int repeats = 0;
    for (const auto& warning : evaluation.warnings) {
        if (warning.code != "duplicate_module" || !warning.record) continue;
        const std::string& typed = person.records[*warning.record].module;
        bool typed_before = false;
        for (std::size_t i = 0; i < *warning.record; ++i) {
            typed_before = typed_before || (person.records[i].kind == Kind::computer_module && person.records[i].module == typed);
        }
        repeats += typed_before ? 0 : 1;
    }
    return repeats;
}

void check_persons(const RulePack& pack, std::uint32_t seed, int count) {
    Dice dice(seed);
    std::size_t evaluations = 0;
    int with_steps = 0;
    int awaiting = 0;
    int spelling_repeats = 0;
    for (int n = 0; n < count; ++n) {
        const RecordsDocument person = generate(dice, pack);
        const Evaluation evaluation = evaluate(person, pack);
        CAPTURE(n);
        CAPTURE(person.as_of.iso());
        CAPTURE(person.affiliation);
        const Plan& plan = evaluation.plan;
        Tenths sum = 0;
        for (const auto& step : plan.steps) sum += step.hours;
        REQUIRE(sum == plan.total_hours);
        REQUIRE(completes(person, plan_records(person, pack, evaluation), pack, unreachable(plan)));
        Search search(person, pack, evaluation);
        evaluations += search.run();
        REQUIRE_FALSE(search.cheaper);
        with_steps += plan.steps.empty() ? 0 : 1;
        for (const auto& year : evaluation.years) awaiting += year.professional_hours.awaiting > 0 ? 1 : 0;
        spelling_repeats += repeats_by_spelling(person, evaluation);
    }
    MESSAGE(count << " persons (" << with_steps << " with a plan, " << awaiting << " years awaiting a surplus, "
                  << spelling_repeats << " modules repeated in another spelling), " << evaluations << " combinations evaluated");
    // The generator must produce work to do, surplus to move and repeats by spelling, or the test proves little.
    CHECK(with_steps > count / 2);
    CHECK(awaiting > count / 10);
    CHECK(spelling_repeats > count / 10);
}

}  // namespace

TEST_SUITE("四 plan: the least additional hours (brute force)") {
    TEST_CASE("四 plan: the Linyi pack — no combination of actions is cheaper than the plan") {
        check_persons(load(std::string(default_rule_pack())), 20171226, 1000);
    }

    TEST_CASE("四 plan: a pack with a language exam sitting — the exam is weighed too") {
        Json pack = Json::parse(std::string(default_rule_pack()));
        check_persons(load(pack.patch(source_json("tests/packs/linyi-2017-with-exam-sitting.patch.json")).dump()), 20171209, 1000);
    }
}
