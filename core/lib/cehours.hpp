#pragma once
// The rules core, as one call: JSON text in, JSON text out. It never throws
// for bad input; problems come back as {"ok": false, "errors": [...]}.
#include <string>
#include <string_view>

namespace cehours {

// `records_json`: the records document. `pack_json`: a rule pack, or empty for
// the built-in one. `today` ("YYYY-MM-DD") stands in for a missing "as_of".
[[nodiscard]] std::string evaluate_json(std::string_view records_json, std::string_view pack_json, std::string_view today);

// What the pack lets a person enter (describe.hpp), as JSON text; a refused
// pack gives the error document. An empty pack means the built-in one.
[[nodiscard]] std::string describe_json(std::string_view pack_json);

// The rule pack compiled into this build (static/rules/linyi-2017.json).
[[nodiscard]] std::string_view default_rule_pack();

}  // namespace cehours
