#include <doctest/doctest.h>

#include "date.hpp"

using namespace cehours;

TEST_CASE("dates: only real days in YYYY-MM-DD are accepted") {
    CHECK(parse_iso_date("2017-12-31").has_value());
    CHECK(parse_iso_date("2016-02-29").has_value());
    for (const char* bad : {"2017-02-29", "2017-13-01", "2017-00-10", "2017-04-31", "17-1-1", "2017/01/01",
                            "2017-1-01", " 2017-01-01", "2017-01-01T00:00", "", "二〇一七年"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_iso_date(bad).has_value());
    }
}

TEST_CASE("dates: days between two dates, across a leap day") {
    CHECK(days_between(*parse_iso_date("2017-11-26"), *parse_iso_date("2017-12-31")) == 35);
    CHECK(days_between(*parse_iso_date("2016-02-28"), *parse_iso_date("2016-03-01")) == 2);
    CHECK(days_between(*parse_iso_date("2018-01-01"), *parse_iso_date("2017-12-31")) == -1);
}

TEST_CASE("dates: written back in ISO and in Chinese") {
    const Date date = *parse_iso_date("2017-05-03");
    CHECK(date.iso() == "2017-05-03");
    CHECK(date.chinese() == "2017年5月3日");
}
