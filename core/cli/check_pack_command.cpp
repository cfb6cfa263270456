#include "check_pack_command.hpp"

#include <iostream>
#include <optional>
#include <string>

#include "arguments.hpp"
#include "check_pack.hpp"
#include "json.hpp"
#include "read_file.hpp"

namespace cehours::cli {
namespace {

constexpr int kExitValid = 0;
constexpr int kExitInvalid = 2;

const char* const kUsage =
    "用法: cehours check-pack [--cases 用例.json] [--format text|json] 规则包.json\n"
    "  检查规则包，列出每个问题及其位置，再运行随规则包的核对用例。\n"
    "  用例默认取规则包旁的同名文件：linyi-2017.json → linyi-2017.cases.json。\n"
    "  退出码: 0 规则包有效且用例全部通过, 2 有问题或有用例未通过, 1 用法错误或无法读取文件。\n";

int usage_error(const std::string& message) { return cli::usage_error("cehours check-pack", kUsage, message); }

// Cases sit beside the pack: "dir/linyi-2017.json" -> "dir/linyi-2017.cases.json".
std::string cases_path_for(const std::string& pack_path) {
    const std::string suffix = ".json";
    const bool has_suffix = pack_path.size() > suffix.size() &&
                            pack_path.compare(pack_path.size() - suffix.size(), suffix.size(), suffix) == 0;
    return (has_suffix ? pack_path.substr(0, pack_path.size() - suffix.size()) : pack_path) + ".cases.json";
}

std::string text(const Json& value) { return value.is_string() ? value.get<std::string>() : value.dump(); }

void print_text(const Json& report, const std::string& pack_path, const std::string& cases_path) {
    std::cout << "规则包：" << pack_path;
    if (report.at("pack").is_object()) {
        std::cout << "（" << text(report.at("pack").at("id")) << "，" << text(report.at("pack").at("title")) << "）";
    }
    std::cout << "\n核对用例：" << cases_path << "\n";
    const Json& errors = report.at("errors");
    if (!errors.empty()) {
        std::cout << "\n发现" << errors.size() << "个问题：\n";
        for (const Json& error : errors) {
            std::cout << "  ✗ " << text(error.at("path")) << "  [" << text(error.at("code")) << "]  "
                      << text(error.at("message")) << "\n";
        }
    }
    const Json& cases = report.at("cases");
    if (!cases.empty()) std::cout << "\n核对用例（" << cases.size() << "个）：\n";
    for (const Json& c : cases) {
        const bool passed = c.at("passed").get<bool>();
        std::cout << (passed ? "  ✓ 通过    " : "  ✗ 未通过  ") << text(c.at("name")) << "〔" << text(c.at("clause")) << "〕\n";
        for (const Json& failure : c.at("failures")) std::cout << "      " << text(failure) << "\n";
        if (!passed) std::cout << "      预期的算法：" << text(c.at("why")) << "\n";
    }
    std::cout << "\n";
    if (report.at("ok").get<bool>()) {
        std::cout << "结果：规则包有效，" << text(report.at("passed")) << "个核对用例全部通过。\n";
    } else {
        std::cout << "结果：未通过（" << errors.size() << "个问题，" << text(report.at("failed")) << "个用例未通过）。\n";
    }
}

}  // namespace

int check_pack_command(int argc, char** argv) {
    const auto arguments = read_arguments(argc, argv, {"--cases", "--format"}, {}, "规则包文件");
    if (arguments.has("--help")) {
        std::cout << kUsage;
        return kExitValid;
    }
    if (!arguments.error.empty()) return usage_error(arguments.error);
    if (const auto error = check_choice(arguments, "--format", {"json", "text"}); !error.empty()) return usage_error(error);
    const std::string& pack_path = arguments.file;
    if (pack_path.empty()) return usage_error("缺少规则包文件");
    std::string cases_path = arguments.value("--cases", "");

    const auto pack = read_file(pack_path);
    if (!pack) return usage_error("无法读取规则包文件 " + pack_path);
    if (pack->empty()) return usage_error("规则包文件为空: " + pack_path);
    const bool cases_given = !cases_path.empty();
    if (!cases_given) cases_path = cases_path_for(pack_path);
    const auto cases = read_file(cases_path);
    if (!cases && cases_given) return usage_error("无法读取核对用例文件 " + cases_path);

    const std::string report_text = check_pack_json(*pack, cases ? std::optional<std::string_view>(*cases) : std::nullopt);
    // Our own JSON text: the CLI reads it back with nlohmann's parser, which the page's core does without.
    const Json report = Json::parse(report_text);
    if (arguments.value("--format", "text") == "json") {
        std::cout << report_text << "\n";
    } else {
        print_text(report, pack_path, cases ? cases_path : "（未找到 " + cases_path + "）");
    }
    return report.at("ok").get<bool>() ? kExitValid : kExitInvalid;
}

}  // namespace cehours::cli
