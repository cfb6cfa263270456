#pragma once
// The records document a person keeps: their situation and what they did.
#include <optional>
#include <string>
#include <vector>

#include "date.hpp"
#include "errors.hpp"
#include "json.hpp"
#include "rule_pack.hpp"
#include "tenths.hpp"

namespace cehours {

// One flat shape for every kind; each kind reads only its own fields.
struct Record {
    Kind kind = Kind::registered;
    std::string title;
    std::string certificate;
    std::optional<Date> date;     // every kind but `registered`
    int year = 0;                 // the year the hours are for: exam year, topic_year, for_year or year
    Category category = Category::public_hours;
    std::string level;            // language_exam
    Tenths score = 0;             // language_exam, in tenths of a point
    bool national_standard = false;
    std::string module;           // computer_module, as typed
    std::string module_key;       // identify_module(): the same module typed differently is one
    bool module_listed = false;   // found in the pack's module catalogue
    std::string subtype;          // converted
    std::string item;             // converted, naming an entry of the pack's conversion table
    Tenths quantity = 0;          // converted item: items (per_item) or units (per_unit), in tenths
    int rank = 0;                 // converted by_rank item: 1 = first author or member
    int to_year = 0;              // converted per_year item: the project's last year (`year` is its first)
    bool passed = true;
    Tenths hours = 0;             // hour-carrying kinds
};

struct RecordsDocument {
    Date as_of;
    std::string affiliation;
    // The year the person became a 专业技术人员: earlier years ask for nothing.
    std::optional<int> since;
    std::vector<Record> records;
};

// `today` stands in for a missing "as_of". Every problem is appended to
// `errors`; a document with any problem yields nullopt, never a partial read.
[[nodiscard]] std::optional<RecordsDocument> read_records(const Json& document, const RulePack& pack, const Date& today,
                                                          Errors& errors);

// One record on its own, for readers that keep records apart (the batch
// check reads a CSV row at a time): errors name it by `path` and `what`
// ("第12行"); any problem yields nullopt.
[[nodiscard]] std::optional<Record> read_record(const Json& record, const std::string& path, const std::string& what,
                                                const RulePack& pack, Errors& errors);

}  // namespace cehours
