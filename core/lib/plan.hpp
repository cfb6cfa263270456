#pragma once
// The plan: the least additional hours that complete every year still open,
// under the pack's rules — the module cap, one public course a year, the
// make-up of 四 and the transfer of the current year's surplus (四（二））.
// What no action can close (a closed year, make-up the notice leaves to the
// counties) is listed apart and never counted in the total.
#include <optional>
#include <string>
#include <vector>

#include "date.hpp"
#include "rule_pack.hpp"
#include "tenths.hpp"

namespace cehours {

struct Evaluation;
struct RecordsDocument;
struct YearResult;

enum class Action { computer_module, language_exam, public_course, make_up_public_course, professional_hours };

struct PlanStep {
    Action action = Action::professional_hours;
    int year = 0;
    Category category = Category::public_hours;
    Tenths hours = 0;
    int count = 0;      // computer_module: how many modules
    std::string level;  // language_exam: the level to sit
    std::string clause;
    std::string text;
};

struct Unreachable {
    int year = 0;
    Category category = Category::public_hours;
    std::string reason;  // closed, county_professional, no_action
    std::string clause;
    std::string text;
};

struct Plan {
    Tenths total_hours = 0;  // the sum of the steps' hours
    std::vector<PlanStep> steps;
    std::vector<Unreachable> unreachable;
};

// What a person can still do for one year from the evaluation's date on.
// The planner chooses among these; a test searches them by brute force.
struct YearOptions {
    std::vector<Tenths> modules;              // each further module's hours, up to the yearly cap
    std::optional<Action> course;             // public_course, make_up_public_course, or none
    Tenths course_hours = 0;
    std::optional<Cited<Date>> exam_sitting;  // a language exam still ahead, that year's only one
    bool professional = false;                // professional hours may still count for the year
    bool professional_make_up = false;        // … as make-up (四), dated in the make-up window
};

[[nodiscard]] YearOptions options_for(const YearResult& year, const Evaluation& evaluation, const RecordsDocument& document,
                                      const RulePack& pack);

// `evaluation` is complete but for its plan.
[[nodiscard]] Plan make_plan(const Evaluation& evaluation, const RecordsDocument& document, const RulePack& pack);

[[nodiscard]] const char* action_id(Action action);

}  // namespace cehours
