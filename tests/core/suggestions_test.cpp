// The quickest ways to close each gap.
#include <doctest/doctest.h>

#include <string>

#include "evaluate_helpers.hpp"

using namespace cehours;
using namespace cehours::test;

namespace {

std::string suggestion(const Json& result, int year, const std::string& category) {
    for (const auto& entry : result.at("suggestions")) {
        if (entry.at("year") == year && entry.at("category") == category) return entry.at("text");
    }
    return "";
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("suggestions: fewest steps first — one course before two modules") {
    // B 级 20 → 10 remaining: the 30-hour course (1 step) or 2 × 5 modules (2 steps).
    const Json result = evaluated(person({language_exam("2017-04-15", "B", 63)}));
    const std::string text = suggestion(result, 2017, "public");
    CHECK(contains(text, "再通过2个计算机应用能力考试模块（各5学时）"));
    CHECK(contains(text, "公需科目网上培训"));
    CHECK(text.find("公需科目网上培训") < text.find("模块"));
    CHECK_FALSE(contains(text, "职称外语"));  // one exam a year already counted
}

TEST_CASE("suggestions: a 5-hour gap offers one module first, and the smallest exam level that closes it") {
    // 模块 5 × 5 = 25 → 5 remaining: 1 module, or the course, or 职称外语 C 级 (10 ≥ 5).
    Json records = Json::array();
    for (int i = 1; i <= 5; ++i) records.push_back(computer_module("2017-03-01", "模块" + std::to_string(i)));
    const std::string text = suggestion(evaluated(person(records)), 2017, "public");
    CHECK(text.find("再通过1个") < text.find("公需科目网上培训"));
    CHECK(contains(text, "职称外语考试C级"));
}

TEST_CASE("suggestions: modules are not offered past the yearly cap") {
    Json records = Json::array();
    for (int i = 1; i <= 5; ++i) records.push_back(computer_module("2017-03-01", "模块" + std::to_string(i)));
    // 25 of 30 from modules: one more module closes it.
    CHECK(contains(suggestion(evaluated(person(records)), 2017, "public"), "再通过1个"));
    records.erase(records.begin());  // 20 hours, 10 to go: still within the cap
    CHECK(contains(suggestion(evaluated(person(records)), 2017, "public"), "再通过2个"));
}

TEST_CASE("suggestions: make-up years point to the make-up course and the 2017 surplus") {
    const Json result = evaluated(person(Json::array()));
    CHECK(contains(suggestion(result, 2015, "public"), "2015年度公需科目补修"));
    CHECK(contains(suggestion(result, 2016, "professional"), "超出60学时的部分"));
}

TEST_CASE("suggestions: a county person's professional make-up points to the county rules") {
    const Json result = evaluated(person(Json::array(), "county"));
    CHECK(contains(suggestion(result, 2015, "professional"), "县区"));
}

TEST_CASE("suggestions: none for a complete or a closed year") {
    const Json result = evaluated(person({public_course("2017-03-01", 2017), professional("special_training", "2017-05-01", 60)},
                                         "city", "2018-02-01"));
    CHECK(result.at("suggestions").empty());
}
