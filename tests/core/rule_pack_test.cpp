// The rule pack is data: it replaces the built-in one, and a pack that lacks
// a citation or contradicts itself is refused with the path of the problem.
#include <doctest/doctest.h>

#include <string>

#include "evaluate_helpers.hpp"
#include "rule_pack.hpp"

using namespace cehours;
using namespace cehours::test;

namespace {

Json default_pack() { return Json::parse(linyi_2017_pack()); }

// Evaluates an empty person against `pack` and returns the result.
Json with_pack(const Json& pack) { return evaluate_document(person(Json::array()), pack.dump()); }

void check_refused(const Json& pack, const std::string& path, const std::string& code) {
    const Json result = with_pack(pack);
    INFO(result.dump());
    REQUIRE(result.at("ok") == false);
    bool found = false;
    for (const auto& error : result.at("errors")) found = found || (error.at("path") == path && error.at("code") == code);
    CHECK(found);
}

}  // namespace

TEST_CASE("pack: the built-in pack is valid and names its notice") {
    const Json result = evaluated(person(Json::array()));
    CHECK(result.at("rules").at("id") == "linyi-2017");
    CHECK(result.at("rules").at("document") == "临人社办发〔2017〕58号");
    CHECK_FALSE(result.at("notes").empty());
}

TEST_CASE("pack: every figure in the built-in pack carries a clause and a quote") {
    Errors errors;
    const auto pack = read_rule_pack(default_pack(), errors);
    REQUIRE(pack.has_value());
    CHECK(errors.empty());
    for (const Citation* cite : {&pack->public_required.cite, &pack->professional_required.cite, &pack->module_hours.cite,
                                 &pack->module_cap_per_year.cite, &pack->public_course_hours.cite,
                                 &pack->language_pass_score.cite, &pack->make_up_dated_from.cite,
                                 &pack->surplus_order.cite}) {
        CHECK_FALSE(cite->clause.empty());
        CHECK_FALSE(cite->quote.empty());
    }
}

TEST_CASE("pack: another pack replaces the built-in figures without a new build") {
    Json pack = default_pack();
    pack["id"] = "example-2017-public-40";
    pack["requirements"]["public"]["value"] = 40;
    pack["requirements"]["total"]["value"] = 100;
    const Json result = evaluated(person({public_course("2017-05-01", 2017)}), pack.dump());
    CHECK(result.at("rules").at("id") == "example-2017-public-40");
    CHECK(remaining(result, 2017, "public") == 10);
}

TEST_CASE("pack: a pack that is not JSON is refused under the path rules") {
    const Json result = Json::parse(evaluate_json("{}", "{not json", kToday));
    REQUIRE(result.at("ok") == false);
    CHECK(result.at("errors").at(0).at("path") == "rules");
    CHECK(result.at("errors").at(0).at("code") == "json_syntax");
}

TEST_CASE("pack: missing citation") {
    Json pack = default_pack();
    pack["computer_module"]["cap_per_year"].erase("clause");
    check_refused(pack, "rules.computer_module.cap_per_year.clause", "missing_citation");
}

TEST_CASE("pack: a quote that is not part of its clause") {
    Json pack = default_pack();
    pack["language_exam"]["hours_by_level"]["A"]["quote"] = "A级计40学时";
    check_refused(pack, "rules.language_exam.hours_by_level.A.quote", "quote_not_in_clause");
}

TEST_CASE("pack: a clause that the pack does not define") {
    Json pack = default_pack();
    pack["public_course"]["hours"]["clause"] = "五";
    check_refused(pack, "rules.public_course.hours.clause", "unknown_clause");
}

TEST_CASE("pack: totals that do not add up") {
    Json pack = default_pack();
    pack["requirements"]["professional"]["value"] = 50;
    check_refused(pack, "rules.requirements.total.value", "inconsistent");
}

TEST_CASE("pack: negative or zero hours") {
    Json pack = default_pack();
    pack["computer_module"]["hours_per_module"]["value"] = -5;
    check_refused(pack, "rules.computer_module.hours_per_module.value", "value_not_positive");
}

TEST_CASE("pack: years out of order, or two current years") {
    Json pack = default_pack();
    std::swap(pack["years"][0], pack["years"][1]);
    check_refused(pack, "rules.years[1].year", "overlapping_dates");
    pack = default_pack();
    pack["years"][0]["role"] = "current";
    check_refused(pack, "rules.years", "inconsistent");
}

TEST_CASE("pack: an unknown field is refused rather than ignored") {
    Json pack = default_pack();
    pack["computer_module"]["cap_per_yaer"] = pack["computer_module"]["cap_per_year"];
    check_refused(pack, "rules.computer_module.cap_per_yaer", "unknown_field");
}

TEST_CASE("pack: a surplus order naming a year that is not a make-up year") {
    Json pack = default_pack();
    pack["make_up"]["surplus_order"]["value"] = Json::array({2015, 2017});
    check_refused(pack, "rules.make_up.surplus_order.value", "invalid_choice");
}
