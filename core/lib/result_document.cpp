#include "result_document.hpp"

#include <set>

#include "limits.hpp"

namespace cehours {
namespace {

// Whole hours print as integers (30, not 30.0); tenths as the shortest decimal.
Json hours(Tenths value) {
    if (value % 10 == 0) return Json(value / 10);
    return Json(static_cast<double>(value) / 10);
}

const char* status_id(YearStatus status) {
    switch (status) {
        case YearStatus::complete: return "complete";
        case YearStatus::open: return "open";
        case YearStatus::closed: return "closed";
    }
    return "";
}

Json tally_document(const Tally& tally, bool with_transfer) {
    Json document = {{"required", hours(tally.required)}, {"earned", hours(tally.earned)},
                     {"remaining", hours(tally.remaining())}};
    if (with_transfer) document["transferred"] = hours(tally.transferred);
    return document;
}

Json year_document(const YearResult& year) {
    return {{"year", year.rule->year},
            {"role", year.rule->make_up ? "make_up" : "current"},
            {"deadline", year.rule->deadline.value.iso()},
            {"days_left", year.days_left},
            {"status", status_id(year.status)},
            {"complete", year.complete()},
            {"public", tally_document(year.public_hours, false)},
            {"professional", tally_document(year.professional_hours, true)}};
}

}  // namespace

Json result_document(const Evaluation& evaluation, const RulePack& pack) {
    std::set<std::string> cited;
    Json years = Json::array();
    for (const auto& year : evaluation.years) years.push_back(year_document(year));

    Json lines = Json::array();
    for (const auto& line : evaluation.lines) {
        Json entry = Json::object();
        if (line.record) entry["record"] = *line.record;
        entry["year"] = line.year;
        entry["category"] = category_id(line.category);
        entry["hours"] = hours(line.hours);
        entry["clause"] = line.clause;
        entry["text"] = line.text;
        cited.insert(line.clause);
        lines.push_back(std::move(entry));
    }

    Json warnings = Json::array();
    for (const auto& warning : evaluation.warnings) {
        Json entry = Json::object();
        if (warning.record) entry["record"] = *warning.record;
        entry["code"] = warning.code;
        entry["text"] = warning.text;
        if (!warning.clause.empty()) {
            entry["clause"] = warning.clause;
            cited.insert(warning.clause);
        }
        warnings.push_back(std::move(entry));
    }

    Json suggestions = Json::array();
    for (const auto& suggestion : evaluation.suggestions) {
        suggestions.push_back({{"year", suggestion.year},
                               {"category", category_id(suggestion.category)},
                               {"remaining", hours(suggestion.remaining)},
                               {"text", suggestion.text}});
    }

    Json notes = Json::array();
    for (const auto& note : pack.notes) {
        notes.push_back({{"id", note.id}, {"clause", note.clause}, {"text", note.text}});
        cited.insert(note.clause);
    }

    // The text of every clause the result cites, so a reader can check each figure.
    Json clauses = Json::object();
    for (const auto& clause : pack.clauses) {
        if (cited.count(clause.id) != 0) clauses[clause.id] = clause.text;
    }

    return {{"ok", true},
            {"rules", {{"id", pack.id}, {"title", pack.title}, {"document", pack.document_number}}},
            {"as_of", evaluation.as_of.iso()},
            {"profile", {{"affiliation", evaluation.affiliation->id}, {"name", evaluation.affiliation->name}}},
            {"years", std::move(years)},
            {"lines", std::move(lines)},
            {"warnings", std::move(warnings)},
            {"suggestions", std::move(suggestions)},
            {"clauses", std::move(clauses)},
            {"notes", std::move(notes)}};
}

Json error_document(const Errors& errors) {
    Json list = Json::array();
    for (std::size_t i = 0; i < errors.size() && i < limits::kMaxErrors; ++i) {
        list.push_back({{"path", errors[i].path}, {"code", errors[i].code}, {"message", errors[i].message}});
    }
    if (errors.size() > limits::kMaxErrors) {
        list.push_back({{"path", ""}, {"code", "too_many_errors"},
                        {"message", "问题超过" + std::to_string(limits::kMaxErrors) + "个，只列出了前" +
                                        std::to_string(limits::kMaxErrors) + "个"}});
    }
    return {{"ok", false}, {"errors", std::move(list)}};
}

}  // namespace cehours
