#pragma once
// Every code the core emits, with the message it carries: one list, like a
// library's documented exception ids. `cehours codes` publishes it, the README's
// table is checked against it, and a test requires every emitted code to be here.
#include <string>

namespace cehours {

enum class Severity { error, warning, unreachable };

struct CodeDef {
    const char* code;     // "{field}_not_positive": one code per numeric field (hours_not_positive)
    Severity severity;    // error: the input is refused; warning: a record counted less than it seems;
                          // unreachable: why the plan cannot close a gap (plan.unreachable[].reason)
    const char* message;  // the message's shape; {…} stand for what the message fills in
};

// The registry's rows: a constant array, for range-for.
struct CodeRows {
    const CodeDef* first;
    const CodeDef* last;
    [[nodiscard]] const CodeDef* begin() const { return first; }
    [[nodiscard]] const CodeDef* end() const { return last; }
};

[[nodiscard]] CodeRows codes();
[[nodiscard]] const char* severity_id(Severity severity);
// The registry as JSON, for `cehours codes`: [{code, severity, message}, ...].
// Only the CLI prints it, so the wasm modules, which never call it, do not carry
// the messages' shapes.
[[nodiscard]] std::string codes_json();
// Whether `code` is listed, a "{field}_…" entry matching any field name.
[[nodiscard]] bool is_registered_code(const std::string& code);

}  // namespace cehours
