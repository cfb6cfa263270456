#include "read_file.hpp"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace cehours::cli {

std::optional<std::string> read_file(const std::string& path) {
    if (path == "-") {
        std::ostringstream text;
        text << std::cin.rdbuf();
        return text.str();
    }
    std::ifstream file(path, std::ios::binary);
    if (!file) return std::nullopt;
    // Read straight into the string, sized first: a unit's CSV is megabytes,
    // and a stream buffer would copy it twice.
    std::string text;
    if (file.seekg(0, std::ios::end)) {
        const auto size = file.tellg();
        if (size > 0) text.reserve(static_cast<std::size_t>(size));
        file.seekg(0, std::ios::beg);
    }
    text.assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    if (file.bad()) return std::nullopt;
    return text;
}

}  // namespace cehours::cli
