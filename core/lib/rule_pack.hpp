#pragma once
// A rule pack: every number of a notice, each with the clause it comes from.
// The core holds no rule number of its own; it reads them all from here.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "date.hpp"
#include "errors.hpp"
#include "json.hpp"
#include "tenths.hpp"

namespace cehours {

enum class Category { public_hours, professional_hours };

enum class Kind { language_exam, computer_module, public_course, professional_course, special_training, converted, registered };
constexpr std::size_t kKindCount = static_cast<std::size_t>(Kind::registered) + 1;  // registered is the last

// Where a figure comes from: the clause id (a key of RulePack::clauses), a
// verbatim quote of it, and optionally the id of a note explaining the reading.
struct Citation {
    std::string clause;
    std::string quote;
    std::string note;
};

template <typename T>
struct Cited {
    T value{};
    Citation cite;
};

struct PackYear {
    int year = 0;
    bool make_up = false;  // a past year that may still be made up (四), not the current one
    Citation cite;
    Cited<Date> deadline;
};

struct KindRule {
    std::string name;  // as the notice calls it: "职称外语考试"
    Citation cite;
};

struct Affiliation {
    std::string id;    // "city"
    std::string name;  // "市属单位"
    std::string description;  // who belongs here, shown beside the name
    // Professional hours are governed by county rules (二（二）): counted here,
    // but never made up, and the person is told so.
    std::optional<Citation> professional_by_local_rules;
};

struct Note {
    std::string id;
    std::string clause;
    std::string text;
};

// A conversion table entry (二（二）3 defers the table to 临人社办发〔2016〕55号,
// so a bureau lists its own): how many hours one `converted` record naming
// this item is worth.
enum class ConversionMethod {
    invalid,
    per_item,  // a fixed amount for each item (quantity items, default 1)
    per_unit,  // a rate per unit of `per` (a day, 10,000 characters); rounded down to a tenth
    by_rank,   // descending amounts by author or member rank (1 = first)
    per_year,  // an amount for each year a multi-year project ran, each placed in that year (earlier ones as make-up, 四)
};

struct ConversionItem {
    std::string id;
    std::string name;
    std::string subtype;  // one of RulePack::converted_subtypes
    ConversionMethod method = ConversionMethod::invalid;
    std::string per;                     // per_unit: the unit counted ("天", "万字")
    std::vector<Cited<Tenths>> amounts;  // one amount, or one per rank (by_rank)
    std::optional<Cited<Tenths>> cap_per_year;
};

// One module of the computer exam's official catalogue: the name the exam
// gives it and other ways people write it.
struct CatalogueModule {
    std::string id;
    std::string name;
    std::vector<std::string> aliases;
};

struct Clause {
    std::string id;
    std::string title;
    std::string text;
};

struct RulePack {
    std::string id;
    std::string title;
    std::string document_number;
    Date valid_from;
    Date valid_until;
    std::vector<Clause> clauses;

    Cited<Tenths> public_required;
    Cited<Tenths> professional_required;
    std::vector<PackYear> years;  // ascending

    // Indexed by Kind (kind() reads it): a pack is only read with a rule for
    // every kind, and an array is a fraction of a std::map's code in the wasm.
    std::array<KindRule, kKindCount> kinds;
    std::vector<std::pair<std::string, std::string>> converted_subtypes;  // id, name

    Cited<Tenths> language_pass_score;
    std::vector<std::pair<std::string, Cited<Tenths>>> language_level_hours;  // "A" -> 30
    Cited<bool> language_best_only;
    // The day each year's language exam is held, where the notice gives it:
    // the plan offers the exam only before that day (it is held once a year).
    std::vector<std::pair<int, Cited<Date>>> language_sittings;

    Cited<Tenths> module_hours;
    Cited<Tenths> module_cap_per_year;
    // Optional: the exam's module catalogue and where it was published. With
    // it, a module is the same module when it names the same entry.
    std::vector<CatalogueModule> module_catalogue;
    std::string module_catalogue_source;

    Cited<Tenths> public_course_hours;

    Cited<Date> make_up_dated_from;
    Cited<std::vector<std::string>> public_make_up_affiliations;
    Cited<std::vector<std::string>> professional_make_up_affiliations;
    Cited<std::vector<int>> surplus_order;
    Cited<bool> surplus_needs_current_complete;

    std::vector<Affiliation> affiliations;
    std::vector<Note> notes;
    // Empty when the pack has no table: certified hours are taken as entered.
    std::vector<ConversionItem> conversion_items;

    [[nodiscard]] const KindRule& kind(Kind kind) const { return kinds[static_cast<std::size_t>(kind)]; }
    [[nodiscard]] const PackYear* find_year(int year) const;
    [[nodiscard]] const PackYear& current_year() const;  // the one year whose role is "current"
    [[nodiscard]] const Affiliation* find_affiliation(const std::string& id) const;
    [[nodiscard]] const Clause* find_clause(const std::string& id) const;
    [[nodiscard]] const Cited<Tenths>* level_hours(const std::string& level) const;
    [[nodiscard]] std::string subtype_name(const std::string& id) const;
    [[nodiscard]] const ConversionItem* find_conversion_item(const std::string& id) const;
    [[nodiscard]] Tenths required(Category category) const;
};

// Reads and checks a pack: a pack whose figures contradict each other or lack
// a citation is refused, with every problem listed under the path "rules...".
[[nodiscard]] std::optional<RulePack> read_rule_pack(const Json& document, Errors& errors);
// The same into `pack`, a RulePack{} where it is to stay (false: refused, and
// `pack` is not to be used): a RulePack moved or move-assigned is another
// kilobyte of the wasm, for a pack cache that keeps it.
[[nodiscard]] bool read_rule_pack_into(const Json& document, Errors& errors, RulePack& pack);

[[nodiscard]] const char* kind_id(Kind kind);
[[nodiscard]] std::optional<Kind> kind_from_id(const std::string& id);
[[nodiscard]] const char* method_id(ConversionMethod method);
[[nodiscard]] const char* category_id(Category category);
[[nodiscard]] const char* category_name(Category category);  // "公需类"

}  // namespace cehours
