#pragma once
// The vocabulary of the records document, written once: every field a record
// may carry (type, bounds, label) and which fields each kind asks for. The
// record reader reads through this table and describe() hands it to the page,
// so a field, bound or label changes here and nowhere else.
#include <cstddef>
#include <cstdint>
#include <string>

#include "field_reader.hpp"
#include "rule_pack.hpp"

namespace cehours {

// `year` is a year the pack reports on; `integer` any other whole number.
enum class FieldType { text, date, integer, decimal, flag, choice, year, object, list };

// Where a choice field's allowed values come from: the pack, or the core.
enum class Options { none, kinds, affiliations, language_levels, converted_subtypes, categories, conversion_items, ranks };

// One field of the records document, whatever kind carries it.
struct FieldDef {
    const char* name;
    FieldType type;
    const char* label;  // as errors name it: “学时”
    std::int64_t min;   // integer and year: the bound; decimal: in tenths
    std::int64_t max;   // likewise; text: characters
    const char* unit;   // decimal: "学时", "分"; empty otherwise
    Options options;
};

// A field as one kind asks for it.
struct KindField {
    const FieldDef* def;
    Need need;
    const char* prompt = "";    // the form's wording for this kind; empty: the field's label
    const char* fallback = "";  // an optional field left out: what it then means
    const char* hint = "";      // a line under the form's box
    bool checked = false;       // a flag left out: its value
};

// A constant table's rows, for range-for: the tables are arrays in the
// binary's data, with no code to build them at start-up.
template <typename T>
struct Rows {
    const T* first;
    const T* last;
    [[nodiscard]] const T* begin() const { return first; }
    [[nodiscard]] const T* end() const { return last; }
};

template <typename T, std::size_t N>
constexpr Rows<T> rows(const T (&array)[N]) {
    return {array, array + N};
}

using Fields = Rows<KindField>;

struct KindDef {
    Kind kind;
    const char* id;
    Fields fields;  // the kind's own, then the ones every record may carry
};

// Every record may carry these besides its kind's fields; `id` is the page's
// own key for a record and is never asked.
inline const char* const kRecordKeys[] = {"kind", "id"};

[[nodiscard]] Rows<KindDef> record_kinds();
// The fields of the records document's `profile`.
[[nodiscard]] Fields profile_fields();
[[nodiscard]] const KindDef& kind_def(Kind kind);
// The first field of that name (two kinds of quantity share one label).
[[nodiscard]] const FieldDef* find_field_def(const std::string& name);
// The fields of a `converted` record naming a conversion-table item of this method.
[[nodiscard]] Fields conversion_item_fields(ConversionMethod method);

// Modules of the national computer exam, offered as suggestions while typing:
// any module name is accepted (二（一）1 counts each module once, whatever it is).
[[nodiscard]] Rows<const char*> module_suggestions();

}  // namespace cehours
