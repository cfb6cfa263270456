#pragma once
// `cehours check-pack` as one call, shared by the CLI and the page's "核对规则":
// reads a rule pack, lists every problem with its path, then runs the pack's
// conformance cases. No I/O: the caller hands over both texts.
#include <optional>
#include <string>
#include <string_view>

namespace cehours {

// `pack_text` empty: the built-in pack with its own cases (`cases_text` is
// then ignored). `cases_text` nullopt: no cases were found beside the pack,
// itself a problem, since a pack without cases proves nothing.
// The report, as JSON text (written as the result document is, so the page's
// core links neither nlohmann's DOM parser nor its serializer):
//   {"ok", "pack": {id, title, document} | null, "errors": [{path, code, message}],
//    "cases": [{name, clause, why, passed, failures}], "passed", "failed"}.
// "ok" only when the pack is valid and every case passes.
[[nodiscard]] std::string check_pack_json(std::string_view pack_text, std::optional<std::string_view> cases_text);

[[nodiscard]] std::string_view default_conformance_cases();

}  // namespace cehours
