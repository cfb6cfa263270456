#pragma once
// What the rules make of a person's records: per-year tallies, the lines that
// explain every counted hour, warnings for every record that counted less
// than it might seem, and the least additional hours that close every gap.
#include <optional>
#include <string>
#include <vector>

#include "date.hpp"
#include "plan.hpp"
#include "records.hpp"
#include "rule_pack.hpp"
#include "tenths.hpp"

namespace cehours {

struct Tally {
    Tenths required = 0;
    Tenths earned = 0;       // every valid hour after caps and after surplus transfers
    Tenths transferred = 0;  // + received from the current year's surplus, − given away (四（二）)
    Tenths awaiting = 0;     // the current year's surplus that will be received once that year is complete (四（二）)

    [[nodiscard]] Tenths remaining() const { return earned >= required ? 0 : required - earned; }
};

// not_required: a year before the person became a 专业技术人员 (profile.since).
enum class YearStatus { complete, open, closed, not_required };

struct YearResult {
    const PackYear* rule = nullptr;
    Tally public_hours;
    Tally professional_hours;
    long days_left = 0;
    YearStatus status = YearStatus::open;

    [[nodiscard]] bool complete() const {
        return public_hours.remaining() == 0 && professional_hours.remaining() == 0;
    }
    [[nodiscard]] Tally& tally(Category category) {
        return category == Category::public_hours ? public_hours : professional_hours;
    }
    [[nodiscard]] const Tally& tally(Category category) const {
        return category == Category::public_hours ? public_hours : professional_hours;
    }
};

struct Line {
    std::optional<std::size_t> record;  // absent for a surplus transfer
    int year = 0;
    Category category = Category::public_hours;
    Tenths hours = 0;
    std::string clause;
    std::string text;
};

struct Warning {
    std::optional<std::size_t> record;  // absent when it concerns the whole person
    std::string code;
    std::string text;
    std::string clause;
};

struct Evaluation {
    Date as_of;
    const Affiliation* affiliation = nullptr;
    std::optional<int> since;  // the profile's year, when given
    std::vector<YearResult> years;  // in the pack's order (ascending)
    std::vector<Line> lines;
    std::vector<Warning> warnings;
    Plan plan;
};

[[nodiscard]] Evaluation evaluate(const RecordsDocument& document, const RulePack& pack);

}  // namespace cehours
