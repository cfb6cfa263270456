#include "result_document.hpp"

#include "json_writer.hpp"
#include "limits.hpp"

namespace cehours {

const char* status_id(YearStatus status) {
    switch (status) {
        case YearStatus::complete: return "complete";
        case YearStatus::open: return "open";
        case YearStatus::closed: return "closed";
        case YearStatus::not_required: return "not_required";
    }
    return "";
}

const char* status_name(std::string_view status) {
    if (status == "complete") return "已达标";
    if (status == "closed") return "已截止，未达标";
    if (status == "not_required") return "无需完成（尚未成为专业技术人员）";
    return "未达标";
}

namespace {

constexpr std::size_t kFixedBytes = 8192;
constexpr std::size_t kBytesPerEntry = 192;

void write_tally(JsonWriter& out, const char* name, const Tally& tally, bool with_transfer) {
    out.key(name).begin_object();
    out.key("required").hours(tally.required);
    out.key("earned").hours(tally.earned);
    out.key("remaining").hours(tally.remaining());
    if (with_transfer) {
        out.key("transferred").hours(tally.transferred);
        out.key("awaiting").hours(tally.awaiting);
    }
    out.end_object();
}

void write_year(JsonWriter& out, const YearResult& year) {
    out.begin_object()
        .field("year", year.rule->year)
        .field("role", year.rule->make_up ? "make_up" : "current")
        .field("deadline", year.rule->deadline.value.iso())
        .field("days_left", static_cast<std::int64_t>(year.days_left))
        .field("status", status_id(year.status))
        .field("complete", year.complete());
    write_tally(out, "public", year.public_hours, false);
    write_tally(out, "professional", year.professional_hours, true);
    out.end_object();
}

// The least additional hours, step by step; what no step can close, apart.
void write_plan(JsonWriter& out, const Plan& plan) {
    out.key("plan").begin_object();
    out.key("total_hours").hours(plan.total_hours);
    out.key("steps").begin_array();
    for (const auto& step : plan.steps) {
        out.begin_object().field("action", action_id(step.action)).field("year", step.year).field("category", category_id(step.category));
        out.key("hours").hours(step.hours);
        if (step.action == Action::computer_module) out.field("count", step.count);
        if (!step.level.empty()) out.field("level", step.level);
        out.field("clause", step.clause).field("text", step.text).end_object();
    }
    out.end_array();
    out.key("unreachable").begin_array();
    for (const auto& gap : plan.unreachable) {
        out.begin_object().field("year", gap.year).field("category", category_id(gap.category)).field("reason", gap.reason);
        if (!gap.clause.empty()) out.field("clause", gap.clause);
        out.field("text", gap.text).end_object();
    }
    out.end_array();
    out.end_object();
}

// Whether the result cites clause `id`: a line, a step or a clause-bearing
// warning or gap names it, or a note of the pack does. Looked up per clause
// of the pack (a handful) rather than gathered, which was a vector's code in the wasm.
bool cites(const Evaluation& evaluation, const RulePack& pack, const std::string& id) {
    for (const auto& line : evaluation.lines) {
        if (line.clause == id) return true;
    }
    for (const auto& warning : evaluation.warnings) {
        if (!warning.clause.empty() && warning.clause == id) return true;
    }
    for (const auto& step : evaluation.plan.steps) {
        if (step.clause == id) return true;
    }
    for (const auto& gap : evaluation.plan.unreachable) {
        if (!gap.clause.empty() && gap.clause == id) return true;
    }
    for (const auto& note : pack.notes) {
        if (note.clause == id) return true;
    }
    return false;
}

}  // namespace

std::string result_document(const Evaluation& evaluation, const RulePack& pack) {
    JsonWriter out;
    // About what a line or a warning takes (a Chinese sentence and its figures),
    // plus the years, the plan and the clauses' text.
    out.reserve(kFixedBytes + kBytesPerEntry * (evaluation.lines.size() + evaluation.warnings.size()));
    out.begin_object().field("ok", true);
    out.key("rules").begin_object().field("id", pack.id).field("title", pack.title).field("document", pack.document_number).end_object();
    out.field("as_of", evaluation.as_of.iso());
    out.key("profile").begin_object()
        .field("affiliation", evaluation.affiliation->id)
        .field("name", evaluation.affiliation->name);
    if (evaluation.since) out.field("since", *evaluation.since);
    out.end_object();

    out.key("years").begin_array();
    for (const auto& year : evaluation.years) write_year(out, year);
    out.end_array();

    out.key("lines").begin_array();
    for (const auto& line : evaluation.lines) {
        out.begin_object();
        if (line.record) out.field("record", static_cast<std::int64_t>(*line.record));
        out.field("year", line.year).field("category", category_id(line.category));
        out.key("hours").hours(line.hours);
        out.field("clause", line.clause).field("text", line.text).end_object();
    }
    out.end_array();

    out.key("warnings").begin_array();
    for (const auto& warning : evaluation.warnings) {
        out.begin_object();
        if (warning.record) out.field("record", static_cast<std::int64_t>(*warning.record));
        out.field("code", warning.code).field("text", warning.text);
        if (!warning.clause.empty()) out.field("clause", warning.clause);
        out.end_object();
    }
    out.end_array();

    write_plan(out, evaluation.plan);

    // The text of every clause the result cites, so a reader can check each figure.
    out.key("clauses").begin_object();
    for (const auto& clause : pack.clauses) {
        if (cites(evaluation, pack, clause.id)) out.field(clause.id, clause.text);
    }
    out.end_object();

    out.key("notes").begin_array();
    for (const auto& note : pack.notes) {
        out.begin_object().field("id", note.id).field("clause", note.clause).field("text", note.text).end_object();
    }
    out.end_array();
    return out.end_object().take();
}

std::string error_document(const Errors& errors) {
    JsonWriter out;
    out.begin_object().field("ok", false).key("errors");
    write_errors(out, errors);
    return out.end_object().take();
}

void write_errors(JsonWriter& out, const Errors& errors) {
    out.begin_array();
    for (std::size_t i = 0; i < errors.size() && i < limits::kMaxErrors; ++i) {
        out.begin_object().field("path", errors[i].path).field("code", errors[i].code).field("message", errors[i].message).end_object();
    }
    if (errors.size() > limits::kMaxErrors) {
        out.begin_object()
            .field("path", "")
            .field("code", "too_many_errors")
            .field("message", "问题超过" + std::to_string(limits::kMaxErrors) + "个，只列出了前" +
                                  std::to_string(limits::kMaxErrors) + "个")
            .end_object();
    }
    out.end_array();
}

}  // namespace cehours
