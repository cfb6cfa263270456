// 二（二）3: conversion tables as pack data. The notice defers the table to
// 临人社办发〔2016〕55号, so these tests use the clearly labelled EXAMPLE pack
// (tests/packs/example-with-conversion-table.json), never Linyi's real table.
#include <doctest/doctest.h>

#include <string>

#include "../packs/pack_test_helpers.hpp"
#include "cehours.hpp"
#include "rule_pack.hpp"

namespace {

using cehours::Json;
using cehours::test::kExamplePack;
using cehours::test::source_json;

Json person(Json records, const std::string& affiliation = "city") {
    return {{"as_of", "2017-11-26"}, {"profile", {{"affiliation", affiliation}}}, {"records", std::move(records)}};
}

Json converted(const std::string& item, Json fields) {
    Json record = {{"kind", "converted"}, {"date", "2017-09-01"}, {"item", item}};
    record.update(fields);
    return record;
}

Json evaluate_with(const Json& pack, const Json& document) {
    return Json::parse(cehours::evaluate_json(document.dump(), pack.dump(), "2017-11-26"));
}

double remaining_professional(const Json& result, int year) {
    for (const Json& entry : result.at("years")) {
        if (entry.at("year") == year) return entry.at("professional").at("remaining").get<double>();
    }
    FAIL("no year " << year);
    return -1;
}

bool has_error(const Json& result, const std::string& path, const std::string& code) {
    if (result.at("ok") == true) return false;
    for (const Json& error : result.at("errors")) {
        if (error.at("path") == path && error.at("code") == code) return true;
    }
    return false;
}

bool pack_refused_with(const Json& pack, const std::string& path, const std::string& code) {
    cehours::Errors errors;
    const auto read = cehours::read_rule_pack(pack, errors);
    for (const auto& error : errors) {
        if (error.path == path && error.code == code) return !read;
    }
    return false;
}

}  // namespace

TEST_CASE("二（二）3 per_unit: 每天 8 × 3.5 天 = 28; 60 − 28 = 32") {
    const Json result = evaluate_with(source_json(kExamplePack), person({converted("training_days", {{"quantity", 3.5}})}));
    REQUIRE(result.at("ok") == true);
    CHECK(remaining_professional(result, 2017) == 32);
    CHECK(result.at("lines").at(0).at("clause") == "示例折算表");
}

TEST_CASE("二（二）3 per_unit rounds down to a tenth: 2.5 × 1.5 = 3.75 → 3.7") {
    Json pack = source_json(kExamplePack);
    pack["conversion_table"]["items"]["training_days"]["amount"]["value"] = 2.5;
    const Json result = evaluate_with(pack, person({converted("training_days", {{"quantity", 1.5}})}));
    REQUIRE(result.at("ok") == true);
    CHECK(result.at("lines").at(0).at("hours") == 3.7);
}

TEST_CASE("二（二）3 per_item: one item when no quantity is given, 5 × 3 for three") {
    const Json result = evaluate_with(source_json(kExamplePack),
                                      person({converted("self_study", Json::object()), converted("self_study", {{"quantity", 3}})}));
    REQUIRE(result.at("ok") == true);
    CHECK(result.at("lines").at(0).at("hours") == 5);
    CHECK(result.at("lines").at(1).at("hours") == 15);
}

TEST_CASE("二（二）3 by_rank: first author 20, second 10, third 5") {
    const Json result = evaluate_with(source_json(kExamplePack),
                                      person({converted("journal_paper", {{"rank", 1}}), converted("journal_paper", {{"rank", 2}}),
                                              converted("journal_paper", {{"rank", 3}})}));
    REQUIRE(result.at("ok") == true);
    CHECK(remaining_professional(result, 2017) == 60 - 20 - 10 - 5);
}

TEST_CASE("二（二）3 cap_per_year: papers 20 + 20 + 20 capped at 40, warning cap_reached") {
    const Json result = evaluate_with(source_json(kExamplePack),
                                      person({converted("journal_paper", {{"rank", 1}}), converted("journal_paper", {{"rank", 1}}),
                                              converted("journal_paper", {{"rank", 1}})}));
    REQUIRE(result.at("ok") == true);
    CHECK(remaining_professional(result, 2017) == 20);
    REQUIRE(result.at("warnings").size() == 1);
    CHECK(result.at("warnings").at(0).at("code") == "cap_reached");
    CHECK(result.at("warnings").at(0).at("record") == 2);
}

TEST_CASE("二（二）3 per_year: a 2015–2017 project gives 15 to each year; earlier years as make-up (四（二）)") {
    const Json project = converted("research_project", {{"from_year", 2015}, {"to_year", 2017}});
    const Json city = evaluate_with(source_json(kExamplePack), person({project}));
    REQUIRE(city.at("ok") == true);
    CHECK(remaining_professional(city, 2015) == 45);
    CHECK(remaining_professional(city, 2016) == 45);
    CHECK(remaining_professional(city, 2017) == 45);

    const Json county = evaluate_with(source_json(kExamplePack), person({project}, "county"));
    REQUIRE(county.at("ok") == true);
    CHECK(remaining_professional(county, 2015) == 60);
    CHECK(remaining_professional(county, 2017) == 45);
}

TEST_CASE("二（二）3 per_year: project years outside the pack are not counted, with one outside_pack_years") {
    const Json result = evaluate_with(source_json(kExamplePack),
                                      person({converted("research_project", {{"from_year", 2017}, {"to_year", 2018}})}));
    REQUIRE(result.at("ok") == true);
    CHECK(remaining_professional(result, 2017) == 45);
    CHECK(result.at("warnings").at(0).at("code") == "outside_pack_years");

    const Json century = evaluate_with(source_json(kExamplePack),
                                       person({converted("research_project", {{"from_year", 1900}, {"to_year", 2100}})}));
    REQUIRE(century.at("ok") == true);
    CHECK(remaining_professional(century, 2015) == 45);
    CHECK(century.at("warnings").size() == 1);
}

TEST_CASE("二（二）3 without a table certified hours are taken as entered; an item is refused") {
    const Json as_certified = {{"kind", "converted"}, {"date", "2017-03-01"}, {"subtype", "research"}, {"hours", 12.5}};
    const Json result = Json::parse(cehours::evaluate_json(person({as_certified}).dump(), cehours::test::linyi_2017_pack(), "2017-11-26"));
    REQUIRE(result.at("ok") == true);
    CHECK(remaining_professional(result, 2017) == 47.5);

    const Json item = Json::parse(cehours::evaluate_json(person({converted("self_study", Json::object())}).dump(), cehours::test::linyi_2017_pack(), "2017-11-26"));
    CHECK(has_error(item, "records[0].item", "no_conversion_table"));
}

TEST_CASE("conversion records: each problem refused with its path and code") {
    const Json pack = source_json(kExamplePack);
    CHECK(has_error(evaluate_with(pack, person({converted("no_such_item", Json::object())})), "records[0].item", "invalid_choice"));
    CHECK(has_error(evaluate_with(pack, person({converted("journal_paper", {{"rank", 4}})})), "records[0].rank", "rank_out_of_range"));
    CHECK(has_error(evaluate_with(pack, person({converted("journal_paper", Json::object())})), "records[0].rank", "missing_field"));
    CHECK(has_error(evaluate_with(pack, person({converted("training_days", Json::object())})), "records[0].quantity", "missing_field"));
    CHECK(has_error(evaluate_with(pack, person({converted("training_days", {{"quantity", 0}})})), "records[0].quantity",
                    "quantity_not_positive"));
    CHECK(has_error(evaluate_with(pack, person({converted("self_study", {{"hours", 8}})})), "records[0].hours", "unknown_field"));
    CHECK(has_error(evaluate_with(pack, person({converted("self_study", {{"subtype", "research"}})})), "records[0].subtype",
                    "invalid_choice"));
    CHECK(has_error(evaluate_with(pack, person({converted("research_project", {{"from_year", 2017}, {"to_year", 2016}})})),
                    "records[0].to_year", "to_year_before_from_year"));
}

TEST_CASE("conversion tables: a pack is refused with the path and code of each problem") {
    const Json example = source_json(kExamplePack);
    const std::string items = "rules.conversion_table.items.";
    SUBCASE("an amount without a unit: missing_unit") {
        Json pack = example;
        pack["conversion_table"]["items"]["self_study"]["amount"].erase("unit");
        CHECK(pack_refused_with(pack, items + "self_study.amount.unit", "missing_unit"));
    }
    SUBCASE("an amount in days rather than 学时: wrong_unit") {
        Json pack = example;
        pack["conversion_table"]["items"]["self_study"]["amount"]["unit"] = "天";
        CHECK(pack_refused_with(pack, items + "self_study.amount.unit", "wrong_unit"));
    }
    SUBCASE("a rate without what it is per: missing_unit") {
        Json pack = example;
        pack["conversion_table"]["items"]["training_days"].erase("per");
        CHECK(pack_refused_with(pack, items + "training_days.per", "missing_unit"));
    }
    SUBCASE("an unknown method: unknown_rule_type") {
        Json pack = example;
        pack["conversion_table"]["items"]["training_days"]["method"] = "per_hour";
        CHECK(pack_refused_with(pack, items + "training_days.method", "unknown_rule_type"));
    }
    SUBCASE("ranks that rise: inconsistent") {
        Json pack = example;
        pack["conversion_table"]["items"]["journal_paper"]["amounts"][2]["value"] = 15;
        CHECK(pack_refused_with(pack, items + "journal_paper.amounts[2].value", "inconsistent"));
    }
    SUBCASE("a negative amount: value_not_positive") {
        Json pack = example;
        pack["conversion_table"]["items"]["self_study"]["amount"]["value"] = -5;
        CHECK(pack_refused_with(pack, items + "self_study.amount.value", "value_not_positive"));
    }
    SUBCASE("a cap below one item: inconsistent") {
        Json pack = example;
        pack["conversion_table"]["items"]["journal_paper"]["cap_per_year"]["value"] = 10;
        CHECK(pack_refused_with(pack, items + "journal_paper.cap_per_year.value", "inconsistent"));
    }
    SUBCASE("a subtype the pack does not list: invalid_choice") {
        Json pack = example;
        pack["conversion_table"]["items"]["self_study"]["subtype"] = "video";
        CHECK(pack_refused_with(pack, items + "self_study.subtype", "invalid_choice"));
    }
    SUBCASE("an amount without its citation: missing_citation") {
        Json pack = example;
        pack["conversion_table"]["items"]["self_study"]["amount"].erase("clause");
        CHECK(pack_refused_with(pack, items + "self_study.amount.clause", "missing_citation"));
    }
    SUBCASE("an empty table: inconsistent") {
        Json pack = example;
        pack["conversion_table"]["items"] = Json::object();
        CHECK(pack_refused_with(pack, "rules.conversion_table.items", "inconsistent"));
    }
}
