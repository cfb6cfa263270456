// cehours — checks a records document against a rule pack from the command line.
//   cehours [--rules FILE] [--format json|text] [FILE|-]
//   cehours check-pack [--cases FILE] [--format text|json] PACK   (see check_pack_command.hpp)
//   cehours describe [--rules FILE]   what the pack lets a person enter (describe.hpp), as JSON
//   cehours codes                     every error and warning code the core emits (codes.hpp), as JSON
//   cehours batch [--rules FILE] [--as-of DATE] [--format csv|jsonl] FILE.csv|-   (see batch_command.hpp)
// Exit status: 0 evaluated, 2 the input is invalid (the error document is
// still printed), 1 usage error or unreadable file.
#include <iostream>
#include <string>

#include "arguments.hpp"
#include "batch_command.hpp"
#include "cehours.hpp"
#include "check_pack_command.hpp"
#include "codes.hpp"
#include "json.hpp"
#include "read_file.hpp"
#include "today.hpp"
#include "text_report.hpp"

namespace {

constexpr int kExitEvaluated = 0;
constexpr int kExitInvalidInput = 2;

const char* const kUsage =
    "用法: cehours [--rules 规则包.json] [--format json|text] [记录.json|-]\n"
    "  按规则包（默认：内置的临人社办发〔2017〕58号）核算继续教育学时。\n"
    "  不给文件或给 - 时从标准输入读取。\n"
    "  退出码: 0 已核算, 2 输入有误（仍输出错误文档）, 1 用法错误或无法读取文件。\n"
    "       cehours check-pack [--cases 用例.json] [--format text|json] 规则包.json\n"
    "  检查规则包并运行其核对用例（cehours check-pack --help 查看说明）。\n"
    "       cehours describe [--rules 规则包.json]\n"
    "  以JSON列出规则包可录入的记录类型、字段、选项、年度和单位类别。\n"
    "       cehours codes\n"
    "  以JSON列出全部错误与提示代码及其说明。\n"
    "       cehours batch [--rules 规则包.json] [--as-of YYYY-MM-DD] [--format csv|jsonl] 记录.csv|-\n"
    "  单位批量核查（cehours batch --help 查看说明）。\n";

int usage_error(const std::string& message) { return cehours::cli::usage_error("cehours", kUsage, message); }

int codes_command(int argc, char** argv) {
    const auto arguments = cehours::cli::read_arguments(argc, argv, {}, {}, "文件");
    if (arguments.has("--help")) {
        std::cout << kUsage;
        return kExitEvaluated;
    }
    if (!arguments.error.empty()) return usage_error(arguments.error);
    if (!arguments.file.empty()) return usage_error("codes 不读取文件");
    std::cout << cehours::codes_json() << "\n";
    return kExitEvaluated;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc > 1 && std::string(argv[1]) == "check-pack") return cehours::cli::check_pack_command(argc - 2, argv + 2);
    if (argc > 1 && std::string(argv[1]) == "batch") return cehours::cli::batch_command(argc - 2, argv + 2);
    if (argc > 1 && std::string(argv[1]) == "codes") return codes_command(argc - 2, argv + 2);
    const bool describe = argc > 1 && std::string(argv[1]) == "describe";
    const int skipped = describe ? 2 : 1;
    const auto arguments = cehours::cli::read_arguments(argc - skipped, argv + skipped, {"--rules", "--format"}, {}, "记录文件");
    if (arguments.has("--help")) {
        std::cout << kUsage;
        return kExitEvaluated;
    }
    if (!arguments.error.empty()) return usage_error(arguments.error);
    if (describe && !arguments.file.empty()) return usage_error("describe 不读取记录文件");
    if (const auto error = cehours::cli::check_choice(arguments, "--format", {"json", "text"}); !error.empty()) {
        return usage_error(error);
    }
    const auto rules = cehours::cli::read_rules(arguments.value("--rules", ""));
    if (!rules.error.empty()) return usage_error(rules.error);
    if (describe) {
        const std::string description = cehours::describe_json(rules.text);
        std::cout << description << "\n";
        return cehours::Json::parse(description).at("ok").get<bool>() ? kExitEvaluated : kExitInvalidInput;
    }
    const std::string input_path = arguments.file.empty() ? "-" : arguments.file;
    const auto records = cehours::cli::read_file(input_path);
    if (!records) return usage_error("无法读取记录文件 " + input_path);

    const std::string result_text = cehours::evaluate_json(*records, rules.text, cehours::cli::today());
    const auto result = cehours::Json::parse(result_text);
    if (arguments.value("--format", "json") == "text") {
        std::cout << cehours::text_report(result);
    } else {
        std::cout << result_text << "\n";
    }
    return result.at("ok").get<bool>() ? kExitEvaluated : kExitInvalidInput;
}
