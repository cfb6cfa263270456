#pragma once
// Small helpers so that each test reads like the clause it checks.
#include <doctest/doctest.h>

#include <string>

#include "../packs/pack_test_helpers.hpp"
#include "cehours.hpp"
#include "json.hpp"

namespace cehours::test {

inline const char* const kToday = "2017-11-26";

// A person's records document: affiliation "city" or "county".
inline Json person(Json records, const std::string& affiliation = "city", const std::string& as_of = kToday) {
    return {{"as_of", as_of}, {"profile", {{"affiliation", affiliation}}}, {"records", std::move(records)}};
}

// `pack`: a rule pack's text; by default the 2017 notice's.
inline Json evaluate_document(const Json& document, const std::string& pack = linyi_2017_pack()) {
    return Json::parse(evaluate_json(document.dump(), pack, kToday));
}

// The result must be ok; returns it.
inline Json evaluated(const Json& document, const std::string& pack = linyi_2017_pack()) {
    Json result = evaluate_document(document, pack);
    INFO(result.dump());
    REQUIRE(result.at("ok") == true);
    return result;
}

inline const Json& year_of(const Json& result, int year) {
    for (const auto& entry : result.at("years")) {
        if (entry.at("year") == year) return entry;
    }
    FAIL("year " << year << " missing from the result");
    static const Json none;
    return none;
}

inline double earned(const Json& result, int year, const char* category) {
    return year_of(result, year).at(category).at("earned").get<double>();
}

inline double remaining(const Json& result, int year, const char* category) {
    return year_of(result, year).at(category).at("remaining").get<double>();
}

// The codes of all warnings about one record.
inline std::vector<std::string> warning_codes(const Json& result, std::size_t record) {
    std::vector<std::string> codes;
    for (const auto& warning : result.at("warnings")) {
        if (warning.contains("record") && warning.at("record") == record) codes.push_back(warning.at("code"));
    }
    return codes;
}

inline bool has_warning(const Json& result, std::size_t record, const std::string& code) {
    const auto codes = warning_codes(result, record);
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

// The first error of an invalid document.
inline Json first_error(const Json& document) {
    Json result = evaluate_document(document);
    INFO(result.dump());
    REQUIRE(result.at("ok") == false);
    REQUIRE(!result.at("errors").empty());
    return result.at("errors").at(0);
}

inline Json language_exam(const std::string& date, const std::string& level, double score, bool national = false) {
    Json record = {{"kind", "language_exam"}, {"date", date}, {"level", level}, {"score", score}};
    if (national) record["national_standard"] = true;
    return record;
}

inline Json computer_module(const std::string& date, const std::string& module, bool passed = true) {
    return {{"kind", "computer_module"}, {"date", date}, {"module", module}, {"passed", passed}};
}

inline Json public_course(const std::string& date, int topic_year, bool passed = true) {
    return {{"kind", "public_course"}, {"date", date}, {"topic_year", topic_year}, {"passed", passed}};
}

inline Json professional(const char* kind, const std::string& date, double hours, int for_year = 0) {
    Json record = {{"kind", kind}, {"date", date}, {"hours", hours}};
    if (for_year != 0) record["for_year"] = for_year;
    return record;
}

inline Json converted(const std::string& date, const std::string& subtype, double hours, int for_year = 0) {
    Json record = {{"kind", "converted"}, {"date", date}, {"subtype", subtype}, {"hours", hours}};
    if (for_year != 0) record["for_year"] = for_year;
    return record;
}

inline Json registered(int year, const std::string& category, double hours) {
    return {{"kind", "registered"}, {"year", year}, {"category", category}, {"hours", hours}};
}

}  // namespace cehours::test
