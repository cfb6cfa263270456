// The pack quotes the notice verbatim: every clause text (its parts joined by
// "……") appears word for word in 临人社办发〔2017〕58号.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "cehours.hpp"
#include "json.hpp"

using namespace cehours;

namespace {

std::string read_file(const char* path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("notice: every clause text in the 2017 pack is quoted verbatim from the notice") {
    const std::string notice = read_file(CEHOURS_NOTICE_PATH);
    REQUIRE(notice.find("临人社办发〔2017〕58号") != std::string::npos);
    const Json pack = Json::parse(read_file(CEHOURS_SOURCE_DIR "/static/rules/linyi-2017.json"));
    const std::string ellipsis = "……";
    for (const auto& clause : pack.at("clauses").items()) {
        const std::string text = clause.value().at("text");
        std::size_t start = 0;
        while (start <= text.size()) {
            const std::size_t end = std::min(text.find(ellipsis, start), text.size());
            const std::string part = text.substr(start, end - start);
            CAPTURE(clause.key());
            CAPTURE(part);
            CHECK(notice.find(part) != std::string::npos);
            start = end + ellipsis.size();
        }
    }
}

TEST_CASE("notice: the default pack is the file shipped in static/rules, minified") {
    const std::string built_in(default_rule_pack());
    CHECK(Json::parse(built_in) == Json::parse(read_file(CEHOURS_SOURCE_DIR "/static/rules/linyi-2017.json")));
    CHECK(built_in.find('\n') == std::string::npos);
    CHECK(built_in.find("\": ") == std::string::npos);
}
