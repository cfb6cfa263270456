// Bad input gets a coded Chinese error naming the field — never a crash,
// never a partial result. Each test is named after the error code.
#include <doctest/doctest.h>

#include <string>

#include "evaluate_helpers.hpp"

using namespace cehours;
using namespace cehours::test;

namespace {

Json one_record(Json record) { return person(Json::array({std::move(record)})); }

void check_error(const Json& document, const std::string& path, const std::string& code) {
    const Json error = first_error(document);
    CHECK(error.at("path") == path);
    CHECK(error.at("code") == code);
    CHECK_FALSE(error.at("message").get<std::string>().empty());
}

}  // namespace

TEST_CASE("json_syntax: text that is not JSON") {
    const Json result = Json::parse(evaluate_json("{\"records\": [", cehours::test::linyi_2017_pack(), kToday));
    REQUIRE(result.at("ok") == false);
    CHECK(result.at("errors").at(0).at("code") == "json_syntax");
    CHECK(result.at("errors").at(0).at("message").get<std::string>().find("JSON") != std::string::npos);
}

TEST_CASE("not_object: the document or a record is not an object") {
    check_error(Json::array(), "", "not_object");
    check_error(person({42}), "records[0]", "not_object");
}

TEST_CASE("missing_field: records, and each field a kind needs") {
    check_error(Json::object(), "records", "missing_field");
    check_error(one_record({{"kind", "language_exam"}, {"date", "2017-04-01"}, {"score", 70}}), "records[0].level",
                "missing_field");
    check_error(one_record({{"kind", "professional_course"}, {"date", "2017-04-01"}}), "records[0].hours", "missing_field");
    check_error(one_record({{"kind", "registered"}, {"year", 2017}, {"hours", 3}}), "records[0].category", "missing_field");
    check_error(one_record({{"kind", "computer_module"}, {"module", "Word"}}), "records[0].date", "missing_field");
}

TEST_CASE("missing_field: the message names the field as the form does") {
    const Json error = first_error(one_record({{"kind", "professional_course"}, {"date", "2017-04-01"}}));
    const std::string message = error.at("message");
    CHECK(message.find("第1条记录") != std::string::npos);
    CHECK(message.find("学时") != std::string::npos);
}

TEST_CASE("wrong_type: a string where a number belongs, a number where a date belongs") {
    check_error(one_record({{"kind", "special_training"}, {"date", "2017-04-01"}, {"hours", "12"}}), "records[0].hours",
                "wrong_type");
    check_error(one_record({{"kind", "public_course"}, {"date", "2017-04-01"}, {"passed", "yes"}}), "records[0].passed",
                "wrong_type");
    check_error(one_record({{"kind", "public_course"}, {"date", "2017-04-01"}, {"topic_year", 2016.5}}),
                "records[0].topic_year", "wrong_type");
    check_error(person(Json::object()), "records", "wrong_type");
}

TEST_CASE("invalid_choice: kind, level, category, subtype and affiliation") {
    check_error(one_record({{"kind", "lecture"}}), "records[0].kind", "invalid_choice");
    check_error(one_record(language_exam("2017-04-01", "D", 70)), "records[0].level", "invalid_choice");
    check_error(one_record({{"kind", "registered"}, {"year", 2017}, {"category", "both"}, {"hours", 3}}),
                "records[0].category", "invalid_choice");
    check_error(one_record(converted("2017-04-01", "patent", 3)), "records[0].subtype", "invalid_choice");
    check_error(person(Json::array(), "province"), "profile.affiliation", "invalid_choice");
}

TEST_CASE("invalid_date: not a real calendar day") {
    check_error(one_record(public_course("2017-02-29", 2017)), "records[0].date", "invalid_date");
    check_error(one_record(public_course("2017-6-1", 2017)), "records[0].date", "invalid_date");
    check_error(person(Json::array(), "city", "2017-11-31"), "as_of", "invalid_date");
}

TEST_CASE("hours_not_positive, hours_too_large, hours_too_precise") {
    check_error(one_record(professional("special_training", "2017-04-01", 0)), "records[0].hours", "hours_not_positive");
    check_error(one_record(professional("special_training", "2017-04-01", -3)), "records[0].hours", "hours_not_positive");
    check_error(one_record(professional("special_training", "2017-04-01", 500.1)), "records[0].hours", "hours_too_large");
    check_error(one_record(professional("special_training", "2017-04-01", 1.25)), "records[0].hours", "hours_too_precise");
    CHECK(evaluated(one_record(professional("special_training", "2017-04-01", 500))).at("ok") == true);
}

TEST_CASE("score_out_of_range: a score is 0 to 100") {
    check_error(one_record(language_exam("2017-04-01", "A", 101)), "records[0].score", "score_out_of_range");
    check_error(one_record(language_exam("2017-04-01", "A", -1)), "records[0].score", "score_out_of_range");
}

TEST_CASE("year_out_of_range: years are four-digit") {
    check_error(one_record({{"kind", "registered"}, {"year", 17}, {"category", "public"}, {"hours", 3}}), "records[0].year",
                "year_out_of_range");
    check_error(one_record({{"kind", "converted"}, {"date", "2017-04-01"}, {"subtype", "training"}, {"hours", 3},
                            {"for_year", 20150}}),
                "records[0].for_year", "for_year_out_of_range");
}

TEST_CASE("text_too_long: a title is at most 200 characters, counted as characters, not bytes") {
    std::string title;
    for (int i = 0; i < 200; ++i) title += "学";
    Json record = public_course("2017-04-01", 2017);
    record["title"] = title;
    CHECK(evaluated(one_record(record)).at("ok") == true);
    record["title"] = title + "时";
    check_error(one_record(record), "records[0].title", "text_too_long");
}

TEST_CASE("empty_module: a module needs a name") {
    check_error(one_record(computer_module("2017-04-01", " 　")), "records[0].module", "empty_module");
}

TEST_CASE("unknown_field: a misspelt field is refused, not silently ignored") {
    Json record = computer_module("2017-04-01", "Word");
    record.erase("passed");
    record["pased"] = false;
    check_error(one_record(record), "records[0].pased", "unknown_field");
    Json document = person(Json::array());
    document["asof"] = "2017-01-01";
    check_error(document, "asof", "unknown_field");
}

TEST_CASE("too_many_records: at most 10,000") {
    Json records = Json::array();
    for (int i = 0; i < 10001; ++i) records.push_back(registered(2017, "public", 1));
    check_error(person(records), "records", "too_many_records");
    records.erase(records.begin());
    CHECK(evaluated(person(records)).at("ok") == true);
}

TEST_CASE("every problem is listed, and no partial result is given") {
    const Json result = evaluate_document(person({professional("special_training", "2017-04-01", 0),
                                                  public_course("2017-04-01", 2017),
                                                  language_exam("2017-13-01", "E", 70)}));
    REQUIRE(result.at("ok") == false);
    CHECK_FALSE(result.contains("years"));
    REQUIRE(result.at("errors").size() == 3);
    CHECK(result.at("errors").at(0).at("path") == "records[0].hours");
    CHECK(result.at("errors").at(1).at("path") == "records[2].date");
    CHECK(result.at("errors").at(2).at("path") == "records[2].level");
}
