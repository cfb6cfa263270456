// describe(pack) and the record reader share one table (vocabulary.hpp): what
// describe lists is what the reader accepts, and what a pack adds (a level,
// an affiliation) is both described and read with no change to the core.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cehours.hpp"
#include "evaluate_helpers.hpp"
#include "vocabulary.hpp"

using namespace cehours;
using namespace cehours::test;

namespace {

Json described(const std::string& pack) { return Json::parse(describe_json(pack)); }

std::vector<std::string> ids(const Json& list) {
    std::vector<std::string> out;
    for (const auto& entry : list) out.push_back(entry.at("id"));
    return out;
}

const Json& field_of(const Json& description, const std::string& kind, const std::string& name) {
    for (const auto& entry : description.at("kinds")) {
        if (entry.at("id") != kind) continue;
        for (const auto& field : entry.at("fields")) {
            if (field.at("name") == name) return field;
        }
    }
    FAIL("no field " << name << " in kind " << kind);
    static const Json none;
    return none;
}

// A plausible value for each type, so a record can carry every field it may.
Json sample_value(const Json& field) {
    const std::string type = field.at("type");
    if (type == "date") return "2017-05-01";
    if (type == "decimal" || type == "integer") return field.at("min");
    if (type == "year") return 2017;
    if (type == "flag") return true;
    if (type == "choice") return field.at("options").at(0).at("id");
    return "文字";
}

}  // namespace

TEST_CASE("describe: the 2017 pack's kinds, in the table's order, with the pack's names and clauses") {
    const Json description = described(linyi_2017_pack());
    REQUIRE(description.at("ok") == true);
    std::vector<std::string> table;
    for (const auto& def : record_kinds()) table.emplace_back(def.id);
    CHECK(ids(description.at("kinds")) == table);
    CHECK(description.at("kinds").at(1).at("name") == "计算机应用能力考试");
    CHECK(description.at("kinds").at(1).at("clause") == "二（一）1");
    CHECK(ids(field_of(description, "language_exam", "level").at("options")) == std::vector<std::string>{"A", "B", "C"});
    CHECK(ids(description.at("affiliations")) == std::vector<std::string>{"city", "county"});
    CHECK(description.at("years").size() == 3);
    CHECK(description.at("limits").at("document_bytes") == 1024 * 1024);
    const Json& hours = field_of(description, "special_training", "hours");
    CHECK(hours.at("required") == true);
    CHECK(hours.at("min") == 0.1);
    CHECK(hours.at("max") == 500);
    CHECK(hours.at("unit") == "学时");
}

TEST_CASE("describe: a refused pack gives the error document") {
    const Json description = described("{\"format\": 1}");
    CHECK(description.at("ok") == false);
    CHECK_FALSE(description.at("errors").empty());
}

TEST_CASE("the reader accepts every field describe lists, and requires the required ones") {
    const Json description = described(linyi_2017_pack());
    for (const auto& kind : description.at("kinds")) {
        CAPTURE(kind.at("id"));
        Json record = {{"kind", kind.at("id")}};
        for (const auto& field : kind.at("fields")) record[field.at("name").get<std::string>()] = sample_value(field);
        const Json full = evaluate_document(person({record}));
        INFO(full.dump());
        CHECK(full.at("ok") == true);
        for (const auto& field : kind.at("fields")) {
            if (field.at("required") != true) continue;
            Json missing = record;
            missing.erase(field.at("name").get<std::string>());
            const Json refused = evaluate_document(person({missing}));
            CHECK(refused.at("errors").at(0).at("code") == "missing_field");
            CHECK(refused.at("errors").at(0).at("path") == "records[0]." + field.at("name").get<std::string>());
        }
    }
}

TEST_CASE("describe: the profile's fields are the ones the reader reads, with the bounds it holds since to") {
    const Json description = described(linyi_2017_pack());
    const Json& fields = description.at("profile").at("fields");
    REQUIRE(fields.size() == 2);
    CHECK(fields.at(0).at("name") == "affiliation");
    CHECK(ids(fields.at(0).at("options")) == ids(description.at("affiliations")));
    const Json& since = fields.at(1);
    CHECK(since.at("name") == "since");
    CHECK(since.at("type") == "integer");
    CHECK(since.at("required") == false);
    auto with_since = [](const Json& year) {
        Json document = person(Json::array());
        document["profile"]["since"] = year;
        return evaluate_document(document);
    };
    CHECK(with_since(since.at("min")).at("ok") == true);
    const Json below = with_since(since.at("min").get<int>() - 1);
    CHECK(below.at("errors").at(0).at("code") == "since_out_of_range");
    CHECK(below.at("errors").at(0).at("path") == "profile.since");
    // The described max is the outer bound; the reader also refuses a year after as_of's (四).
    CHECK(with_since(since.at("max")).at("errors").at(0).at("code") == "since_out_of_range");
    Json unknown = person(Json::array());
    unknown["profile"]["sice"] = 2016;
    CHECK(evaluate_document(unknown).at("errors").at(0).at("code") == "unknown_field");
}

TEST_CASE("a pack adding a language level and an affiliation: described and read with no change to the core") {
    Json pack = Json::parse(linyi_2017_pack());
    pack["language_exam"]["hours_by_level"]["D"] = {{"value", 5}, {"unit", "学时"}, {"clause", "二（一）1"}, {"quote", "C级计10学时"}};
    pack["affiliations"]["enterprise"] = {{"name", "驻临企业"}};
    const std::string text = pack.dump();
    const Json description = described(text);
    CHECK(ids(field_of(description, "language_exam", "level").at("options")).back() == "D");
    CHECK(ids(description.at("affiliations")).back() == "enterprise");
    const Json result = evaluated(person({{{"kind", "language_exam"}, {"date", "2017-04-08"}, {"level", "D"}, {"score", 70}}},
                                         "enterprise"),
                                  text);
    CHECK(earned(result, 2017, "public") == 5);
}

TEST_CASE("the 2018 example pack: one current year, no make-up section") {
    const std::string pack = source_file("tests/packs/example-2018-no-make-up.json");
    const Json description = described(pack);
    REQUIRE(description.at("ok") == true);
    REQUIRE(description.at("years").size() == 1);
    CHECK(description.at("years").at(0).at("role") == "current");
    const Json result = Json::parse(evaluate_json(
        person({{{"kind", "special_training"}, {"date", "2018-05-01"}, {"hours", 45}}}, "city", "2018-11-26").dump(), pack,
        kToday));
    REQUIRE(result.at("ok") == true);
    CHECK(remaining(result, 2018, "professional") == 15);
}

TEST_CASE("a pack with a make-up year still needs its make_up section") {
    Json pack = Json::parse(linyi_2017_pack());
    pack.erase("make_up");
    const Json description = described(pack.dump());
    REQUIRE(description.at("ok") == false);
    CHECK(description.at("errors").at(0).at("path") == "rules.make_up");
    CHECK(description.at("errors").at(0).at("code") == "missing_field");
}
