// The registry of error and warning codes (codes.hpp) is the one list: every
// code the core's sources emit is in it, every code the corpora expect is in
// it, and the README's table says the same as it.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
// GCC 12 under -fsanitize=address warns maybe-uninitialized inside libstdc++'s
// <regex> (its own std::function), a false positive that -Werror would turn fatal.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <regex>
#pragma GCC diagnostic pop
#include <set>
#include <string>
#include <vector>

#include "../packs/pack_test_helpers.hpp"
#include "codes.hpp"

using namespace cehours;
using namespace cehours::test;

namespace {

namespace fs = std::filesystem;

// Codes written where the core emits them: a snake_case literal opening an
// argument or initializer, followed by a Chinese message (fail(key, "code",
// "必须填写"), {"code", what + "…"}), or a result's field("code", "…").
// vocabulary.cpp, codes.cpp and describe.cpp define or list names rather than emit them.
std::set<std::string> codes_in_sources() {
    const std::regex before_message(R"re("([a-z][a-z0-9]*(?:_[a-z0-9]+)*)",(?=\s*[^;"]*"([^"]*)"))re");
    const std::regex result_code(R"re(field\("code",\s*"([a-z_]+)"\))re");
    auto has_chinese = [](const std::string& text) {
        return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    };
    std::set<std::string> found;
    for (const auto& entry : fs::directory_iterator(fs::path(CEHOURS_SOURCE_DIR) / "core/lib")) {
        const std::string file = entry.path().filename().string();
        if (entry.path().extension() != ".cpp" || file == "vocabulary.cpp" || file == "codes.cpp" ||
            file == "describe.cpp") {
            continue;
        }
        const std::string text = source_file("core/lib/" + file);
        for (std::sregex_iterator it(text.begin(), text.end(), before_message), end; it != end; ++it) {
            // The literal must open an argument or an initializer.
            auto before = static_cast<std::size_t>(it->position());
            while (before > 0 && std::isspace(static_cast<unsigned char>(text[before - 1]))) --before;
            const bool opens = before > 0 && std::string("{(,").find(text[before - 1]) != std::string::npos;
            if (opens && has_chinese((*it)[2].str())) found.insert((*it)[1].str());
        }
        for (std::sregex_iterator it(text.begin(), text.end(), result_code), end; it != end; ++it) found.insert((*it)[1].str());
    }
    // Keys and ids the pattern also meets: a reader named for people
    // (FieldReader(…, "profile", "个人情况")), the categories and their names.
    for (const char* not_code : {"profile", "public", "professional", "message"}) found.erase(not_code);
    return found;
}

void collect_codes(const Json& json, std::set<std::string>& codes) {
    if (json.is_object()) {
        for (const auto& item : json.items()) {
            if (item.key() == "code" && item.value().is_string()) codes.insert(item.value().get<std::string>());
            if (item.key() == "warnings" && item.value().is_array()) {
                for (const auto& code : item.value()) {
                    if (code.is_string()) codes.insert(code.get<std::string>());
                }
            }
            collect_codes(item.value(), codes);
        }
    } else if (json.is_array()) {
        for (const auto& item : json) collect_codes(item, codes);
    }
}

}  // namespace

TEST_CASE("codes: every code the core's sources emit is registered") {
    const auto found = codes_in_sources();
    // The scan must see the emitters it is meant to see, or it proves nothing.
    for (const char* known : {"missing_field", "quote_not_in_clause", "cap_reached", "after_deadline", "json_syntax",
                              "too_many_errors", "empty_module", "invalid_utf8", "unknown_field"}) {
        CHECK_MESSAGE(found.count(known) == 1, "the source scan no longer finds " << std::string(known));
    }
    for (const auto& code : found) {
        CAPTURE(code);
        CHECK(is_registered_code(code));
    }
}

TEST_CASE("codes: every code the fixtures, cases and hostile corpus expect is registered") {
    std::set<std::string> expected;
    for (const char* dir : {"tests/fixtures", "static/rules", "tests/packs", "tests/hostile"}) {
        for (const auto& entry : fs::recursive_directory_iterator(fs::path(CEHOURS_SOURCE_DIR) / dir)) {
            if (entry.path().extension() != ".json" || entry.path().filename() == "rulepack.schema.json") continue;
            const std::string relative = fs::relative(entry.path(), CEHOURS_SOURCE_DIR).string();
            const auto json = Json::parse(source_file(relative), nullptr, false);
            if (!json.is_discarded()) collect_codes(json, expected);
        }
    }
    CHECK(expected.size() > 20);
    for (const auto& code : expected) {
        CAPTURE(code);
        CHECK(is_registered_code(code));
    }
}

TEST_CASE("codes: a field's own codes match their {field} entry, and nothing else does") {
    CHECK(is_registered_code("hours_not_positive"));
    CHECK(is_registered_code("score_out_of_range"));
    CHECK_FALSE(is_registered_code("not_a_code"));
    CHECK_FALSE(is_registered_code("_not_positive"));
}

TEST_CASE("codes: the README's table is the registry") {
    const std::string readme = source_file("README.md");
    const std::regex row(R"(\| `([a-z0-9_{}]+)` \| (error|warning|unreachable) \| (.*) \|)");
    std::set<std::string> documented;
    for (std::sregex_iterator it(readme.begin(), readme.end(), row), end; it != end; ++it) {
        documented.insert((*it)[1].str() + " " + (*it)[2].str() + " " + (*it)[3].str());
    }
    std::set<std::string> registered;
    for (const auto& entry : codes()) {
        registered.insert(std::string(entry.code) + " " + severity_id(entry.severity) + " " + entry.message);
    }
    CHECK(documented == registered);
}

TEST_CASE("codes: `cehours codes` prints the registry, entry for entry") {
    const auto listed = Json::parse(codes_json());
    REQUIRE(listed.is_array());
    std::size_t index = 0;
    for (const auto& entry : codes()) {
        REQUIRE(index < listed.size());
        CAPTURE(entry.code);
        CHECK(listed[index].at("code").get<std::string>() == entry.code);
        CHECK(listed[index].at("severity").get<std::string>() == severity_id(entry.severity));
        CHECK(listed[index].at("message").get<std::string>() == entry.message);
        ++index;
    }
    CHECK(index == listed.size());
}
