#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace cehours {

// A calendar date (proleptic Gregorian), subtracted as day numbers.
struct Date {
    int year = 0;
    int month = 0;
    int day = 0;

    [[nodiscard]] long day_number() const;  // days since 1970-01-01
    [[nodiscard]] std::string iso() const;   // "2017-12-31"
    [[nodiscard]] std::string chinese() const;  // "2017年12月31日"

    // Every Date the core holds is a real day (parse_iso_date() or a fixed
    // day such as 31 December), and real days are in the order of (year, month,
    // day): compared so, without the arithmetic of day_number() at each of the
    // few comparisons made per record.
    friend bool operator<(const Date& a, const Date& b) {
        if (a.year != b.year) return a.year < b.year;
        if (a.month != b.month) return a.month < b.month;
        return a.day < b.day;
    }
    friend bool operator>(const Date& a, const Date& b) { return b < a; }
    friend bool operator<=(const Date& a, const Date& b) { return !(b < a); }
    friend bool operator==(const Date& a, const Date& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
};

// Accepts exactly "YYYY-MM-DD" naming a real day (so "2017-02-29" is refused).
[[nodiscard]] std::optional<Date> parse_iso_date(std::string_view text);

[[nodiscard]] long days_between(const Date& from, const Date& to);

}  // namespace cehours
