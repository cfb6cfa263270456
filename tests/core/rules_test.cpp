// Every rule of 临人社办发〔2017〕58号, each test named after its clause.
#include <doctest/doctest.h>

#include "evaluate_helpers.hpp"

using namespace cehours;
using namespace cehours::test;

TEST_SUITE("二 每年公需类30学时、专业类60学时，必须同时达标") {
    TEST_CASE("二: a year with nothing needs 30 public and 60 professional") {
        const Json result = evaluated(person(Json::array()));
        for (int year : {2015, 2016, 2017}) {
            CAPTURE(year);
            CHECK(remaining(result, year, "public") == 30);
            CHECK(remaining(result, year, "professional") == 60);
            CHECK(year_of(result, year).at("complete") == false);
        }
    }

    TEST_CASE("二: a surplus of professional hours never covers public hours") {
        // 专业类 100 ≥ 60, 公需类 0 < 30: not complete.
        const Json result = evaluated(person({professional("professional_course", "2017-03-01", 100)}));
        CHECK(earned(result, 2017, "professional") == 100);
        CHECK(remaining(result, 2017, "professional") == 0);
        CHECK(remaining(result, 2017, "public") == 30);
        CHECK(year_of(result, 2017).at("status") == "open");
    }

    TEST_CASE("二: a surplus of public hours never covers professional hours") {
        // 公需类 30 + 30 (A级) = 60 ≥ 30, 专业类 0: not complete.
        const Json result = evaluated(person({public_course("2017-05-01", 2017), language_exam("2017-04-01", "A", 75)}));
        CHECK(earned(result, 2017, "public") == 60);
        CHECK(remaining(result, 2017, "professional") == 60);
        CHECK(year_of(result, 2017).at("complete") == false);
    }

    TEST_CASE("二: both categories met makes the year complete") {
        const Json result = evaluated(person({public_course("2017-05-01", 2017),
                                              professional("special_training", "2017-06-01", 60)}));
        CHECK(year_of(result, 2017).at("complete") == true);
        CHECK(year_of(result, 2017).at("status") == "complete");
    }
}

TEST_SUITE("二（一）1 职称外语考试") {
    TEST_CASE("二（一）1: A 30, B 20, C 10 hours when the score reaches 60") {
        for (const auto& [level, hours] : {std::pair<const char*, int>{"A", 30}, {"B", 20}, {"C", 10}}) {
            CAPTURE(level);
            const Json result = evaluated(person({language_exam("2017-04-15", level, 60)}));
            CHECK(earned(result, 2017, "public") == hours);
            CHECK(result.at("lines").at(0).at("clause") == "二（一）1");
        }
    }

    TEST_CASE("二（一）1: a score under 60 counts nothing unless it meets the national standard") {
        const Json failed = evaluated(person({language_exam("2017-04-15", "B", 59.5)}));
        CHECK(earned(failed, 2017, "public") == 0);
        CHECK(has_warning(failed, 0, "exam_failed"));

        const Json national = evaluated(person({language_exam("2017-04-15", "B", 52, true)}));
        CHECK(earned(national, 2017, "public") == 20);
        CHECK(warning_codes(national, 0).empty());
    }

    TEST_CASE("二（一）1: the hours count only in the exam's own year (当年度有效)") {
        const Json result = evaluated(person({language_exam("2016-04-15", "A", 80)}));
        CHECK(earned(result, 2016, "public") == 30);
        CHECK(earned(result, 2017, "public") == 0);
    }

    TEST_CASE("二（一）1: of several exams in one year only the best counts (一次性计算)") {
        // C 10 then B 20 in 2017: only B counts → 20, the C exam is named in a warning.
        const Json result = evaluated(person({language_exam("2017-04-15", "C", 70), language_exam("2017-10-15", "B", 65)}));
        CHECK(earned(result, 2017, "public") == 20);
        CHECK(has_warning(result, 0, "language_exam_not_best"));
        CHECK(warning_codes(result, 1).empty());
    }

    TEST_CASE("二（一）1: a failed exam does not stop a passed one in the same year from counting") {
        const Json result = evaluated(person({language_exam("2017-04-15", "A", 40), language_exam("2017-10-15", "C", 61)}));
        CHECK(earned(result, 2017, "public") == 10);
        CHECK(has_warning(result, 0, "exam_failed"));
    }
}

TEST_SUITE("二（一）1 计算机应用能力考试") {
    TEST_CASE("二（一）1: 5 hours for each passed module") {
        const Json result = evaluated(person({computer_module("2017-03-01", "Word 2003"),
                                              computer_module("2017-03-01", "Excel 2003"),
                                              computer_module("2017-05-01", "PowerPoint 2003")}));
        CHECK(earned(result, 2017, "public") == 15);
    }

    TEST_CASE("二（一）1: the same module counts once, names compared trimmed and case-insensitive") {
        const Json result = evaluated(person({computer_module("2017-03-01", "Word 2003"),
                                              computer_module("2017-09-01", "  word 2003　")}));
        CHECK(earned(result, 2017, "public") == 5);
        CHECK(has_warning(result, 1, "duplicate_module"));
    }

    TEST_CASE("二（一）1: modules add up to at most 30 hours a year (累计不超过30学时)") {
        Json records = Json::array();
        for (int i = 1; i <= 8; ++i) records.push_back(computer_module("2017-03-01", "模块" + std::to_string(i)));
        const Json result = evaluated(person(records));
        // 8 × 5 = 40, capped at 30: the 7th and 8th modules count nothing.
        CHECK(earned(result, 2017, "public") == 30);
        CHECK(has_warning(result, 6, "cap_reached"));
        CHECK(has_warning(result, 7, "cap_reached"));
        CHECK(warning_codes(result, 5).empty());
    }

    TEST_CASE("二（一）1: a failed module counts nothing and does not block passing it later") {
        const Json result = evaluated(person({computer_module("2017-03-01", "Word 2003", false),
                                              computer_module("2017-06-01", "Word 2003")}));
        CHECK(earned(result, 2017, "public") == 5);
        CHECK(has_warning(result, 0, "exam_failed"));
        CHECK(warning_codes(result, 1).empty());
    }

    TEST_CASE("二（一）1: modules count in their own year; the cap is per year") {
        Json records = Json::array();
        for (int i = 1; i <= 6; ++i) records.push_back(computer_module("2016-03-01", "模块" + std::to_string(i)));
        records.push_back(computer_module("2017-03-01", "模块1"));
        const Json result = evaluated(person(records));
        CHECK(earned(result, 2016, "public") == 30);
        CHECK(earned(result, 2017, "public") == 5);
    }
}

TEST_SUITE("二（一）2 公需科目培训") {
    TEST_CASE("二（一）2: a passed public course counts 30 public hours for its topic year") {
        const Json result = evaluated(person({public_course("2017-06-01", 2017)}));
        CHECK(earned(result, 2017, "public") == 30);
        CHECK(remaining(result, 2017, "public") == 0);
        CHECK(result.at("lines").at(0).at("clause") == "二（一）2");
    }

    TEST_CASE("二（一）2: a failed course counts nothing") {
        const Json result = evaluated(person({public_course("2017-06-01", 2017, false)}));
        CHECK(earned(result, 2017, "public") == 0);
        CHECK(has_warning(result, 0, "course_failed"));
    }

    TEST_CASE("二（一）2: topic_year defaults to the year of the date") {
        const Json result = evaluated(person({{{"kind", "public_course"}, {"date", "2016-06-01"}}}));
        CHECK(earned(result, 2016, "public") == 30);
    }

    TEST_CASE("二（一）2: the same year's course counts once") {
        const Json result = evaluated(person({public_course("2017-06-01", 2017), public_course("2017-08-01", 2017)}));
        CHECK(earned(result, 2017, "public") == 30);
        CHECK(has_warning(result, 1, "duplicate_public_course"));
    }
}

TEST_SUITE("二（二） 专业类学时") {
    TEST_CASE("二（二）1–3: online study, special training and conversions add up to the professional hours") {
        // 24.5 + 16 + 12 = 52.5 → 7.5 remaining.
        const Json result = evaluated(person({professional("professional_course", "2017-02-01", 24.5),
                                              professional("special_training", "2017-03-01", 16),
                                              converted("2017-04-01", "publication", 12)}));
        CHECK(earned(result, 2017, "professional") == 52.5);
        CHECK(remaining(result, 2017, "professional") == 7.5);
        const Json& lines = result.at("lines");
        CHECK(lines.at(0).at("clause") == "二（二）1");
        CHECK(lines.at(1).at("clause") == "二（二）2");
        CHECK(lines.at(2).at("clause") == "二（二）3");
    }

    TEST_CASE("二（二）: hours are exact in tenths (0.1 + 0.2 = 0.3)") {
        const Json result = evaluated(person({professional("professional_course", "2017-02-01", 0.1),
                                              professional("professional_course", "2017-02-02", 0.2)}));
        CHECK(result.at("years").at(2).at("professional").at("earned").dump() == "0.3");
        CHECK(result.at("years").at(2).at("professional").at("remaining").dump() == "59.7");
    }

    TEST_CASE("二（二）2: special training that was not passed counts nothing") {
        Json record = professional("special_training", "2017-03-01", 16);
        record["passed"] = false;
        const Json result = evaluated(person({record}));
        CHECK(earned(result, 2017, "professional") == 0);
        CHECK(has_warning(result, 0, "course_failed"));
    }

    TEST_CASE("二（二）: a county person's professional hours count, with the county rules named") {
        const Json result = evaluated(person({professional("professional_course", "2017-02-01", 60)}, "county"));
        CHECK(remaining(result, 2017, "professional") == 0);
        bool named = false;
        for (const auto& warning : result.at("warnings")) named = named || warning.at("code") == "local_professional_rules";
        CHECK(named);
    }
}

TEST_SUITE("三 登记备案") {
    TEST_CASE("三: registered hours count in their year and category") {
        const Json result = evaluated(person({registered(2016, "public", 30), registered(2016, "professional", 45.5)}));
        CHECK(earned(result, 2016, "public") == 30);
        CHECK(earned(result, 2016, "professional") == 45.5);
        CHECK(result.at("lines").at(0).at("clause") == "三");
    }

    TEST_CASE("三: registered hours for a year outside the pack count nothing") {
        const Json result = evaluated(person({registered(2014, "public", 30)}));
        CHECK(result.at("lines").empty());
        CHECK(has_warning(result, 0, "outside_pack_years"));
    }
}

TEST_SUITE("四 2015、2016年度学时的补修") {
    TEST_CASE("四: all three years are reported, 2015 and 2016 as make-up, each with its deadline") {
        const Json result = evaluated(person(Json::array()));
        REQUIRE(result.at("years").size() == 3);
        CHECK(result.at("years").at(0).at("year") == 2015);
        CHECK(result.at("years").at(0).at("role") == "make_up");
        CHECK(result.at("years").at(2).at("role") == "current");
        for (const auto& year : result.at("years")) CHECK(year.at("deadline") == "2017-12-31");
        CHECK(result.at("years").at(2).at("days_left") == 35);
    }

    TEST_CASE("四（一）: a 2015 public course taken in 2017 counts 30 public hours for 2015") {
        const Json result = evaluated(person({public_course("2017-05-01", 2015)}));
        CHECK(earned(result, 2015, "public") == 30);
        CHECK(earned(result, 2017, "public") == 0);
        CHECK(result.at("lines").at(0).at("clause") == "四（一）");
    }

    TEST_CASE("四（一）: public make-up is open to county people too") {
        const Json result = evaluated(person({public_course("2017-05-01", 2016)}, "county"));
        CHECK(earned(result, 2016, "public") == 30);
    }

    TEST_CASE("四（一）: a make-up course dated before 2017 is not make-up") {
        const Json result = evaluated(person({public_course("2016-05-01", 2015)}));
        CHECK(earned(result, 2015, "public") == 0);
        CHECK(has_warning(result, 0, "wrong_year"));
    }

    TEST_CASE("四: nothing counts as make-up after 2017-12-31") {
        const Json result = evaluated(person({public_course("2018-01-01", 2015),
                                              professional("professional_course", "2018-01-02", 20, 2016)},
                                             "city", "2018-03-01"));
        CHECK(earned(result, 2015, "public") == 0);
        CHECK(earned(result, 2016, "professional") == 0);
        CHECK(has_warning(result, 0, "after_deadline"));
        CHECK(has_warning(result, 1, "after_deadline"));
    }

    TEST_CASE("四: from 2018 there is no make-up; a 2018 record is outside the pack") {
        const Json result = evaluated(person({professional("professional_course", "2018-02-01", 20)}, "city", "2018-03-01"));
        CHECK(has_warning(result, 0, "outside_pack_years"));
    }

    TEST_CASE("四: after the deadline an incomplete year is closed; a complete one stays complete") {
        const Json result = evaluated(person({public_course("2017-05-01", 2017), professional("special_training", "2017-06-01", 60)},
                                             "city", "2018-01-05"));
        CHECK(year_of(result, 2017).at("status") == "complete");
        CHECK(year_of(result, 2016).at("status") == "closed");
        CHECK(year_of(result, 2016).at("days_left") == 0);
        CHECK(result.at("plan").at("steps").empty());
        bool told = false;
        for (const auto& warning : result.at("warnings")) told = told || warning.at("code") == "after_pack_period";
        CHECK(told);
    }

    TEST_CASE("valid_from: a day before the pack's rules began is refused, naming the pack needed") {
        const Json error = first_error(person(Json::array(), "city", "2014-12-31"));
        CHECK(error.at("code") == "as_of_outside_pack");
        CHECK(error.at("message").get<std::string>().find("2014年的规则包") != std::string::npos);
    }

    TEST_CASE("四（二）: a city person's professional record for 2015, dated in 2017, counts for 2015 only") {
        const Json result = evaluated(person({converted("2017-08-01", "research", 25, 2015)}));
        CHECK(earned(result, 2015, "professional") == 25);
        CHECK(earned(result, 2017, "professional") == 0);
        CHECK(result.at("lines").at(0).at("clause") == "四（二）");
    }

    TEST_CASE("四（二）: a county person's professional make-up is not counted (county rules apply)") {
        const Json result = evaluated(person({converted("2017-08-01", "research", 25, 2015)}, "county"));
        CHECK(earned(result, 2015, "professional") == 0);
        CHECK(has_warning(result, 0, "make_up_not_for_affiliation"));
    }

    TEST_CASE("四（二）: 2017's professional surplus goes to 2015, then 2016, once 2017 is complete") {
        // 2017: 公需 30, 专业 60 + 70 = 130 → surplus 70: 2015 needs 60 → 60; 2016 gets the other 10.
        const Json result = evaluated(person({public_course("2017-03-01", 2017),
                                              professional("professional_course", "2017-04-01", 60),
                                              professional("special_training", "2017-05-01", 70)}));
        CHECK(earned(result, 2017, "professional") == 60);
        CHECK(year_of(result, 2017).at("professional").at("transferred") == -70);
        CHECK(earned(result, 2015, "professional") == 60);
        CHECK(year_of(result, 2015).at("professional").at("transferred") == 60);
        CHECK(earned(result, 2016, "professional") == 10);
        CHECK(remaining(result, 2016, "professional") == 50);
        CHECK(year_of(result, 2017).at("complete") == true);
    }

    TEST_CASE("四（二）: the surplus fills only what a make-up year still lacks") {
        // 2015 already has 50 of 60: gets 10; 2016 gets the remaining 20 of a 30 surplus.
        const Json result = evaluated(person({public_course("2017-03-01", 2017),
                                              professional("professional_course", "2017-04-01", 90),
                                              registered(2015, "professional", 50)}));
        CHECK(earned(result, 2015, "professional") == 60);
        CHECK(earned(result, 2016, "professional") == 20);
        CHECK(earned(result, 2017, "professional") == 60);
    }

    TEST_CASE("四（二）: no surplus moves while 2017 itself is incomplete (在确保完成本年度…的基础上)") {
        // 专业 130 but 公需 20 < 30: 2017 is incomplete, so nothing moves.
        const Json result = evaluated(person({language_exam("2017-04-01", "B", 70),
                                              professional("professional_course", "2017-04-01", 130)}));
        CHECK(earned(result, 2017, "professional") == 130);
        CHECK(earned(result, 2015, "professional") == 0);
    }

    TEST_CASE("四（二）: a county person's surplus does not move") {
        const Json result = evaluated(person({public_course("2017-03-01", 2017),
                                              professional("professional_course", "2017-04-01", 130)}, "county"));
        CHECK(earned(result, 2017, "professional") == 130);
        CHECK(earned(result, 2015, "professional") == 0);
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
        const Json result = Json::parse(evaluate_json(R"({"records": []})", "", "2017-06-30"));
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
