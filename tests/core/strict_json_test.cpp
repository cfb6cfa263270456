// The parser's limits and refusals: each test names what it proves
// and asserts the error code and path, never only that something failed.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../packs/pack_test_helpers.hpp"
#include "cehours.hpp"
#include "field_reader.hpp"
#include "json.hpp"
#include "limits.hpp"
#include "strict_json.hpp"

using namespace cehours;

namespace {

const char* const kToday = "2017-11-26";

// The one error a refused text gives, with the records document's root path.
Error refusal(const std::string& text, const JsonLimits& limits = JsonLimits{}) {
    Errors errors;
    const auto document = parse_strict_json(text, limits, "", errors);
    CHECK_FALSE(document.has_value());
    REQUIRE(errors.size() == 1);
    CHECK_FALSE(errors.front().message.empty());
    return errors.front();
}

bool accepted(const std::string& text, const JsonLimits& limits = JsonLimits{}) {
    Errors errors;
    return parse_strict_json(text, limits, "", errors).has_value() && errors.empty();
}

// The first error of the whole core's answer.
Json first_error(const std::string& records, const std::string& pack = "") {
    const Json result = Json::parse(evaluate_json(records, pack, kToday));
    REQUIRE(result.at("ok") == false);
    return result.at("errors").at(0);
}

// A records document with one record whose field `key` is the raw JSON `literal`.
std::string with_field(const std::string& record_head, const std::string& key, const std::string& literal) {
    return R"({"as_of": "2017-11-26", "records": [{)" + record_head + R"(, ")" + key + R"(": )" + literal + "}]}";
}

const std::string kRegistered = R"("kind": "registered", "year": 2017, "category": "public")";
const std::string kLanguage = R"("kind": "language_exam", "date": "2017-04-01", "level": "A")";
const std::string kCourse = R"("kind": "public_course", "date": "2017-04-01")";

std::string nested(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

}  // namespace

TEST_CASE("too_deep: 100,000 [ are refused at depth 16 without recursing") {
    const Error error = refusal(std::string(100000, '['));
    CHECK(error.code == "too_deep");
    std::string path;
    for (std::size_t i = 0; i < limits::kMaxDepth; ++i) path += "[0]";
    CHECK(error.path == path);
}

TEST_CASE("too_deep: 16 levels are read, 17 are refused") {
    CHECK(accepted(nested(limits::kMaxDepth)));
    CHECK(refusal(nested(limits::kMaxDepth + 1)).code == "too_deep");
    CHECK(refusal(std::string(100000, '{')).code == "json_syntax");  // a key must come first
    std::string objects;
    for (int i = 0; i < 100000; ++i) objects += R"({"a":)";
    CHECK(refusal(objects).code == "too_deep");
}

TEST_CASE("document_too_large: one byte past the limit, checked before reading") {
    const JsonLimits small{15};
    CHECK(accepted(R"({"records": []})", small));  // 15 bytes
    CHECK(refusal(R"({"records": [] })", small).code == "document_too_large");
    CHECK(first_error(std::string(limits::kMaxDocumentBytes + 1, ' ')).at("code") == "document_too_large");
    CHECK(first_error("{}", std::string(limits::kMaxPackBytes + 1, ' ')).at("code") == "document_too_large");
}

TEST_CASE("too_many_values: counted while reading, at the container being filled") {
    JsonLimits small;
    small.max_values = 5;
    CHECK(accepted(R"({"records": [1, 2, 3]})", small));
    const Error error = refusal(R"({"records": [1, 2, 3, 4]})", small);
    CHECK(error.code == "too_many_values");
    CHECK(error.path == "records");
}

TEST_CASE("too_many_members: 32 members are read, 33 are refused") {
    std::string object = "{";
    for (std::size_t i = 0; i < limits::kMaxMembers; ++i) object += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
    CHECK(accepted(object + "}"));
    const Error error = refusal(R"({"profile": )" + object + R"(, "extra": 0}})");
    CHECK(error.code == "too_many_members");
    CHECK(error.path == "profile");
}

TEST_CASE("key_too_long: a key past 100 bytes is refused and not quoted back") {
    CHECK(accepted("{\"" + std::string(limits::kMaxKeyBytes, 'k') + "\": 1}"));
    const Error error = refusal(R"({"records": [{")" + std::string(100000, 'k') + R"(": 1}]})");
    CHECK(error.code == "key_too_long");
    CHECK(error.path == "records[0]");
    CHECK(error.message.size() < 200);
}

TEST_CASE("duplicate_key: in one object, also when one spelling is escaped") {
    Error error = refusal(R"({"records": [{"hours": 1, "hours": 500}]})");
    CHECK(error.code == "duplicate_key");
    CHECK(error.path == "records[0].hours");
    error = refusal(R"({"records": [], "record\u0073": []})");
    CHECK(error.code == "duplicate_key");
    CHECK(error.path == "records");
    CHECK(accepted(R"({"records": [{"hours": 1}, {"hours": 2}]})"));  // the same key in sibling objects
}

TEST_CASE("invalid_utf8: overlong forms, encoded surrogates, past U+10FFFF, cut short, stray bytes") {
    const std::vector<std::string> bad = {"\xC0\xAF", "\xE0\x80\xAF", "\xF0\x80\x80\xAF", "\xED\xA0\x80",
                                          "\xF4\x90\x80\x80", "\xE4\xB8", "\x80", "\xFF", "\xC1\xBF"};
    for (const auto& bytes : bad) {
        CAPTURE(Json(std::vector<int>(bytes.begin(), bytes.end())).dump());
        const Error error = refusal(R"({"records": [{"title": ")" + bytes + R"("}]})");
        CHECK(error.code == "invalid_utf8");
        CHECK(error.path == "records[0].title");
    }
    CHECK(refusal("{\"\xC0\xAF\": 1}").code == "invalid_utf8");  // in a key
    CHECK(accepted(R"({"title": "继续教育 😀"})"));
}

TEST_CASE("invalid_unicode_escape: lone or reversed surrogates; a proper pair is read") {
    for (const std::string escape : {"\\ud800", "\\udc00", "\\udc00\\ud800", "\\ud800\\u0041", "\\udbff"}) {
        CAPTURE(escape);
        const Error error = refusal(R"({"records": [{"title": ")" + escape + R"("}]})");
        CHECK(error.code == "invalid_unicode_escape");
        CHECK(error.path == "records[0].title");
    }
    Errors errors;
    const auto document = parse_strict_json(R"({"t": "\ud83d\ude00"})", JsonLimits{}, "", errors);
    REQUIRE(document.has_value());
    CHECK(document->at("t") == "\xF0\x9F\x98\x80");
}

TEST_CASE("json_syntax: NaN and Infinity spellings, hex, leading zeros and signs, comments, trailing commas") {
    for (const std::string literal : {"NaN", "nan", "Infinity", "-Infinity", "inf", "+1", ".5", "5.", "1e", "--1"}) {
        CAPTURE(literal);
        const Error error = refusal(R"({"records": [{"hours": )" + literal + "}]}");
        CHECK(error.code == "json_syntax");
        CHECK(error.path == "records[0].hours");
    }
    for (const std::string text : {"{\"a\": 1,}", "[1,]", "{'a': 1}", "{a: 1}", "{\"a\": 1} // c", "/* c */ {}", "",
                                   "{\"a\": 1} {\"a\": 1}", "{\"a\": 0x10}", "{\"a\": 012}", "\"\x01\""}) {
        CAPTURE(text);
        CHECK(refusal(text).code == "json_syntax");
    }
}

TEST_CASE("json_syntax: nothing may hide after a NUL byte, where nlohmann stops reading") {
    using namespace std::string_literals;
    const Error error = refusal("{\"records\": []}\0{\"records\": [1]}"s);
    CHECK(error.code == "json_syntax");
    CHECK(error.path == "");
    const Error inside = refusal("{\"records\": [1\0]}"s);
    CHECK(inside.code == "json_syntax");
    CHECK(inside.path == "records[1]");
    CHECK(refusal("{\"t\": \"a\0b\"}"s).code == "json_syntax");
}

TEST_CASE("number_out_of_range: numbers that overflow a double, at the field's path") {
    for (const std::string& literal : std::vector<std::string>{"1e400", "-1e400", "1E+309", "1" + std::string(400, '0')}) {
        CAPTURE(literal);
        const Error error = refusal(R"({"records": [{"hours": )" + literal + "}]}");
        CHECK(error.code == "number_out_of_range");
        CHECK(error.path == "records[0].hours");
    }
}

TEST_CASE("number_too_long: digits past a double's precision cannot hide a second decimal") {
    const Error error = refusal(R"({"records": [{"hours": 1.)" + std::string(40, '0') + "1}]}");
    CHECK(error.code == "number_too_long");
    CHECK(error.path == "records[0].hours");
    CHECK(accepted(R"({"hours": 12.5, "big": 18446744073709551616, "year": 2017})"));
}

TEST_CASE("BOM: a leading UTF-8 BOM is skipped in records and packs; anywhere else it is refused") {
    const std::string bom = "\xEF\xBB\xBF";
    CHECK(Json::parse(evaluate_json(bom + R"({"records": []})", cehours::test::linyi_2017_pack(), kToday)).at("ok") == true);
    CHECK(Json::parse(evaluate_json(R"({"records": []})", bom + cehours::test::linyi_2017_pack(), kToday)).at("ok") == true);
    CHECK(first_error(bom + bom + R"({"records": []})").at("code") == "json_syntax");
    CHECK(first_error(R"({"records": [)" + bom + "]}").at("code") == "json_syntax");
}

TEST_CASE("numbers in every numeric field: NaN, 1e308, 1e400, past 2^53 and 2^64, -0 and decimals") {
    struct Case {
        std::string head;
        std::string key;
        std::string literal;
        std::string code;
    };
    const std::vector<Case> cases = {
        {kRegistered, "hours", "NaN", "json_syntax"},
        {kRegistered, "hours", "1e308", "hours_too_large"},
        {kRegistered, "hours", "1e400", "number_out_of_range"},
        {kRegistered, "hours", "9007199254740993", "hours_too_large"},
        {kRegistered, "hours", "18446744073709551616", "hours_too_large"},
        {kRegistered, "hours", "-0", "hours_not_positive"},
        {kRegistered, "hours", "-0.0", "hours_not_positive"},
        {kRegistered, "hours", "1e-400", "hours_not_positive"},
        {kRegistered, "hours", "1.25", "hours_too_precise"},
        {kRegistered, "hours", "1.00000001", "hours_too_precise"},
        {kRegistered, "hours", "0.30000000000000004", "hours_too_precise"},
        {kLanguage, "score", "Infinity", "json_syntax"},
        {kLanguage, "score", "1e308", "score_out_of_range"},
        {kLanguage, "score", "-1e400", "number_out_of_range"},
        {kLanguage, "score", "9007199254740993", "score_out_of_range"},
        {kLanguage, "score", "59.95", "score_too_precise"},
        {R"("kind": "registered", "category": "public", "hours": 1)", "year", "1e308", "year_out_of_range"},
        {R"("kind": "registered", "category": "public", "hours": 1)", "year", "18446744073709551616", "year_out_of_range"},
        {R"("kind": "registered", "category": "public", "hours": 1)", "year", "4294969313", "year_out_of_range"},
        {R"("kind": "registered", "category": "public", "hours": 1)", "year", "-0", "year_out_of_range"},
        {R"("kind": "registered", "category": "public", "hours": 1)", "year", "2017.5", "wrong_type"},
        {kCourse, "topic_year", "-9223372036854775809", "topic_year_out_of_range"},
        {kCourse, "topic_year", "nan", "json_syntax"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.key);
        CAPTURE(c.literal);
        const Json error = first_error(with_field(c.head, c.key, c.literal));
        CHECK(error.at("code") == c.code);
        CHECK(error.at("path") == "records[0]." + c.key);
        CHECK(error.at("message").get<std::string>().find(c.key) != std::string::npos);
    }
}

TEST_CASE("one decimal is exact: 12.5 and 30.0 are read, -0 is a score of zero") {
    const Json result = Json::parse(evaluate_json(with_field(kRegistered, "hours", "12.5"), cehours::test::linyi_2017_pack(), kToday));
    CHECK(result.at("ok") == true);
    CHECK(Json::parse(evaluate_json(with_field(kRegistered, "hours", "30.0"), cehours::test::linyi_2017_pack(), kToday)).at("ok") == true);
    CHECK(Json::parse(evaluate_json(with_field(kLanguage, "score", "-0"), cehours::test::linyi_2017_pack(), kToday)).at("ok") == true);
}

TEST_CASE("int_in_range: whole numbers compared in their own type, never narrowed") {
    CHECK(int_in_range(Json(2017), 1900, 2100) == 2017);
    CHECK(int_in_range(Json(2017.0), 1900, 2100) == 2017);
    CHECK_FALSE(int_in_range(Json(2017.5), 1900, 2100));
    CHECK_FALSE(int_in_range(Json(4294969313ULL), 1900, 2100));  // 2^32 + 2017
    CHECK_FALSE(int_in_range(Json(-4294965279LL), 1900, 2100));  // -2^32 + 2017
    CHECK_FALSE(int_in_range(Json(18446744073709551615ULL), 1900, 2100));
    CHECK_FALSE(int_in_range(Json(1e300), 1900, 2100));
    CHECK_FALSE(int_in_range(Json(5U), -3, -1));
    CHECK_FALSE(int_in_range(Json("2017"), 1900, 2100));
}

TEST_CASE("too_many_errors: at most 100 are listed, then one entry says there were more") {
    std::string records;
    for (int i = 0; i < 500; ++i) records += std::string(i ? "," : "") + R"({"kind": "registered", "year": 17})";
    const Json result = Json::parse(evaluate_json(R"({"records": [)" + records + "]}", cehours::test::linyi_2017_pack(), kToday));
    REQUIRE(result.at("ok") == false);
    const Json& errors = result.at("errors");
    REQUIRE(errors.size() == limits::kMaxErrors + 1);
    CHECK(errors.at(0).at("code") == "year_out_of_range");
    CHECK(errors.back().at("code") == "too_many_errors");
}

TEST_CASE("pack limits: a rule pack is held to 5,000 values") {
    std::string notes = "0";
    for (std::size_t i = 0; i < limits::kMaxPackValues; ++i) notes += ",0";
    const Json error = first_error(R"({"records": []})", R"({"notes": [)" + notes + "]}");
    CHECK(error.at("code") == "too_many_values");
    CHECK(error.at("path") == "rules.notes");
}
