#pragma once
// Loads the packs under test from the source tree, for the conversion and
// conformance tests.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "json.hpp"

namespace cehours::test {

inline std::string source_file(const std::string& relative) {
    const std::string path = std::string(CEHOURS_SOURCE_DIR) + "/" + relative;
    std::ifstream file(path, std::ios::binary);
    REQUIRE_MESSAGE(file.good(), "cannot read " << path);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

inline Json source_json(const std::string& relative) { return Json::parse(source_file(relative)); }

inline const char* const kExamplePack = "tests/packs/example-with-conversion-table.json";

// The 2017 notice's pack, loaded from its file: a test names the pack it
// needs and never depends on which one the build embeds.
inline const std::string& linyi_2017_pack() {
    static const std::string text = source_file("static/rules/linyi-2017.json");
    return text;
}

}  // namespace cehours::test
