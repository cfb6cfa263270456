#pragma once
// Conformance cases: tests written as data beside a rule pack, so anyone can
// see that the calculator agrees with the notice. A case is an input records
// document, the remaining hours (and status, warnings or errors) it must give,
// the clause it proves and its arithmetic in words.
#include <string>
#include <vector>

#include "errors.hpp"
#include "json.hpp"
#include "rule_pack.hpp"

namespace cehours {

struct CaseOutcome {
    std::string name;
    std::string clause;
    std::string why;
    std::vector<std::string> failures;  // empty when the case passes, else one Chinese sentence each

    [[nodiscard]] bool passed() const { return failures.empty(); }
};

// Reads a cases document ({"format", "pack", "cases": [...]}) and runs every
// case against `pack`. A malformed document yields errors (paths from its
// root: "cases[2].expect") and no outcomes; the cases never run half-read.
[[nodiscard]] std::vector<CaseOutcome> run_cases(const Json& document, const RulePack& pack, Errors& errors);

}  // namespace cehours
