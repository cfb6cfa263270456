// The notice itself is specified once, by the conformance cases in
// static/rules/linyi-2017.cases.json (the legislation tests, run by
// check-pack). These are what a case cannot say: the result document's shape
// (roles, deadlines, days left, transfers, exact decimals, lines and their
// clauses), messages, and records the engine explains rather than counts.
#include <doctest/doctest.h>

#include "evaluate_helpers.hpp"

using namespace cehours;
using namespace cehours::test;

TEST_SUITE("the result document") {
    TEST_CASE("every year is reported with its role, deadline and days left") {
        const Json result = evaluated(person(Json::array()));
        REQUIRE(result.at("years").size() == 3);
        CHECK(result.at("years").at(0).at("year") == 2015);
        CHECK(result.at("years").at(0).at("role") == "make_up");
        CHECK(result.at("years").at(2).at("role") == "current");
        for (const auto& year : result.at("years")) CHECK(year.at("deadline") == "2017-12-31");
        CHECK(result.at("years").at(2).at("days_left") == 35);
    }

    TEST_CASE("a counted line cites the clause of what it counts") {
        const Json result = evaluated(person({language_exam("2017-04-15", "B", 60), public_course("2017-05-01", 2015),
                                              professional("professional_course", "2017-02-01", 24.5),
                                              professional("special_training", "2017-03-01", 16),
                                              converted("2017-04-01", "publication", 12),
                                              converted("2017-08-01", "research", 25, 2015),
                                              registered(2016, "public", 30)}));
        std::vector<std::string> clauses;
        for (const auto& line : result.at("lines")) clauses.push_back(line.at("clause"));
        CHECK(clauses == std::vector<std::string>{"二（一）1", "四（一）", "二（二）1", "二（二）2", "二（二）3", "四（二）", "三"});
    }

    TEST_CASE("hours are exact in tenths: 0.1 + 0.2 is written 0.3") {
        const Json result = evaluated(person({professional("professional_course", "2017-02-01", 0.1),
                                              professional("professional_course", "2017-02-02", 0.2)}));
        CHECK(year_of(result, 2017).at("professional").at("earned").dump() == "0.3");
        CHECK(year_of(result, 2017).at("professional").at("remaining").dump() == "59.7");
    }

    TEST_CASE("a transfer is written on both years: taken from the current one, given to the make-up ones") {
        const Json result = evaluated(person({public_course("2017-03-01", 2017),
                                              professional("professional_course", "2017-04-01", 60),
                                              professional("special_training", "2017-05-01", 70)}));
        CHECK(year_of(result, 2017).at("professional").at("transferred") == -70);
        CHECK(year_of(result, 2015).at("professional").at("transferred") == 60);
        CHECK(year_of(result, 2016).at("professional").at("transferred") == 10);
    }

    TEST_CASE("after the pack's period nothing is suggested, and the person is told a later pack is needed") {
        const Json result = evaluated(person(Json::array(), "city", "2018-01-05"));
        CHECK(year_of(result, 2016).at("days_left") == 0);
        CHECK(result.at("plan").at("steps").empty());
    }

    TEST_CASE("a day before the pack's rules began is refused, naming the year whose pack is needed") {
        const Json error = first_error(person(Json::array(), "city", "2014-12-31"));
        CHECK(error.at("code") == "as_of_outside_pack");
        CHECK(error.at("message").get<std::string>().find("2014年的规则包") != std::string::npos);
    }
}

TEST_SUITE("不计学时的记录都有说明") {
    TEST_CASE("a record dated in a year outside the pack counts nothing, with a warning") {
        const Json result = evaluated(person({language_exam("2014-04-15", "A", 80), computer_module("2014-04-15", "Word")}));
        CHECK(result.at("lines").empty());
        CHECK(has_warning(result, 0, "outside_pack_years"));
        CHECK(has_warning(result, 1, "outside_pack_years"));
    }

    TEST_CASE("a professional record for a later year than its date is the wrong year") {
        const Json result = evaluated(person({professional("professional_course", "2016-05-01", 20, 2017)}));
        CHECK(earned(result, 2017, "professional") == 0);
        CHECK(has_warning(result, 0, "wrong_year"));
    }

    TEST_CASE("a record dated after the assessment date is not yet counted") {
        const Json result = evaluated(person({public_course("2017-12-20", 2017)}));
        CHECK(earned(result, 2017, "public") == 0);
        CHECK(has_warning(result, 0, "after_as_of"));
    }

    TEST_CASE("as_of defaults to today") {
        const Json result = Json::parse(evaluate_json(R"({"records": []})", cehours::test::linyi_2017_pack(), "2017-06-30"));
        CHECK(result.at("as_of") == "2017-06-30");
        CHECK(result.at("profile").at("affiliation") == "city");
    }

    TEST_CASE("every counted line cites a clause whose text the result carries") {
        const Json result = evaluated(person({language_exam("2017-04-15", "B", 63), public_course("2017-05-01", 2016),
                                              converted("2017-08-01", "training", 12, 2015)}));
        for (const auto& line : result.at("lines")) {
            CAPTURE(line.dump());
            CHECK(result.at("clauses").contains(line.at("clause").get<std::string>()));
        }
    }
}

TEST_CASE("typed text quoted in a line is isolated, so a right-to-left override cannot reorder the hours") {
    Json record = computer_module("2017-03-01", "\xE2\x80\xAEWord");  // U+202E, never closed
    const Json result = evaluated(person({record}));
    const std::string text = result.at("lines").at(0).at("text");
    CHECK(text.find("\xE2\x81\xA8\xE2\x80\xAEWord\xE2\x81\xA9") != std::string::npos);  // U+2068 … U+2069
}
