// check_pack: every problem of a pack with its path, then the conformance
// cases that travel with it (static/rules/linyi-2017.cases.json).
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>

#include "../packs/pack_test_helpers.hpp"
#include "cehours.hpp"
#include "check_pack.hpp"

namespace {

using cehours::Json;
using cehours::test::source_file;
using cehours::test::source_json;

bool has_error(const Json& report, const std::string& path, const std::string& code) {
    for (const Json& error : report.at("errors")) {
        if (error.at("path") == path && error.at("code") == code) return true;
    }
    return false;
}

// The report as a tree, to look into.
Json check_pack(std::string_view pack, std::optional<std::string_view> cases) {
    return Json::parse(cehours::check_pack_json(pack, cases));
}

Json one_case(Json expect) {
    Json input = {{"as_of", "2017-11-26"}, {"records", {{{"kind", "public_course"}, {"date", "2017-06-01"}}}}};
    return {{"format", 1},
            {"pack", "linyi-2017"},
            {"cases", {{{"name", "公需科目"}, {"clause", "二（一）2"}, {"why", "30 − 30 = 0"}, {"input", input}, {"expect", expect}}}}};
}

Json check(const Json& cases) {
    return check_pack(source_file("static/rules/linyi-2017.json"), cases.dump());
}

}  // namespace

TEST_CASE("check-pack: the built-in pack is valid and all its conformance cases pass") {
    const Json report = check_pack("", std::nullopt);
    INFO(report.dump(2));
    CHECK(report.at("ok") == true);
    CHECK(report.at("errors").empty());
    CHECK(report.at("cases").size() >= 20);
    CHECK(report.at("failed") == 0);
    CHECK(report.at("pack").at("id") == "linyi-2017");
}

TEST_CASE("check-pack: the shipped cases file is the one built in, minified") {
    const std::string_view built_in = cehours::default_conformance_cases();
    CHECK(Json::parse(built_in) == source_json("static/rules/linyi-2017.cases.json"));
    CHECK(built_in.find('\n') == std::string_view::npos);
    CHECK(built_in.find("\": ") == std::string_view::npos);
}

TEST_CASE("check-pack: the example pack with a conversion table passes its own cases") {
    const Json report = check_pack(source_file(cehours::test::kExamplePack),
                                            source_file("tests/packs/example-with-conversion-table.cases.json"));
    INFO(report.dump(2));
    CHECK(report.at("ok") == true);
}

TEST_CASE("check-pack: a case whose expectation is wrong fails, with the difference in words") {
    const Json report = check(one_case({{"years", {{{"year", 2017}, {"public", 5}, {"professional", 60}, {"status", "open"}}}}}));
    CHECK(report.at("ok") == false);
    CHECK(report.at("failed") == 1);
    const Json& failures = report.at("cases").at(0).at("failures");
    REQUIRE(failures.size() == 1);
    CHECK(failures.at(0) == "2017年度公需类尚差应为5学时，实际为0学时");
}

TEST_CASE("check-pack: expected warnings are compared as a set of codes") {
    CHECK(check(one_case({{"years", {{{"year", 2017}, {"public", 0}, {"professional", 60}}}}, {"warnings", Json::array()}}))
              .at("ok") == true);
    CHECK(check(one_case({{"years", {{{"year", 2017}, {"public", 0}, {"professional", 60}}}}, {"warnings", {"cap_reached"}}}))
              .at("ok") == false);
}

TEST_CASE("check-pack: a case expecting errors fails when the input is accepted") {
    const Json report = check(one_case({{"errors", {{{"path", "as_of"}, {"code", "as_of_outside_pack"}}}}}));
    CHECK(report.at("failed") == 1);
}

TEST_CASE("check-pack: cases written for another pack are refused") {
    Json cases = one_case({{"years", {{{"year", 2017}, {"public", 0}, {"professional", 60}}}}});
    cases["pack"] = "linyi-2018";
    const Json report = check(cases);
    CHECK(has_error(report, "pack", "cases_for_other_pack"));
    CHECK(report.at("cases").empty());
}

TEST_CASE("check-pack: a pack without cases is not proved") {
    const Json report = check_pack(source_file("static/rules/linyi-2017.json"), std::nullopt);
    CHECK(report.at("ok") == false);
    CHECK(has_error(report, "cases", "cases_missing"));
}

TEST_CASE("check-pack: malformed cases are refused with their paths, and none is run") {
    Json cases = one_case({{"years", {{{"year", 2017}, {"public", -1}, {"professional", 60}}}}});
    cases["cases"][0]["input"].erase("as_of");
    cases["cases"][0]["clause"] = "二（一）9";
    const Json report = check(cases);
    CHECK(has_error(report, "cases[0].input.as_of", "missing_field"));
    CHECK(has_error(report, "cases[0].clause", "unknown_clause"));
    CHECK(has_error(report, "cases[0].expect.years[0].public", "public_out_of_range"));
    CHECK(report.at("cases").empty());
}

TEST_CASE("check-pack: a broken pack lists every problem under rules... and runs no case") {
    Json pack = source_json("static/rules/linyi-2017.json");
    pack["requirements"]["total"]["value"] = 100;
    pack["record_kinds"]["video"] = {{"name", "视频"}, {"clause", "二"}, {"quote", "每年累计应不少于90学时"}};
    const Json report = check_pack(pack.dump(), source_file("static/rules/linyi-2017.cases.json"));
    CHECK(report.at("ok") == false);
    CHECK(has_error(report, "rules.requirements.total.value", "inconsistent"));
    CHECK(has_error(report, "rules.record_kinds.video", "unknown_rule_type"));
    CHECK(report.at("pack").is_null());
    CHECK(report.at("cases").empty());
}

TEST_CASE("as_of_outside_pack: a date before the pack's rules began is refused, naming the pack needed") {
    const Json document = {{"as_of", "2014-06-30"}, {"records", Json::array()}};
    const Json result = Json::parse(cehours::evaluate_json(document.dump(), cehours::test::linyi_2017_pack(), "2017-11-26"));
    REQUIRE(result.at("ok") == false);
    const Json& error = result.at("errors").at(0);
    CHECK(error.at("path") == "as_of");
    CHECK(error.at("code") == "as_of_outside_pack");
    CHECK(error.at("message").get<std::string>().find("需要适用于2014年的规则包") != std::string::npos);
}
