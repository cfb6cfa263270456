#include "batch_command.hpp"

#include <iostream>
#include <string>

#include "arguments.hpp"
#include "batch.hpp"
#include "json.hpp"
#include "read_file.hpp"
#include "today.hpp"
#include "text_encoding.hpp"

namespace cehours::cli {
namespace {

constexpr int kExitAllRead = 0;
constexpr int kExitSomeUnread = 2;

// Excel opens a CSV as UTF-8 only when it starts with the byte order mark.
const char* const kUtf8Bom = "\xEF\xBB\xBF";

const char* const kUsage =
    "用法: cehours batch [--rules 规则包.json] [--as-of YYYY-MM-DD] [--format csv|jsonl] 记录.csv|-\n"
    "       cehours batch --template\n"
    "  单位批量核查：CSV 每行一条记录，“姓名/工号”相同的行是同一个人。\n"
    "  CSV 可为 UTF-8（可带 BOM）或 GBK/GB18030（Excel 在中文 Windows 上另存的“CSV”）。\n"
    "  --format csv（默认）每人每年度一行：尚差学时、状态、距截止天数、提醒条数、无法读取的行；\n"
    "  --format jsonl 每人一行完整的核算结果（加上 person）。--template 输出带中文列名的空模板。\n"
    "  无法读取的行写到标准错误，注明行、列和字段；其余行照常核算。\n"
    "  退出码: 0 每行都已读取, 2 有行无法读取（输出仍然完整）, 1 用法错误或无法读取文件。\n";

int usage_error(const std::string& message) { return cli::usage_error("cehours batch", kUsage, message); }

void report_unreadable(const std::string& person, const std::vector<RowError>& rows) {
    for (const auto& row : rows) std::cerr << person << "：" << row.message << "（" << row.code << "）\n";
}

}  // namespace

int batch_command(int argc, char** argv) {
    const auto arguments = read_arguments(argc, argv, {"--rules", "--format", "--as-of"}, {"--template"}, " CSV 文件");
    if (arguments.has("--help")) {
        std::cout << kUsage;
        return kExitAllRead;
    }
    if (arguments.has("--template")) {
        std::cout << kUtf8Bom << BatchCheck::template_csv();
        return kExitAllRead;
    }
    if (!arguments.error.empty()) return usage_error(arguments.error);
    const std::string& input_path = arguments.file;
    if (input_path.empty()) return usage_error("请给出 CSV 文件（或用 - 从标准输入读取）");
    if (const auto error = check_choice(arguments, "--format", {"csv", "jsonl"}); !error.empty()) return usage_error(error);
    const std::string format = arguments.value("--format", "csv");
    const auto rules = read_rules(arguments.value("--rules", ""));
    if (!rules.error.empty()) return usage_error(rules.error);

    auto bytes = read_file(input_path);
    if (!bytes) return usage_error("无法读取 CSV 文件 " + input_path);
    auto decoded = decode_text(std::move(*bytes));
    if (!decoded) return usage_error(input_path + " 既不是 UTF-8 也不是 GBK/GB18030 编码，请在 Excel 中另存为“CSV UTF-8”");

    BatchCheck batch;
    const Json opened = Json::parse(batch.open(std::move(decoded->utf8), rules.text, arguments.value("--as-of", today())));
    if (!opened.at("ok").get<bool>()) {
        for (const auto& error : opened.at("errors")) std::cerr << "cehours batch: " << error.at("message").get<std::string>() << "\n";
        return kExitUsage;
    }
    for (const auto& error : batch.file_errors()) std::cerr << error.message << "（" << error.code << "）\n";

    if (format == "csv") std::cout << kUtf8Bom << BatchCheck::csv_header();
    for (std::size_t i = 0; i < batch.person_count(); ++i) {
        if (format == "csv") {
            std::cout << batch.csv_rows(i, 1);
        } else {
            std::cout << batch.result_json(i) << "\n";
        }
        report_unreadable(batch.person_name(i), *batch.unreadable_rows(i));
    }
    std::cout.flush();
    return batch.all_rows_read() ? kExitAllRead : kExitSomeUnread;
}

}  // namespace cehours::cli
