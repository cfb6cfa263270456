#pragma once
#include <string>
#include <vector>

namespace cehours {

// An input problem: where it is (a path such as "records[3].hours"), a stable
// code that tests and programs match on, and a Chinese sentence for people.
struct Error {
    std::string path;
    std::string code;
    std::string message;
};

using Errors = std::vector<Error>;

}  // namespace cehours
