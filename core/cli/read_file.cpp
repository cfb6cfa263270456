#include "read_file.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

namespace cehours::cli {

std::optional<std::string> read_file(const std::string& path) {
    std::ostringstream text;
    if (path == "-") {
        text << std::cin.rdbuf();
        return text.str();
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) return std::nullopt;
    text << file.rdbuf();
    if (file.bad()) return std::nullopt;
    return text.str();
}

}  // namespace cehours::cli
