// Runs the hostile corpus (manifest.json) through the native core: every input
// must give ok:false with the expected code at the expected path, Chinese
// messages, no more errors than the cap, and an answer within the time budget
// (CPU time, milliseconds).
// run_wasm.mjs applies the same checks to the WebAssembly build.
//
//   cehours_hostile MANIFEST [BUDGET_MS]
#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include <nlohmann/json.hpp>

#include "cehours.hpp"
#include "limits.hpp"

namespace {

using nlohmann::json;

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Large inputs are described, not committed: a list of {text, times} pieces;
// in a "numbered" piece each "#" becomes the repetition's index, for distinct keys.
std::string generate(const json& pieces) {
    std::string text;
    for (const auto& piece : pieces) {
        const auto& part = piece.at("text").get_ref<const std::string&>();
        const auto times = piece.value("times", std::size_t{1});
        const bool numbered = piece.value("numbered", false);
        const auto hash = part.find('#');
        for (std::size_t i = 0; i < times; ++i) {
            if (numbered && hash != std::string::npos) {
                text.append(part, 0, hash).append(std::to_string(i)).append(part, hash + 1, std::string::npos);
            } else {
                text += part;
            }
        }
    }
    return text;
}

// A message is Chinese when it holds a CJK ideograph (U+4E00–U+9FFF: lead bytes E4–E9).
bool has_chinese(const std::string& text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0xE4 && byte <= 0xE9;
    });
}

// The message of the expected error must name the field: by the word the
// manifest gives ("names"), its path, its last key, or the record ordinal
// people see ("第4条记录" for records[3]).
bool names_field(const std::string& message, const std::string& path, const std::string& names) {
    if (!names.empty()) return message.find(names) != std::string::npos;
    if (path.empty() || message.find(path) != std::string::npos) return true;
    const auto cut = path.find_last_of(".[");
    const std::string last = cut == std::string::npos ? path : path.substr(cut + 1);
    if (cut != std::string::npos && path[cut] == '[') {
        const std::string ordinal = "第" + std::to_string(std::atoi(last.c_str()) + 1) + "条";
        return message.find(ordinal) != std::string::npos;
    }
    return message.find(last) != std::string::npos;
}

struct Outcome {
    std::string problem;  // empty when the case passed
    double milliseconds;
};

Outcome run_case(const json& entry, const std::string& dir, const std::string& today, double budget_ms) {
    const std::string input =
        entry.contains("generate") ? generate(entry.at("generate")) : read_file(dir + "/" + entry.at("file").get<std::string>());
    const bool is_pack = entry.at("kind") == "pack";
    const std::string records = is_pack ? R"({"records": []})" : input;
    const std::string pack = is_pack ? input : "";

    // CPU time, best of five: the budget is for the core's work, not for the
    // neighbours' builds on a shared machine.
    double best = 1e9;
    std::string answer;
    for (int attempt = 0; attempt < 5 && best > budget_ms; ++attempt) {
        const std::clock_t start = std::clock();
        answer = cehours::evaluate_json(records, pack, today);
        best = std::min(best, 1000.0 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
    }
    if (best > budget_ms) return {"took " + std::to_string(best) + " ms", best};

    const json result = json::parse(answer, nullptr, false);
    if (result.is_discarded() || !result.is_object()) return {"answer is not a JSON object", best};
    if (result.value("ok", true) != false) return {"ok is not false", best};
    const json& errors = result.at("errors");
    if (errors.empty() || errors.size() > cehours::limits::kMaxErrors + 1) {
        return {"errors: " + std::to_string(errors.size()), best};
    }
    const std::string code = entry.at("code");
    const std::string path = entry.at("path");
    bool found = false;
    for (const auto& error : errors) {
        const std::string message = error.value("message", "");
        if (!has_chinese(message)) return {"message not in Chinese: " + error.dump(), best};
        if (error.value("code", "") == code && error.value("path", "?") == path) {
            found = true;
            if (!names_field(message, path, entry.value("names", ""))) return {"message does not name the field: " + message, best};
        }
    }
    if (!found) return {"no " + code + " at \"" + path + "\"; got " + errors.at(0).dump(), best};
    return {"", best};
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: cehours_hostile MANIFEST [BUDGET_MS]\n";
        return 1;
    }
    const std::string manifest_path = argv[1];
    const double budget_ms = argc > 2 ? std::atof(argv[2]) : 100.0;
    const json manifest = json::parse(read_file(manifest_path), nullptr, false);
    if (manifest.is_discarded()) {
        std::cerr << "cannot read " << manifest_path << "\n";
        return 1;
    }
    const std::string dir = manifest_path.substr(0, manifest_path.find_last_of('/'));
    const std::string today = manifest.at("today");

    int failures = 0;
    double slowest = 0;
    std::string slowest_name;
    for (const auto& entry : manifest.at("cases")) {
        const std::string name = entry.contains("file") ? entry.at("file").get<std::string>() : entry.at("name").get<std::string>();
        const Outcome outcome = run_case(entry, dir, today, budget_ms);
        if (outcome.milliseconds > slowest) {
            slowest = outcome.milliseconds;
            slowest_name = name;
        }
        if (!outcome.problem.empty()) {
            ++failures;
            std::cout << "FAIL  " << name << ": " << outcome.problem << "\n";
        }
    }
    const auto total = manifest.at("cases").size();
    std::cout << total - static_cast<std::size_t>(failures) << "/" << total << " hostile inputs refused as expected (native, slowest "
              << slowest << " ms: " << slowest_name << "; budget " << budget_ms << " ms)\n";
    return failures == 0 ? 0 : 1;
}
