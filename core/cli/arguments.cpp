#include "arguments.hpp"

#include <algorithm>
#include <iostream>

#include "read_file.hpp"

namespace cehours::cli {

int usage_error(const std::string& command, const char* usage, const std::string& message) {
    std::cerr << command << ": " << message << "\n" << usage;
    return kExitUsage;
}

std::string Arguments::value(const std::string& name, const std::string& fallback) const {
    const auto found = values.find(name);
    return found != values.end() ? found->second : fallback;
}

bool Arguments::has(const std::string& flag) const { return std::find(flags.begin(), flags.end(), flag) != flags.end(); }

Arguments read_arguments(int argc, char** argv, std::initializer_list<const char*> valued,
                         std::initializer_list<const char*> flags, const std::string& file_what) {
    Arguments read;
    const auto listed = [](std::initializer_list<const char*> names, const std::string& arg) {
        return std::any_of(names.begin(), names.end(), [&](const char* name) { return arg == name; });
    };
    bool file_given = false;
    for (int i = 0; i < argc && read.error.empty(); ++i) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            read.flags.emplace_back("--help");
        } else if (listed(flags, arg)) {
            read.flags.push_back(arg);
        } else if (listed(valued, arg)) {
            if (i + 1 == argc) read.error = arg + " 后面缺少参数";
            else read.values[arg] = argv[++i];
        } else if (arg.size() > 1 && arg[0] == '-') {
            read.error = "无法识别的选项 " + arg;
        } else if (file_given) {
            read.error = "只能给一个" + file_what;
        } else {
            read.file = arg;
            file_given = true;
        }
    }
    return read;
}

std::string check_choice(const Arguments& arguments, const std::string& name, std::initializer_list<const char*> choices) {
    const auto found = arguments.values.find(name);
    if (found == arguments.values.end()) return "";
    std::string listed;
    for (const char* choice : choices) {
        if (found->second == choice) return "";
        listed += (listed.empty() ? "" : " 或 ") + std::string(choice);
    }
    return name + " 只能是 " + listed;
}

RulesText read_rules(const std::string& path) {
    if (path.empty()) return {};
    const auto text = read_file(path);
    if (!text) return {"", "无法读取规则包文件 " + path};
    if (text->empty()) return {"", "规则包文件为空: " + path};
    return {*text, ""};
}

}  // namespace cehours::cli
