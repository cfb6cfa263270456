#include "date.hpp"

namespace cehours {
namespace {

// From the day numbers of two first days, so the calendar (leap years
// included) lives in one place: day_number().
long days_in_month(int year, int month) {
    const Date first{year, month, 1};
    const Date next = month == 12 ? Date{year + 1, 1, 1} : Date{year, month + 1, 1};
    return next.day_number() - first.day_number();
}

std::string padded(int value, int width) {
    std::string text = std::to_string(value);
    return std::string(text.size() < static_cast<std::size_t>(width) ? width - text.size() : 0, '0') + text;
}

}  // namespace

// Howard Hinnant's days_from_civil.
long Date::day_number() const {
    const int y = month <= 2 ? year - 1 : year;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long year_of_era = y - era * 400;
    const long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

std::string Date::iso() const { return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2); }

std::string Date::chinese() const {
    return std::to_string(year) + "年" + std::to_string(month) + "月" + std::to_string(day) + "日";
}

std::optional<Date> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto digits = [&](std::size_t from, std::size_t count) -> int {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9') return -1;
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const Date date{digits(0, 4), digits(5, 2), digits(8, 2)};
    if (date.year < 1 || date.month < 1 || date.month > 12 || date.day < 1) return std::nullopt;
    if (date.day > days_in_month(date.year, date.month)) return std::nullopt;
    return date;
}

long days_between(const Date& from, const Date& to) { return to.day_number() - from.day_number(); }

}  // namespace cehours
