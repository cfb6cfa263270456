#pragma once
// The subcommands' one reading of their arguments: options that take a value
// (--rules FILE, --format NAME, --as-of DATE, --cases FILE), options that
// stand alone (--help, --template) and at most one file, where "-" is
// standard input. Hand-made rather than getopt: its errors are Chinese and
// name the option, as the rest of the CLI's are.
#include <initializer_list>
#include <map>
#include <string>
#include <vector>

namespace cehours::cli {

// Every subcommand's exit status for a usage error or a file it cannot read
// (0 and 2 mean what each subcommand says they mean).
constexpr int kExitUsage = 1;

// Writes "COMMAND: MESSAGE" and the command's usage to standard error; returns kExitUsage.
int usage_error(const std::string& command, const char* usage, const std::string& message);

struct Arguments {
    std::map<std::string, std::string> values;  // "--rules" → "pack.json"
    std::vector<std::string> flags;             // "--help" (also for -h), "--template"
    std::string file;                           // empty when none was given
    std::string error;                          // Chinese, for the usage message; empty when they read

    [[nodiscard]] std::string value(const std::string& name, const std::string& fallback) const;
    [[nodiscard]] bool has(const std::string& flag) const;
};

// `valued`: the options that take a value; `flags`: those that stand alone
// (--help and -h always do). `file_what` names the file when a second is given.
[[nodiscard]] Arguments read_arguments(int argc, char** argv, std::initializer_list<const char*> valued,
                                       std::initializer_list<const char*> flags, const std::string& file_what);

// "--format 只能是 json 或 text" when the option's value is not one of `choices`; else empty.
[[nodiscard]] std::string check_choice(const Arguments& arguments, const std::string& name,
                                       std::initializer_list<const char*> choices);

// The pack text of --rules (empty: the built-in pack), or the reason it cannot be used.
struct RulesText {
    std::string text;
    std::string error;
};
[[nodiscard]] RulesText read_rules(const std::string& path);

}  // namespace cehours::cli
