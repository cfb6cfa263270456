// Every deliberately broken pack is refused with exactly the problems its
// <name>.expected.txt lists ("path code" a line, # for comments). A broken
// pack is an RFC 6902 JSON Patch of a shipped pack, applied with nlohmann's
// patch(): tests/packs/broken/<base>/ patches static/rules/<base>.json or
// tests/packs/<base>.json. The missing cases file (path "cases") is left out:
// broken packs carry no cases.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "check_pack.hpp"
#include "pack_test_helpers.hpp"

namespace cehours::test {
namespace {

namespace fs = std::filesystem;

std::string base_pack_path(const std::string& base) {
    const std::string shipped = "static/rules/" + base + ".json";
    return fs::exists(fs::path(CEHOURS_SOURCE_DIR) / shipped) ? shipped : "tests/packs/" + base + ".json";
}

std::vector<std::string> expected_problems(const std::string& relative) {
    std::istringstream lines(source_file(relative));
    std::vector<std::string> problems;
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line[0] != '#') problems.push_back(line);
    }
    std::sort(problems.begin(), problems.end());
    return problems;
}

std::vector<std::string> reported_problems(const Json& report) {
    std::vector<std::string> problems;
    for (const auto& error : report.at("errors")) {
        if (error.at("path") != "cases") problems.push_back(error.at("path").get<std::string>() + " " + error.at("code").get<std::string>());
    }
    std::sort(problems.begin(), problems.end());
    return problems;
}

}  // namespace

TEST_CASE("broken packs are refused at the right paths with the right codes") {
    const fs::path root = fs::path(CEHOURS_SOURCE_DIR) / "tests/packs/broken";
    int count = 0;
    for (const auto& base_dir : fs::directory_iterator(root)) {
        if (!base_dir.is_directory()) continue;
        const std::string base = base_dir.path().filename().string();
        const Json pack = source_json(base_pack_path(base));
        for (const auto& entry : fs::directory_iterator(base_dir.path())) {
            const std::string file = entry.path().filename().string();
            const std::string suffix = ".patch.json";
            if (file.size() <= suffix.size() || file.compare(file.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
            const std::string name = file.substr(0, file.size() - suffix.size());
            const std::string dir = "tests/packs/broken/" + base + "/";
            CAPTURE(base);
            CAPTURE(name);
            const Json broken = pack.patch(source_json(dir + file));
            const Json report = Json::parse(check_pack_json(broken.dump(), std::nullopt));
            CHECK(report.at("ok") == false);
            CHECK(reported_problems(report) == expected_problems(dir + name + ".expected.txt"));
            ++count;
        }
    }
    CHECK(count >= 15);
}

}  // namespace cehours::test
