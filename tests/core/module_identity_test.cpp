// 二（一）1: 每个考试模块一次性计5学时 — the same module typed differently counts once.
#include <doctest/doctest.h>

#include "../packs/pack_test_helpers.hpp"
#include "evaluate_helpers.hpp"
#include "module_identity.hpp"

using namespace cehours;
using namespace cehours::test;

TEST_SUITE("二（一）1 同一模块只计一次：写法不同也是同一模块") {
    TEST_CASE("二（一）1: full-width, ideographic space, double space, case and CJK spacing give one identity") {
        const std::string word = module_identity("Word 2007中文字处理");
        for (const char* variant : {"Ｗｏｒｄ　２００７中文字处理", "Word  2007中文字处理", "word 2007中文字处理", "WORD 2007 中文字处理",
                                    " Word\t2007  中文字处理　", "Ｗｏｒｄ　２００７　中文字处理", "Word2007中文字处理", "Wo rd 20 07 中 文字处理",
                                    "Word\u00A02007中文字处理"}) {
            CAPTURE(variant);
            CHECK(module_identity(variant) == word);
        }
        CHECK(word == "word2007中文字处理");
    }

    TEST_CASE("二（一）1: spaces of every width are ignored, not only the ASCII, no-break and ideographic ones") {
        const std::string word = module_identity("Word 2007中文字处理");
        for (const char* variant : {"Word\u20092007中文字处理", "Word\u202F2007中文字处理", "Word\u20032007中文字处理", "Word\v2007\f中文字处理",
                                    "Word 2007中文字处理\u2028", "Word\u205F2007\u1680中文字处理", "Word\u00852007中文字处理"}) {
            CAPTURE(variant);
            CHECK(module_identity(variant) == word);
        }
    }

    TEST_CASE("二（一）1: invisible format characters are not part of a name") {
        const std::string word = module_identity("Word 2007中文字处理");
        for (const char* variant : {"Word 2007中文字处理\u200B", "\uFEFFWord 2007中文字处理", "Wo\u200Crd 2007中\u200D文字处理",
                                    "Word\u20602007中文字处理", "\u2066Word 2007中文字处理\u2069", "\u202EWord 2007中文字处理\u202C",
                                    "Word\u00AD 2007中文字处理", "Word 2007\u200E中文字处理\u200F"}) {
            CAPTURE(variant);
            CHECK(module_identity(variant) == word);
        }
    }

    TEST_CASE("二（一）1: different modules stay different") {
        CHECK(module_identity("Word 2007") != module_identity("Word 2003"));
        CHECK(module_identity("Excel 2007") != module_identity("Word 2007"));
        CHECK(module_identity("Ｗｏｒｄ") != module_identity("Ｗｏｒｄ２"));
        // A character that looks like a space or a hyphen but is printed stays part of the name.
        CHECK(module_identity("Word-2007") != module_identity("Word 2007"));
        CHECK(module_identity("Word・2007") != module_identity("Word 2007"));
    }

    TEST_CASE("二（一）1: a name of spaces and invisible characters alone is refused as empty") {
        const Json result = evaluate_document(person({computer_module("2017-03-18", "\u200B\u3000 \uFEFF")}));
        REQUIRE(result.at("ok") == false);
        CHECK(result.at("errors").at(0).at("code") == "empty_module");
    }

    TEST_CASE("二（一）1: three spellings of Word 2007 count 5 hours, not 15, each repeat warned") {
        // 5 + 0 + 0 = 5
        const Json result = evaluated(person({computer_module("2017-03-18", "Word 2007"), computer_module("2017-04-18", "Ｗｏｒｄ　２００７"),
                                              computer_module("2017-05-18", "Word  2007")}));
        CHECK(earned(result, 2017, "public") == 5);
        CHECK(has_warning(result, 1, "duplicate_module"));
        CHECK(has_warning(result, 2, "duplicate_module"));
    }

    TEST_CASE("二（一）1: the repeat is named as it was typed, not by its identity") {
        const Json result = evaluated(person({computer_module("2017-03-18", "Word 2007中文字处理"),
                                              computer_module("2017-04-18", "Ｗｏｒｄ２００７中文字处理\u200B")}));
        REQUIRE(has_warning(result, 1, "duplicate_module"));
        for (const auto& warning : result.at("warnings")) {
            if (warning.at("code") != "duplicate_module") continue;
            const std::string text = warning.at("text");
            CHECK(text.find("“\u2068Ｗｏｒｄ２００７中文字处理\u200B\u2069”") != std::string::npos);
            CHECK(text.find("word2007") == std::string::npos);
        }
    }

    TEST_CASE("二（一）1: a lone byte of an invalid sequence is kept, never read past the end") {
        CHECK(module_identity(std::string("Word \xE4", 6)) == std::string("word\xE4", 5));
    }
}

namespace {

// The built-in pack with the fictional catalogue of tests/packs/ patched in.
std::string pack_with_catalogue(const Json& extra_patch = Json::array()) {
    Json pack = Json::parse(std::string(default_rule_pack()));
    pack = pack.patch(source_json("tests/packs/linyi-2017-with-module-catalogue.patch.json"));
    return pack.patch(extra_patch).dump();
}

}  // namespace

TEST_SUITE("二（一）1 科目目录：同一目录科目只计一次") {
    TEST_CASE("二（一）1: with a catalogue, a name and its alias are one module") {
        // “Word 2007中文字处理”与别名“Word2007”是同一科目：5 学时
        const Json result = evaluated(person({computer_module("2017-03-18", "Word 2007中文字处理"), computer_module("2017-04-18", "Ｗｏｒｄ２００７")}),
                                      pack_with_catalogue());
        CHECK(earned(result, 2017, "public") == 5);
        CHECK(has_warning(result, 1, "duplicate_module"));
        CHECK(warning_codes(result, 0).empty());
    }

    TEST_CASE("二（一）1: a module not in the catalogue still counts, warned 不在科目目录中") {
        const Json result = evaluated(person({computer_module("2017-03-18", "Photoshop CS4")}), pack_with_catalogue());
        CHECK(earned(result, 2017, "public") == 5);
        CHECK(has_warning(result, 0, "module_not_in_catalogue"));
        for (const auto& warning : result.at("warnings")) {
            if (warning.at("code") == "module_not_in_catalogue") CHECK(warning.at("text").get<std::string>().find("不在科目目录中") != std::string::npos);
        }
    }

    TEST_CASE("二（一）1: without a catalogue no such warning") {
        const Json result = evaluated(person({computer_module("2017-03-18", "Photoshop CS4")}));
        CHECK(warning_codes(result, 0).empty());
    }

    TEST_CASE("二（一）1: a catalogue whose entries read the same is refused") {
        const Json result = evaluate_document(person(Json::array()), pack_with_catalogue(Json::array(
            {{{"op", "add"}, {"path", "/computer_module/catalogue/modules/2/aliases"}, {"value", {"ｗｏｒｄ 2007"}}}})));
        REQUIRE(result.at("ok") == false);
        CHECK(result.at("errors").at(0).at("path") == "rules.computer_module.catalogue.modules[2]");
        CHECK(result.at("errors").at(0).at("code") == "inconsistent");
    }
}
