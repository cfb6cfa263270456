// cehours — checks a records document against a rule pack from the command line.
//   cehours [--rules FILE] [--format json|text] [FILE|-]
//   cehours check-pack [--cases FILE] [--format text|json] PACK   (see check_pack_command.hpp)
//   cehours describe [--rules FILE]   what the pack lets a person enter (describe.hpp), as JSON
//   cehours batch [--rules FILE] [--as-of DATE] [--format csv|jsonl] FILE.csv|-   (see batch_command.hpp)
// Exit status: 0 evaluated, 2 the input is invalid (the error document is
// still printed), 1 usage error or unreadable file.
#include <iostream>
#include <string>

#include "batch_command.hpp"
#include "cehours.hpp"
#include "check_pack_command.hpp"
#include "json.hpp"
#include "read_file.hpp"
#include "today.hpp"
#include "text_report.hpp"

namespace {

constexpr int kExitEvaluated = 0;
constexpr int kExitUsage = 1;
constexpr int kExitInvalidInput = 2;

const char* const kUsage =
    "用法: cehours [--rules 规则包.json] [--format json|text] [记录.json|-]\n"
    "  按规则包（默认：内置的临人社办发〔2017〕58号）核算继续教育学时。\n"
    "  不给文件或给 - 时从标准输入读取。\n"
    "  退出码: 0 已核算, 2 输入有误（仍输出错误文档）, 1 用法错误或无法读取文件。\n"
    "       cehours check-pack [--cases 用例.json] [--format text|json] 规则包.json\n"
    "  检查规则包并运行其核对用例（cehours check-pack --help 查看说明）。\n"
    "       cehours describe [--rules 规则包.json]\n"
    "  以JSON列出规则包可录入的记录类型、字段、选项、年度、单位类别和全部错误与提示代码。\n"
    "       cehours batch [--rules 规则包.json] [--as-of YYYY-MM-DD] [--format csv|jsonl] 记录.csv|-\n"
    "  单位批量核查（cehours batch --help 查看说明）。\n";

int usage_error(const std::string& message) {
    std::cerr << "cehours: " << message << "\n" << kUsage;
    return kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc > 1 && std::string(argv[1]) == "check-pack") return cehours::cli::check_pack_command(argc - 2, argv + 2);
    if (argc > 1 && std::string(argv[1]) == "batch") return cehours::cli::batch_command(argc - 2, argv + 2);
    const bool describe = argc > 1 && std::string(argv[1]) == "describe";
    std::string rules_path;
    std::string format = "json";
    std::string input_path = "-";
    bool input_given = false;
    for (int i = describe ? 2 : 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return kExitEvaluated;
        }
        if (arg == "--rules" || arg == "--format") {
            if (i + 1 == argc) return usage_error(arg + " 后面缺少参数");
            (arg == "--rules" ? rules_path : format) = argv[++i];
        } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
            return usage_error("无法识别的选项 " + arg);
        } else if (input_given || describe) {
            return usage_error("只能给一个记录文件");
        } else {
            input_path = arg;
            input_given = true;
        }
    }
    if (format != "json" && format != "text") return usage_error("--format 只能是 json 或 text");

    std::string pack_text;
    if (!rules_path.empty()) {
        const auto text = cehours::cli::read_file(rules_path);
        if (!text) return usage_error("无法读取规则包文件 " + rules_path);
        pack_text = *text;
        if (pack_text.empty()) return usage_error("规则包文件为空: " + rules_path);
    }
    if (describe) {
        const std::string description = cehours::describe_json(pack_text);
        std::cout << description << "\n";
        return cehours::Json::parse(description).at("ok").get<bool>() ? kExitEvaluated : kExitInvalidInput;
    }
    const auto records = cehours::cli::read_file(input_path);
    if (!records) return usage_error("无法读取记录文件 " + input_path);

    const std::string result_text = cehours::evaluate_json(*records, pack_text, cehours::cli::today());
    const auto result = cehours::Json::parse(result_text);
    if (format == "text") {
        std::cout << cehours::text_report(result);
    } else {
        std::cout << result_text << "\n";
    }
    return result.at("ok").get<bool>() ? kExitEvaluated : kExitInvalidInput;
}
