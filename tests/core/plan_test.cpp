// The plan: the least additional hours that complete every open year, each
// test named after the clause whose arithmetic it checks.
#include <doctest/doctest.h>

#include <string>

#include "../packs/pack_test_helpers.hpp"
#include "evaluate_helpers.hpp"

using namespace cehours;
using namespace cehours::test;

namespace {

const Json& plan_of(const Json& result) { return result.at("plan"); }

double total(const Json& result) { return plan_of(result).at("total_hours").get<double>(); }

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The built-in pack with a JSON Patch (RFC 6902) from tests/packs/ applied.
std::string patched_pack(const std::string& patch_file) {
    Json pack = Json::parse(std::string(default_rule_pack()));
    return pack.patch(source_json("tests/packs/" + patch_file)).dump();
}

// The built-in pack with one figure replaced.
std::string pack_with(const std::string& pointer, const Json& value) {
    Json pack = Json::parse(std::string(default_rule_pack()));
    pack[Json::json_pointer(pointer)] = value;
    return pack.dump();
}

// 2015 done, 2016 short of 20 professional, 2017: Word, B 66, 70 professional.
Json word_b66_person() {
    return person({registered(2015, "public", 30), registered(2015, "professional", 60), registered(2016, "public", 30),
                   registered(2016, "professional", 40), computer_module("2017-03-18", "Word 2007中文字处理"),
                   language_exam("2017-04-08", "B", 66), professional("professional_course", "2017-06-01", 70)});
}

}  // namespace

TEST_SUITE("四（二） 本年度达标后，专业类超出部分补入往年") {
    TEST_CASE("四（二）: one module completes 2017, its 10 surplus hours move to 2016, 10 more close 2016: 15 in all") {
        // 2017 公需类 5 + 20 = 25 → 1 模块 5；专业类 70 − 60 = 10 待补入 2016；2016 专业类 60 − 40 − 10 = 10
        const Json result = evaluated(word_b66_person());
        CHECK(year_of(result, 2016).at("professional").at("awaiting") == 10);
        CHECK(year_of(result, 2015).at("professional").at("awaiting") == 0);
        CHECK(total(result) == 15);
        const Json& steps = plan_of(result).at("steps");
        REQUIRE(steps.size() == 2);
        CHECK(steps[0].at("action") == "computer_module");
        CHECK(steps[0].at("year") == 2017);
        CHECK(steps[0].at("count") == 1);
        CHECK(steps[0].at("hours") == 5);
        CHECK(steps[0].at("clause") == "二（一）1");
        CHECK(contains(steps[0].at("text"), "2017年度达标，专业类超出的10学时补入2016年度"));
        CHECK(steps[1].at("action") == "professional_hours");
        CHECK(steps[1].at("year") == 2016);
        CHECK(steps[1].at("hours") == 10);
        CHECK(steps[1].at("clause") == "四（二）");
        CHECK(plan_of(result).at("unreachable").empty());
    }

    TEST_CASE("四（二）: a surplus shared by two years is named year by year") {
        // 2017 公需类 25，专业类 100：超出 40 → 2015 补 40（差 60，2015 先补），2016 不变
        // 2015 专业类 40 → 差 20，全由超出部分补足；2016 专业类 40 → 差 20，超出部分剩 20
        const Json result = evaluated(person({registered(2015, "public", 30), registered(2015, "professional", 40),
                                              registered(2016, "public", 30), registered(2016, "professional", 40),
                                              language_exam("2017-04-08", "B", 66), computer_module("2017-03-18", "Word"),
                                              professional("special_training", "2017-06-01", 100)}));
        CHECK(year_of(result, 2015).at("professional").at("awaiting") == 20);
        CHECK(year_of(result, 2016).at("professional").at("awaiting") == 20);
        CHECK(total(result) == 5);
        CHECK(contains(plan_of(result).at("steps").at(0).at("text"), "补入2015年度20学时、2016年度20学时"));
    }

    TEST_CASE("四（二）: a receiver whose make-up deadline has passed is promised nothing, the next only what would reach it") {
        // 2015 的补修截止改为 2017-06-30。2017 专业类 100 − 60 = 40 超出，公需类未达标，待补入：
        // 按先 2015 后 2016，2015 差 20 占去 20（已截止，不许诺：0），2016 得其余 40 − 20 = 20
        const std::string pack = pack_with("/years/0/deadline/value", "2017-06-30");
        const Json result = evaluated(person({registered(2015, "professional", 40), professional("professional_course", "2017-05-20", 100)}),
                                      pack);
        CHECK(year_of(result, 2015).at("status") == "closed");
        CHECK(year_of(result, 2015).at("professional").at("awaiting") == 0);
        CHECK(year_of(result, 2016).at("professional").at("awaiting") == 20);
        bool released = false;
        for (const auto& step : plan_of(result).at("steps")) released = released || contains(step.at("text"), "超出的20学时补入2016年度");
        CHECK(released);
    }

    TEST_CASE("四（二）: a county person's surplus awaits no year (the transfer is for 市属专业技术人员)") {
        const Json result = evaluated(person({registered(2016, "professional", 40), professional("special_training", "2017-06-01", 80)},
                                             "county"));
        CHECK(year_of(result, 2016).at("professional").at("awaiting") == 0);
    }

    TEST_CASE("四（二）: hours are planned in tenths, exactly") {
        // 专业类 59.5 → 0.5
        const Json result = evaluated(person({public_course("2017-03-01", 2017), professional("special_training", "2017-06-01", 59.5),
                                              registered(2015, "public", 30), registered(2015, "professional", 60),
                                              registered(2016, "public", 30), registered(2016, "professional", 60)}));
        CHECK(total(result) == 0.5);
        CHECK(plan_of(result).at("steps").at(0).at("hours") == 0.5);
    }
}

TEST_SUITE("四（二） 县区专业技术人员专业科目的补修按县区规定") {
    TEST_CASE("四（二）: a county person's 2015/2016 professional make-up is unreachable, not in the total") {
        // 县区：2017 公需 30 + 专业 60 = 90；2015、2016 公需补修各 30；专业类补修按县区规定
        const Json result = evaluated(person(Json::array(), "county"));
        CHECK(total(result) == 90 + 30 + 30);
        const Json& unreachable = plan_of(result).at("unreachable");
        REQUIRE(unreachable.size() == 2);
        for (const auto& gap : unreachable) {
            CHECK(gap.at("category") == "professional");
            CHECK(gap.at("reason") == "county_professional");
            CHECK(contains(gap.at("text"), "按县区人力资源和社会保障部门的规定执行"));
        }
    }
}

TEST_SUITE("四 补修截止到2017年12月31日") {
    TEST_CASE("四: after the deadline every gap is unreachable and the plan asks for nothing") {
        const Json result = evaluated(person(Json::array(), "city", "2018-01-02"));
        CHECK(total(result) == 0);
        CHECK(plan_of(result).at("steps").empty());
        CHECK(plan_of(result).at("unreachable").size() == 6);
        CHECK(plan_of(result).at("unreachable").at(0).at("reason") == "closed");
    }

    TEST_CASE("四: a complete person has an empty plan") {
        const Json result = evaluated(person({registered(2015, "public", 30), registered(2015, "professional", 60),
                                              registered(2016, "public", 30), registered(2016, "professional", 60),
                                              public_course("2017-03-01", 2017), professional("special_training", "2017-06-01", 60)}));
        CHECK(total(result) == 0);
        CHECK(plan_of(result).at("steps").empty());
        CHECK(plan_of(result).at("unreachable").empty());
    }
}

TEST_SUITE("四（一） 公需科目的补修：每个补修年度一个课题") {
    TEST_CASE("四（一）: a make-up year short of public hours gets one make-up course, never modules") {
        // 2015 公需类登记 25：模块当年度有效，补修只能选 2015 年的补修课题（30 学时）
        const Json result = evaluated(person({registered(2015, "public", 25), registered(2015, "professional", 60),
                                              registered(2016, "public", 30), registered(2016, "professional", 60),
                                              public_course("2017-03-01", 2017), professional("special_training", "2017-06-01", 60)}));
        CHECK(total(result) == 30);
        const Json& step = plan_of(result).at("steps").at(0);
        CHECK(step.at("action") == "make_up_public_course");
        CHECK(step.at("year") == 2015);
        CHECK(step.at("clause") == "四（一）");
    }
}

TEST_SUITE("二（一）1 计算机应用能力考试：每个模块5学时，每年累计不超过30学时") {
    TEST_CASE("二（一）1: the fewest hours, then the fewest actions: one module for a 5-hour gap") {
        Json records = {registered(2015, "public", 30), registered(2015, "professional", 60), registered(2016, "public", 30),
                        registered(2016, "professional", 60), professional("special_training", "2017-06-01", 60)};
        for (int i = 1; i <= 5; ++i) records.push_back(computer_module("2017-03-01", "模块" + std::to_string(i)));
        const Json result = evaluated(person(records));
        CHECK(total(result) == 5);
        CHECK(plan_of(result).at("steps").at(0).at("action") == "computer_module");
    }

    TEST_CASE("二（一）1: the course, not six modules, for a 30-hour gap (same hours, one action)") {
        const Json result = evaluated(person({registered(2015, "public", 30), registered(2015, "professional", 60),
                                              registered(2016, "public", 30), registered(2016, "professional", 60),
                                              professional("special_training", "2017-06-01", 60)}));
        CHECK(total(result) == 30);
        CHECK(plan_of(result).at("steps").at(0).at("action") == "public_course");
        CHECK(plan_of(result).at("steps").at(0).at("clause") == "二（一）2");
    }

    TEST_CASE("二（一）1: no module past the yearly cap") {
        // 上限改为 20：已有 3 个模块 15 学时，只剩 1 个模块 5 学时，差 15 → 公需科目 30
        const std::string pack = pack_with("/computer_module/cap_per_year/value", 20);
        const Json result = evaluated(person({registered(2015, "public", 30), registered(2015, "professional", 60),
                                              registered(2016, "public", 30), registered(2016, "professional", 60),
                                              professional("special_training", "2017-06-01", 60),
                                              computer_module("2017-03-01", "Word"), computer_module("2017-03-01", "Excel"),
                                              computer_module("2017-03-01", "PowerPoint")}),
                                      pack);
        CHECK(remaining(result, 2017, "public") == 15);
        CHECK(total(result) == 30);
        CHECK(plan_of(result).at("steps").at(0).at("action") == "public_course");
    }
}

TEST_SUITE("二（一）1 职称外语考试：每年一次，只在规则包给出的考试日期之前") {
    Json short_of_ten(const char* as_of, Json extra = Json::array()) {
        // 2017 公需类 4 个模块 20 → 差 10
        Json records = {registered(2015, "public", 30), registered(2015, "professional", 60), registered(2016, "public", 30),
                        registered(2016, "professional", 60), professional("special_training", "2017-06-01", 60)};
        for (int i = 1; i <= 4; ++i) records.push_back(computer_module("2017-03-01", "模块" + std::to_string(i)));
        for (auto& record : extra) records.push_back(record);
        return person(records, "city", as_of);
    }

    TEST_CASE("二（一）1: the Linyi pack gives no sitting date, so its plan never has a language exam") {
        const Json result = evaluated(short_of_ten("2017-11-26"));
        CHECK(total(result) == 10);
        for (const auto& step : plan_of(result).at("steps")) CHECK(step.at("action") != "language_exam");
    }

    TEST_CASE("二（一）1: with a sitting still ahead, C level (10 hours, one exam) beats two modules") {
        const std::string pack = patched_pack("linyi-2017-with-exam-sitting.patch.json");
        const Json result = evaluated(short_of_ten("2017-11-26"), pack);
        CHECK(total(result) == 10);
        const Json& step = plan_of(result).at("steps").at(0);
        CHECK(step.at("action") == "language_exam");
        CHECK(step.at("level") == "C");
        CHECK(contains(step.at("text"), "2017年12月9日"));
    }

    TEST_CASE("二（一）1: not once the sitting has passed, nor when this year's exam is already recorded (even failed)") {
        const std::string pack = patched_pack("linyi-2017-with-exam-sitting.patch.json");
        const Json passed_date = evaluated(short_of_ten("2017-12-10"), pack);
        CHECK(plan_of(passed_date).at("steps").at(0).at("action") == "computer_module");
        const Json failed = evaluated(short_of_ten("2017-11-26", {language_exam("2017-04-08", "A", 40)}), pack);
        CHECK(plan_of(failed).at("steps").at(0).at("action") == "computer_module");
        CHECK(plan_of(failed).at("steps").at(0).at("count") == 2);
    }
}
