#include <doctest/doctest.h>

#include <string>

#include "batch.hpp"
#include "batch_columns.hpp"
#include "field_reader.hpp"
#include "json.hpp"
#include "pack_cache.hpp"
#include "utf8.hpp"

using cehours::BatchCheck;
using cehours::Json;

namespace {

const cehours::RulePack& built_in_pack() {
    cehours::Errors errors;
    return *cehours::load_pack("", errors);
}

Json open(BatchCheck& batch, const std::string& csv) { return Json::parse(batch.open(csv, "", "2017-11-26")); }

}  // namespace

TEST_SUITE("batch check (单位批量核查)") {
    TEST_CASE("every column's header is the label a person sees on the form") {
        for (const auto& column : cehours::batch_columns()) {
            CAPTURE(column.key);
            CHECK(cehours::field_label(column.key) != nullptr);
            CHECK(cehours::match_header(cehours::column_header(column)) == &column);
            CHECK(cehours::match_header(column.key) == &column);
        }
        CHECK(std::string(cehours::match_header(" 姓名 ")->key) == "person");
        CHECK(std::string(cehours::match_header("工号")->key) == "person");
        CHECK(cehours::match_header("备注") == nullptr);
    }

    TEST_CASE("cells become the values the record reader checks") {
        const auto& pack = built_in_pack();
        auto column = [](const char* key) { return *cehours::match_header(key); };
        CHECK(cehours::cell_value(column("date"), "2017/4/8", pack) == "2017-04-08");
        CHECK(cehours::cell_value(column("date"), "2017年7月2日", pack) == "2017-07-02");
        CHECK(cehours::cell_value(column("date"), "4/8/2017", pack) == "4/8/2017");  // left for the reader to refuse
        CHECK(cehours::cell_value(column("hours"), " 12.5 ", pack) == 12.5);
        CHECK(cehours::cell_value(column("hours"), "60", pack) == 60);
        CHECK(cehours::cell_value(column("hours"), "六十", pack) == "六十");
        CHECK(cehours::cell_value(column("passed"), "否", pack) == false);
        CHECK(cehours::cell_value(column("kind"), "专项业务培训", pack) == "special_training");
        CHECK(cehours::cell_value(column("kind"), "special_training", pack) == "special_training");
        CHECK(cehours::cell_value(column("category"), "专业类", pack) == "professional");
        CHECK(cehours::cell_value(column("subtype"), "科研成果", pack) == "research");
        CHECK(cehours::cell_value(column("affiliation"), "县区所属单位", pack) == "county");
    }

    TEST_CASE("rows with the same person are one person, in the order they first appear") {
        BatchCheck batch;
        const Json opened = open(batch, "姓名/工号,记录类型,日期,学时\nB,专项业务培训,2017-08-15,45\nA,专项业务培训,2017-08-15,20\n"
                                        "B,专项业务培训,2017-09-15,20\n");
        CHECK(opened.at("persons") == 2);
        CHECK(opened.at("rows") == 3);
        const Json summaries = Json::parse(batch.summaries_json(0, 10));
        REQUIRE(summaries.size() == 2);
        CHECK(summaries[0].at("person") == "B");
        CHECK(summaries[0].at("records") == 2);
        CHECK(summaries[0].at("years").back().at("professional") == 0);  // 60 − 45 − 20 < 0
        CHECK(summaries[1].at("years").back().at("professional") == 40);
        // The plan: A's 2017 needs 30 public and 40 professional; 2015 and 2016 need 90 each.
        CHECK(summaries[1].at("plan_total") == 30 + 40 + 90 + 90);
        CHECK(batch.all_rows_read());
    }

    TEST_CASE("a bad row is named by line, column and field; the person's other rows still count") {
        BatchCheck batch;
        open(batch, "姓名/工号,记录类型,日期,学时\nA,专项业务培训,2017-08-15,45\nA,专项业务培训,2017-08-15,abc\n");
        const Json person = Json::parse(batch.result_json(0));
        CHECK(person.at("person") == "A");
        CHECK(person.at("record_lines") == Json::array({2}));
        REQUIRE(person.at("unreadable_rows").size() == 1);
        const Json& error = person.at("unreadable_rows")[0];
        CHECK(error.at("line") == 3);
        CHECK(error.at("column") == 4);
        CHECK(error.at("field") == "hours");
        CHECK(error.at("code") == "wrong_type");
        CHECK(error.at("message") == "第3行第4列的“学时”（hours）应为数字");
        CHECK(person.at("years").back().at("professional").at("remaining") == 15);
        CHECK_FALSE(batch.all_rows_read());
    }

    TEST_CASE("a field the row's kind does not use is refused, not ignored") {
        BatchCheck batch;
        open(batch, "姓名/工号,记录类型,日期,学时,级别\nA,专项业务培训,2017-08-15,45,B\n");
        const Json summaries = Json::parse(batch.summaries_json(0, 1));
        const Json& error = summaries[0].at("unreadable_rows").at(0);
        CHECK(error.at("code") == "unknown_field");
        CHECK(error.at("column") == 5);
        CHECK(error.at("message") == "第2行第5列的“级别”（level）：专项业务培训不用这一列，请留空");
    }

    TEST_CASE("the file's own problems: an empty file, no person column, an unknown header") {
        BatchCheck batch;
        CHECK(open(batch, "").at("errors")[0].at("code") == "empty_file");
        CHECK(open(batch, "记录类型,学时\n专项业务培训,45\n").at("errors")[0].at("code") == "missing_person_column");
        const Json unknown = open(batch, "姓名,备注\nA,x\n");
        CHECK(unknown.at("errors")[0].at("code") == "unknown_column");
        CHECK(unknown.at("errors")[0].at("column") == 2);
        CHECK(unknown.at("persons") == 1);
        CHECK(open(batch, "姓名\n\xff\n").at("errors")[0].at("code") == "invalid_utf8");
    }

    TEST_CASE("the pack's period and the date are checked before any row") {
        BatchCheck batch;
        const Json early = Json::parse(batch.open("姓名\nA\n", "", "2014-12-31"));
        REQUIRE(early.at("ok") == false);
        CHECK(early.at("errors")[0].at("code") == "as_of_outside_pack");
        CHECK(Json::parse(batch.open("姓名\nA\n", "", "2017-02-30")).at("errors")[0].at("code") == "invalid_date");
    }

    TEST_CASE("the result document of a person is the single evaluation's, with person added") {
        BatchCheck batch;
        open(batch, "person,kind,date,hours\nA,special_training,2017-08-15,45\n");
        const Json person = Json::parse(batch.result_json(0));
        CHECK(person.at("ok") == true);
        CHECK(person.at("lines").size() == 1);
        CHECK(person.at("lines")[0].at("record") == 0);
        CHECK(cehours::valid_utf8(batch.csv_rows(0, 1)));
    }

    TEST_CASE("only the table for a spreadsheet guards a name that would run as a formula; the summaries keep it as typed") {
        BatchCheck batch;
        // The cell's spaces are trimmed first, so "  =1" is the name "=1"; "\r" inside quotes stays part of the name.
        open(batch, "person,kind,date,hours\n  =1,special_training,2017-08-15,45\n\"\r-1\",special_training,2017-08-15,45\n"
                    "A-1,special_training,2017-08-15,45\n");
        const Json summaries = Json::parse(batch.summaries_json(0, 3));
        REQUIRE(summaries.size() == 3);
        CHECK(summaries[0].at("person") == "=1");
        CHECK(summaries[1].at("person") == "\r-1");
        const std::string rows = batch.csv_rows(0, 3);
        CHECK(rows.rfind("'=1,市属单位,2015,", 0) == 0);
        CHECK(rows.find("\r\n\"'\r-1\",市属单位,2015,") != std::string::npos);
        CHECK(rows.find("\r\nA-1,市属单位,2015,") != std::string::npos);
        CHECK(rows.find("\r\n'A-1") == std::string::npos);
    }
}

TEST_SUITE("UTF-8 check") {
    TEST_CASE("well-formed text passes; overlong forms, surrogates and truncation do not") {
        CHECK(cehours::valid_utf8("abc 张三 𠮷"));
        CHECK_FALSE(cehours::valid_utf8("\xC0\xAF"));          // overlong '/'
        CHECK_FALSE(cehours::valid_utf8("\xED\xA0\x80"));      // a surrogate
        CHECK_FALSE(cehours::valid_utf8("\xE5\xBC"));          // cut short
        CHECK_FALSE(cehours::valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
        CHECK_FALSE(cehours::valid_utf8("\xD5\xC5\xC8\xFD"));  // 张三 in GBK
    }
}
