// The warnings and readings around make-up, the last deadline and the year a
// person became a 专业技术人员, each named after its clause.
#include <doctest/doctest.h>

#include <string>

#include "evaluate_helpers.hpp"

using namespace cehours;
using namespace cehours::test;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string warning_text(const Json& result, std::size_t record, const std::string& code) {
    for (const auto& warning : result.at("warnings")) {
        if (warning.contains("record") && warning.at("record") == record && warning.at("code") == code) return warning.at("text");
    }
    return "";
}

// The pack entry at a JSON pointer, and the note it points at.
std::string note_of(const std::string& pointer) {
    const Json pack = Json::parse(std::string(default_rule_pack()));
    const Json& entry = pack.at(Json::json_pointer(pointer));
    return entry.contains("note") ? entry.at("note").get<std::string>() : "";
}

const Json* note_in_result(const Json& result, const std::string& id) {
    for (const auto& note : result.at("notes")) {
        if (note.at("id") == id) return &note;
    }
    return nullptr;
}

}  // namespace

TEST_SUITE("四（一） 已完成年度可以不再补修") {
    TEST_CASE("四（一）: a make-up course for a year whose public hours were already met is warned") {
        // 2015 公需类已登记 30；补修 2015 课题 30 → 不计它也已达标
        const Json result = evaluated(person({registered(2015, "public", 30), public_course("2017-03-01", 2015)}));
        CHECK(has_warning(result, 1, "make_up_not_needed"));
        CHECK(contains(warning_text(result, 1, "make_up_not_needed"), "2015年度公需类学时不计本条补修也已达标"));
        // Needed: no warning.
        const Json needed = evaluated(person({registered(2015, "public", 10), public_course("2017-03-01", 2015)}));
        CHECK_FALSE(has_warning(needed, 1, "make_up_not_needed"));
    }
}

TEST_SUITE("四（二） 专业类学时未达到60学时的才补修") {
    TEST_CASE("四（二）: professional make-up for a year already at 60 is warned; one that was needed is not") {
        const Json result = evaluated(person({registered(2016, "professional", 60), professional("special_training", "2017-03-01", 20, 2016)}));
        CHECK(has_warning(result, 1, "make_up_not_needed"));
        const Json needed = evaluated(person({registered(2016, "professional", 50), professional("special_training", "2017-03-01", 20, 2016)}));
        CHECK_FALSE(has_warning(needed, 1, "make_up_not_needed"));
    }

    TEST_CASE("四（二）: explicit make-up counts while 2017 is incomplete — a reading, shown as a note") {
        // 2017 未达标，注明补修 2016 的 20 学时仍计入 2016
        const Json result = evaluated(person({professional("special_training", "2017-03-01", 20, 2016)}));
        CHECK(earned(result, 2016, "professional") == 20);
        CHECK(note_of("/make_up/professional_affiliations") == "make_up_while_current_open");
        CHECK(note_in_result(result, "make_up_while_current_open") != nullptr);
    }
}

TEST_SUITE("四 补修截止到2017年12月31日") {
    TEST_CASE("四: a record dated after the last deadline can never count, and says so (not 暂不计入)") {
        const Json result = evaluated(person({professional("special_training", "2018-01-05", 20, 2016)}));
        CHECK(has_warning(result, 0, "after_deadline"));
        const std::string text = warning_text(result, 0, "after_deadline");
        CHECK(contains(text, "晚于补修截止日期（2017-12-31），不能计入"));
        CHECK_FALSE(contains(text, "暂不计入"));
    }

    TEST_CASE("四: a record dated later this year, before the deadline, is still 暂不计入") {
        const Json result = evaluated(person({professional("special_training", "2017-12-20", 20)}));
        CHECK(has_warning(result, 0, "after_as_of"));
    }
}

TEST_SUITE("四 补修是为耽误了2015、2016年度的专业技术人员安排的（since）") {
    TEST_CASE("四: years before profile.since are not_required and ask for nothing") {
        Json document = person({public_course("2017-03-01", 2017), professional("special_training", "2017-06-01", 60)});
        document["profile"]["since"] = 2017;
        const Json result = evaluated(document);
        for (int year : {2015, 2016}) {
            CAPTURE(year);
            CHECK(year_of(result, year).at("status") == "not_required");
            CHECK(remaining(result, year, "public") == 0);
            CHECK(remaining(result, year, "professional") == 0);
        }
        CHECK(result.at("profile").at("since") == 2017);
        CHECK(result.at("plan").at("total_hours") == 0);
        CHECK(note_of("/years/0") == "since_not_required");
        CHECK(note_in_result(result, "since_not_required") != nullptr);
    }

    TEST_CASE("四: without since every year is required") {
        const Json result = evaluated(person(Json::array()));
        CHECK(year_of(result, 2015).at("status") == "open");
        CHECK_FALSE(result.at("profile").contains("since"));
    }

    TEST_CASE("四: since after the as_of year is refused, naming the field") {
        Json document = person(Json::array());
        document["profile"]["since"] = 2018;
        const Json error = first_error(document);
        CHECK(error.at("path") == "profile.since");
        CHECK(error.at("code") == "since_out_of_range");
    }
}

TEST_SUITE("二（一）1 readings the program makes, shown beside the figures") {
    TEST_CASE("二（一）1: the same module passed in two years counts in each year") {
        const Json result = evaluated(person({computer_module("2016-05-01", "Word 2007"), computer_module("2017-05-01", "Word 2007")}));
        CHECK(earned(result, 2016, "public") == 5);
        CHECK(earned(result, 2017, "public") == 5);
        CHECK(note_of("/computer_module/hours_per_module") == "same_module_each_year");
    }

    TEST_CASE("二（一）1: the module cap is read per year") {
        Json records = Json::array();
        for (int i = 0; i < 6; ++i) records.push_back(computer_module("2016-05-01", "模块" + std::to_string(i)));
        for (int i = 0; i < 6; ++i) records.push_back(computer_module("2017-05-01", "模块" + std::to_string(i)));
        const Json result = evaluated(person(records));
        CHECK(earned(result, 2016, "public") == 30);
        CHECK(earned(result, 2017, "public") == 30);
        CHECK(note_of("/computer_module/cap_per_year") == "module_cap_per_year");
    }

    TEST_CASE("二（一）1: 2015/2016 exam hours count although the clause names 2017") {
        const Json result = evaluated(person({language_exam("2015-04-01", "C", 70), computer_module("2016-05-01", "Word")}));
        CHECK(earned(result, 2015, "public") == 10);
        CHECK(earned(result, 2016, "public") == 5);
        CHECK(note_of("/record_kinds/language_exam") == "exam_hours_in_make_up_years");
        CHECK(note_of("/record_kinds/computer_module") == "exam_hours_in_make_up_years");
    }
}
