#include "rule_pack.hpp"

#include <algorithm>
#include <type_traits>

#include "field_reader.hpp"
#include "limits.hpp"
#include "module_identity.hpp"
#include "vocabulary.hpp"

namespace cehours {
namespace {

const char* const kWhat = "规则包";
const char* const kHoursUnit = "学时";

struct MethodEntry {
    ConversionMethod method;
    const char* id;
};

const MethodEntry kMethods[] = {
    {ConversionMethod::per_item, "per_item"},
    {ConversionMethod::per_unit, "per_unit"},
    {ConversionMethod::by_rank, "by_rank"},
    {ConversionMethod::per_year, "per_year"},
};

// A JSON object's members in order, for an object the caller has checked:
// nlohmann's items() proxy would be iterator code of its own in the wasm.
const Json::object_t& members(const Json& object) { return object.get_ref<const Json::object_t&>(); }

// Reads the pack section by section; every figure goes through cited(), which
// checks the citation against the pack's own clause texts.
class PackReader {
public:
    PackReader(const Json& document, Errors& errors, RulePack& pack) : document_(document), errors_(errors), pack_(pack) {}

    bool read() {
        const std::size_t errors_before = errors_.size();
        if (!document_.is_object()) {
            errors_.push_back({"rules", "not_object", "规则包应为JSON对象"});
            return false;
        }
        FieldReader top(document_, "rules", kWhat, errors_);
        top.reject_unknown({"$schema", "format", "id", "title", "document", "valid_from", "valid_until", "clauses",
                            "requirements", "years", "record_kinds", "language_exam", "computer_module",
                            "public_course", "make_up", "affiliations", "notes", "conversion_table"});
        top.integer("format", Need::required, 1, 1);
        pack_.id = top.text("id", Need::required, limits::kMaxNameChars).value_or("");
        pack_.title = top.text("title", Need::required, limits::kMaxNameChars).value_or("");
        pack_.valid_from = top.date("valid_from", Need::required).value_or(Date{});
        pack_.valid_until = top.date("valid_until", Need::required).value_or(Date{});
        read_document(section("document"));
        read_clauses(section("clauses"));
        read_notes();
        read_requirements(section("requirements"));
        read_years();
        read_kinds(section("record_kinds"));
        read_language_exam(section("language_exam"));
        read_computer_module(section("computer_module"));
        read_public_course(section("public_course"));
        // 四: make-up is a transitional arrangement; a pack whose years are all
        // current (2018 on: 不再安排类似的补修) needs no make_up section.
        if (top.has("make_up") || has_make_up_year()) read_make_up(section("make_up"));
        read_affiliations(section("affiliations"));
        read_conversion_table();
        check_consistency();
        return errors_.size() == errors_before;
    }

private:
    struct Section {
        const Json& json;
        std::string path;
    };

    Section section(const char* key) { return child(document_, "rules", key); }

    Section child(const Json& parent, const std::string& path, const char* key) {
        static const Json kMissing;
        FieldReader reader(parent, path, kWhat, errors_);
        const Json* value = reader.raw(key);
        if (value == nullptr) {
            reader.fail(key, "missing_field", "必须填写");
            return {kMissing, reader.path_of(key)};
        }
        if (!value->is_object()) reader.fail(key, "wrong_type", "应为对象");
        return {*value, reader.path_of(key)};
    }

    void error(const std::string& path, const char* code, const std::string& message) {
        errors_.push_back({path, code, "规则包" + message});
    }

    // The citation fields shared by every figure: {"clause", "quote", "note"}.
    // A figure without them cannot be checked against the notice, so their
    // absence has its own code.
    Citation citation(FieldReader& reader, const std::string& path) {
        Citation cite;
        if (!reader.has("clause")) error(path + ".clause", "missing_citation", "的数值缺少出处条款（clause）");
        if (!reader.has("quote")) error(path + ".quote", "missing_citation", "的数值缺少条款原文引文（quote）");
        cite.clause = reader.text("clause", Need::optional, limits::kMaxNameChars).value_or("");
        cite.quote = reader.text("quote", Need::optional, limits::kMaxQuoteChars).value_or("");
        cite.note = reader.text("note", Need::optional, limits::kMaxNameChars).value_or("");
        const Clause* clause = pack_.find_clause(cite.clause);
        if (!cite.clause.empty() && clause == nullptr) {
            error(path + ".clause", "unknown_clause", "引用了clauses中没有的条款“" + cite.clause + "”");
        } else if (clause != nullptr && reader.has("quote") &&
                   (cite.quote.empty() || clause->text.find(cite.quote) == std::string::npos)) {
            error(path + ".quote", "quote_not_in_clause", "的引文不是条款“" + cite.clause + "”原文的一部分");
        }
        if (!cite.note.empty() &&
            std::none_of(pack_.notes.begin(), pack_.notes.end(), [&](const Note& n) { return n.id == cite.note; })) {
            error(path + ".note", "unknown_note", "引用了notes中没有的说明“" + cite.note + "”");
        }
        return cite;
    }

    template <typename Read>
    auto cited(const Section& parent, const char* key, Read read_value) {
        Section entry = child(parent.json, parent.path, key);
        return cited_at(entry, read_value);
    }

    // A missing or mistyped entry has been reported by child(); its fields are not.
    template <typename Read>
    auto cited_at(const Section& entry, Read read_value) {
        using Value = typename std::invoke_result_t<Read, FieldReader&>::value_type;
        Cited<Value> result;
        if (!entry.json.is_object()) return result;
        FieldReader reader = entry_reader(entry);
        if (auto value = read_value(reader)) result.value = std::move(*value);
        result.cite = citation(reader, entry.path);
        return result;
    }

    // The part of cited_at() that does not depend on the value's type: one
    // copy in the wasm, not one per figure type.
    FieldReader entry_reader(const Section& entry) {
        FieldReader reader(entry.json, entry.path, kWhat, errors_);
        reader.reject_unknown({"value", "unit", "clause", "quote", "note"});
        return reader;
    }

    // Figures in tenths are read through one function pointer type, so that
    // cited_at() is one instance for all of them, not one per lambda.
    using ReadTenths = std::optional<Tenths> (*)(FieldReader&);

    static std::optional<Tenths> hours_value(FieldReader& r) { return r.tenths("value", Need::required, 1, limits::kMaxHours); }

    Cited<Tenths> cited_hours(const Section& parent, const char* key) { return cited(parent, key, ReadTenths{hours_value}); }

    // A conversion amount must say it is in 学时: a table copied from a notice
    // may give days or characters, and those are what `per` is for.
    Cited<Tenths> conversion_hours(const Section& entry) {
        auto result = cited_at(entry, ReadTenths{hours_value});
        if (!entry.json.is_object()) return result;
        FieldReader reader(entry.json, entry.path, kWhat, errors_);
        if (!reader.has("unit")) {
            error(entry.path + ".unit", "missing_unit", "的折算学时缺少单位（unit），应为“" + std::string(kHoursUnit) + "”");
        } else if (reader.text("unit", Need::optional, limits::kMaxNameChars).value_or("") != kHoursUnit) {
            error(entry.path + ".unit", "wrong_unit", "的折算学时单位应为“" + std::string(kHoursUnit) + "”");
        }
        return result;
    }

    Cited<bool> cited_flag(const Section& parent, const char* key) {
        return cited(parent, key, [](FieldReader& r) { return r.flag("value", Need::required); });
    }

    Cited<Date> cited_date(const Section& parent, const char* key) {
        return cited(parent, key, [](FieldReader& r) { return r.date("value", Need::required); });
    }

    template <typename Item, typename ReadItem>
    Cited<std::vector<Item>> cited_list(const Section& parent, const char* key, ReadItem read_item) {
        return cited(parent, key, [&](FieldReader& r) -> std::optional<std::vector<Item>> {
            const Json* list = r.raw("value");
            if (list == nullptr || !list->is_array()) {
                r.fail("value", "wrong_type", "应为列表");
                return std::nullopt;
            }
            std::vector<Item> items;
            // The array's vector, not the Json itself: its iterator is nlohmann's code in the wasm.
            for (const Json& item : list->get_ref<const Json::array_t&>()) {
                auto value = read_item(item);
                if (!value) {
                    r.fail("value", "invalid_choice", "中有无效的项");
                    return std::nullopt;
                }
                items.push_back(*value);
            }
            return items;
        });
    }

    std::vector<std::string> affiliation_ids() const {
        // Read before the rest is checked, so that lists can name them.
        std::vector<std::string> ids;
        const Json* affiliations = FieldReader(document_, "rules", kWhat, errors_).raw("affiliations");
        if (affiliations != nullptr && affiliations->is_object()) {
            for (const auto& [id, member] : members(*affiliations)) ids.push_back(id);
        }
        return ids;
    }

    void read_document(const Section& s) {
        FieldReader reader(s.json, s.path, kWhat, errors_);
        reader.reject_unknown({"title", "number", "authority"});
        reader.text("title", Need::required, limits::kMaxNameChars);
        pack_.document_number = reader.text("number", Need::required, limits::kMaxNameChars).value_or("");
        reader.text("authority", Need::optional, limits::kMaxNameChars);
    }

    void read_clauses(const Section& s) {
        if (!s.json.is_object()) return;
        for (const auto& [id, member] : members(s.json)) {
            const std::string path = s.path + "." + id;
            FieldReader reader(member, path, kWhat, errors_);
            if (!member.is_object()) {
                error(path, "wrong_type", "的条款应为对象");
                continue;
            }
            reader.reject_unknown({"title", "text"});
            Clause clause{id, reader.text("title", Need::required, limits::kMaxNameChars).value_or(""),
                          reader.text("text", Need::required, limits::kMaxClauseChars).value_or("")};
            pack_.clauses.push_back(std::move(clause));
        }
    }

    void read_notes() {
        FieldReader top(document_, "rules", kWhat, errors_);
        const Json* notes = top.raw("notes");
        if (notes == nullptr) return;
        if (!notes->is_array()) {
            top.fail("notes", "wrong_type", "应为列表");
            return;
        }
        for (std::size_t i = 0; i < notes->size(); ++i) {
            const std::string path = "rules.notes[" + std::to_string(i) + "]";
            FieldReader reader((*notes)[i], path, kWhat, errors_);
            reader.reject_unknown({"id", "clause", "text"});
            Note note{reader.text("id", Need::required, limits::kMaxNameChars).value_or(""),
                      reader.text("clause", Need::required, limits::kMaxNameChars).value_or(""),
                      reader.text("text", Need::required, limits::kMaxClauseChars).value_or("")};
            if (!note.clause.empty() && pack_.find_clause(note.clause) == nullptr) {
                error(path + ".clause", "unknown_clause", "引用了clauses中没有的条款“" + note.clause + "”");
            }
            pack_.notes.push_back(std::move(note));
        }
    }

    void read_requirements(const Section& s) {
        FieldReader(s.json, s.path, kWhat, errors_).reject_unknown({"public", "professional", "total"});
        pack_.public_required = cited_hours(s, "public");
        pack_.professional_required = cited_hours(s, "professional");
        const Cited<Tenths> total = cited_hours(s, "total");
        if (total.value != pack_.public_required.value + pack_.professional_required.value) {
            error(s.path + ".total.value", "inconsistent", "的总学时不等于公需类与专业类学时之和");
        }
    }

    void read_years() {
        FieldReader top(document_, "rules", kWhat, errors_);
        const Json* years = top.raw("years");
        if (years == nullptr || !years->is_array() || years->get_ref<const Json::array_t&>().empty()) {
            top.fail("years", years == nullptr ? "missing_field" : "wrong_type", "应为非空的年度列表");
            return;
        }
        for (std::size_t i = 0; i < years->size(); ++i) {
            const std::string path = "rules.years[" + std::to_string(i) + "]";
            FieldReader reader((*years)[i], path, kWhat, errors_);
            reader.reject_unknown({"year", "role", "clause", "quote", "note", "deadline"});
            PackYear year;
            year.year = reader.integer("year", Need::required, limits::kMinYear, limits::kMaxYear).value_or(0);
            year.make_up = reader.choice("role", Need::required, {"current", "make_up"}).value_or("") == "make_up";
            year.cite = citation(reader, path);
            year.deadline = cited_date({(*years)[i], path}, "deadline");
            if (!pack_.years.empty() && year.year <= pack_.years.back().year) {
                error(path + ".year", "overlapping_dates", "的年度应按从早到晚排列且不重复");
            }
            if (year.deadline.value.year != 0 && year.deadline.value.year < year.year) {
                error(path + ".deadline.value", "inconsistent", "的截止日期早于该年度");
            }
            pack_.years.push_back(std::move(year));
        }
        const auto current = std::count_if(pack_.years.begin(), pack_.years.end(),
                                           [](const PackYear& y) { return !y.make_up; });
        if (current != 1) {
            error("rules.years", "inconsistent", "中应恰好有一个 role 为 current 的年度");
            return;
        }
        // 四: make-up is for years before the current one.
        const int this_year = current_year();
        for (std::size_t i = 0; i < pack_.years.size(); ++i) {
            if (pack_.years[i].make_up && pack_.years[i].year > this_year) {
                error("rules.years[" + std::to_string(i) + "].role", "inconsistent", "的补修年度应早于本年度");
            }
        }
    }

    bool has_make_up_year() const {
        return std::any_of(pack_.years.begin(), pack_.years.end(), [](const PackYear& y) { return y.make_up; });
    }

    int current_year() const {
        const auto found = std::find_if(pack_.years.begin(), pack_.years.end(), [](const PackYear& y) { return !y.make_up; });
        return found == pack_.years.end() ? 0 : found->year;
    }

    void read_kinds(const Section& s) {
        for (const auto& entry : record_kinds()) {
            Section kind = child(s.json, s.path, entry.id);
            FieldReader reader(kind.json, kind.path, kWhat, errors_);
            if (entry.kind == Kind::converted) {
                reader.reject_unknown({"name", "clause", "quote", "note", "subtypes"});
                read_subtypes(child(kind.json, kind.path, "subtypes"));
            } else {
                reader.reject_unknown({"name", "clause", "quote", "note"});
            }
            pack_.kinds[static_cast<std::size_t>(entry.kind)] =
                KindRule{reader.text("name", Need::required, limits::kMaxNameChars).value_or(""), citation(reader, kind.path)};
        }
        // A kind the core does not know would be silently ignored: refuse it.
        if (!s.json.is_object()) return;
        for (const auto& [id, member] : members(s.json)) {
            if (!kind_from_id(id)) {
                error(s.path + "." + id, "unknown_rule_type", "中的记录类型“" + id + "”无法识别");
            }
        }
    }

    void read_subtypes(const Section& s) {
        if (!s.json.is_object()) return;
        FieldReader reader(s.json, s.path, kWhat, errors_);
        for (const auto& [id, member] : members(s.json)) {
            if (auto name = reader.text(id.c_str(), Need::required, limits::kMaxNameChars)) {
                // A built pair, as the module catalogue's check pushes: one
                // push_back in the wasm for both, not an emplace_back each.
                pack_.converted_subtypes.push_back({id, *name});
            }
        }
        if (pack_.converted_subtypes.empty()) error(s.path, "inconsistent", "的折算类别不能为空");
    }

    void read_language_exam(const Section& s) {
        FieldReader(s.json, s.path, kWhat, errors_).reject_unknown({"pass_score", "hours_by_level", "best_only", "sittings"});
        pack_.language_pass_score = cited(s, "pass_score", ReadTenths{[](FieldReader& r) {
            return r.tenths("value", Need::required, 0, limits::kMaxScore);
        }});
        pack_.language_best_only = cited_flag(s, "best_only");
        read_language_sittings(s);
        Section levels = child(s.json, s.path, "hours_by_level");
        if (!levels.json.is_object()) return;
        for (const auto& [id, member] : members(levels.json)) {
            pack_.language_level_hours.emplace_back(id, cited_hours(levels, id.c_str()));
        }
        if (pack_.language_level_hours.empty()) error(levels.path, "inconsistent", "的职称外语级别不能为空");
    }

    // Optional: {"2018": {"value": "2018-04-14", "clause", "quote"}}, one sitting per pack year.
    void read_language_sittings(const Section& s) {
        if (!FieldReader(s.json, s.path, kWhat, errors_).has("sittings")) return;
        Section sittings = child(s.json, s.path, "sittings");
        if (!sittings.json.is_object()) return;
        for (const auto& [id, member] : members(sittings.json)) {
            const Cited<Date> sitting = cited_date(sittings, id.c_str());
            const PackYear* year = pack_.find_year(sitting.value.year);
            if (sitting.value.year != 0 && (id != std::to_string(sitting.value.year) || year == nullptr)) {
                error(sittings.path + "." + id + ".value", "inconsistent", "的考试日期应在其所列年度内，且该年度在本规则包中");
            }
            pack_.language_sittings.emplace_back(sitting.value.year, sitting);
        }
    }

    void read_computer_module(const Section& s) {
        FieldReader(s.json, s.path, kWhat, errors_).reject_unknown({"hours_per_module", "cap_per_year", "catalogue"});
        pack_.module_hours = cited_hours(s, "hours_per_module");
        pack_.module_cap_per_year = cited_hours(s, "cap_per_year");
        if (pack_.module_cap_per_year.value < pack_.module_hours.value) {
            error(s.path + ".cap_per_year.value", "inconsistent", "的每年上限小于一个模块的学时");
        }
        if (FieldReader(s.json, s.path, kWhat, errors_).has("catalogue")) read_module_catalogue(child(s.json, s.path, "catalogue"));
    }

    // {"source": {"title", "url"}, "modules": [{"id", "name", "aliases"}]}: not
    // a figure of the notice, so it names its own source instead of a clause.
    void read_module_catalogue(const Section& s) {
        if (!s.json.is_object()) return;
        FieldReader reader(s.json, s.path, kWhat, errors_);
        reader.reject_unknown({"source", "modules"});
        Section source = child(s.json, s.path, "source");
        if (source.json.is_object()) {
            FieldReader source_reader(source.json, source.path, kWhat, errors_);
            source_reader.reject_unknown({"title", "url"});
            pack_.module_catalogue_source = source_reader.text("title", Need::required, limits::kMaxNameChars).value_or("");
            source_reader.text("url", Need::optional, limits::kMaxNameChars);
        }
        const Section modules = child_list(s, "modules");
        if (!modules.json.is_array()) return;
        std::vector<std::pair<std::string, std::string>> seen;  // identity, path of the entry that wrote it
        for (std::size_t i = 0; i < modules.json.size(); ++i) {
            const std::string path = modules.path + "[" + std::to_string(i) + "]";
            FieldReader entry(modules.json[i], path, kWhat, errors_);
            if (!modules.json[i].is_object()) {
                error(path, "wrong_type", "的科目应为对象");
                continue;
            }
            entry.reject_unknown({"id", "name", "aliases"});
            CatalogueModule module{entry.text("id", Need::required, limits::kMaxShortTextChars).value_or(""),
                                   entry.text("name", Need::required, limits::kMaxShortTextChars).value_or(""), {}};
            if (const Json* aliases = entry.raw("aliases")) {
                for (const Json& alias : *aliases) {
                    // By reference, as every other list of text here is filled: one push_back in the wasm.
                    if (alias.is_string()) module.aliases.push_back(alias.get_ref<const std::string&>());
                    else entry.fail("aliases", "wrong_type", "应为科目别名（文字）的列表");
                }
            }
            // Two entries that read the same would make identity a guess: the
            // aliases, then the name (walked in place, not copied into a list).
            for (std::size_t n = 0; n <= module.aliases.size(); ++n) {
                const std::string& name = n < module.aliases.size() ? module.aliases[n] : module.name;
                const std::string identity = module_identity(name);
                for (const auto& [other, other_path] : seen) {
                    if (other == identity && other_path != path) error(path, "inconsistent", "的科目“" + name + "”与" + other_path + "写法相同");
                }
                seen.push_back({identity, path});
            }
            pack_.module_catalogue.push_back(std::move(module));
        }
    }

    void read_public_course(const Section& s) {
        FieldReader(s.json, s.path, kWhat, errors_).reject_unknown({"hours"});
        pack_.public_course_hours = cited_hours(s, "hours");
    }

    void read_make_up(const Section& s) {
        FieldReader(s.json, s.path, kWhat, errors_)
            .reject_unknown({"dated_from", "public_affiliations", "professional_affiliations", "surplus_order",
                             "surplus_needs_current_complete"});
        const std::vector<std::string> ids = affiliation_ids();
        auto affiliation = [&](const Json& item) -> std::optional<std::string> {
            if (item.is_string() && std::find(ids.begin(), ids.end(), item.get_ref<const std::string&>()) != ids.end()) {
                return item.get_ref<const std::string&>();
            }
            return std::nullopt;
        };
        pack_.make_up_dated_from = cited_date(s, "dated_from");
        pack_.public_make_up_affiliations = cited_list<std::string>(s, "public_affiliations", affiliation);
        pack_.professional_make_up_affiliations = cited_list<std::string>(s, "professional_affiliations", affiliation);
        pack_.surplus_order = cited_list<int>(s, "surplus_order", [&](const Json& item) -> std::optional<int> {
            const auto number = int_in_range(item, limits::kMinYear, limits::kMaxYear);
            const PackYear* year = number ? pack_.find_year(*number) : nullptr;
            return year != nullptr && year->make_up ? std::optional<int>(year->year) : std::nullopt;
        });
        pack_.surplus_needs_current_complete = cited_flag(s, "surplus_needs_current_complete");
        for (const auto& year : pack_.years) {
            if (!year.make_up || pack_.make_up_dated_from.value.year == 0) continue;
            if (year.deadline.value < pack_.make_up_dated_from.value) {
                error(s.path + ".dated_from.value", "inconsistent", "的补修开始日期晚于" + std::to_string(year.year) +
                                                                      "年度的补修截止日期");
            }
            // A make-up window inside the year it makes up would turn that
            // year's own records into make-up.
            if (!(Date{year.year, 12, 31} < pack_.make_up_dated_from.value)) {
                error(s.path + ".dated_from.value", "overlapping_dates",
                      "的补修开始日期与" + std::to_string(year.year) + "年度本身重叠，应晚于该年度");
            }
        }
    }

    void read_affiliations(const Section& s) {
        if (!s.json.is_object()) return;
        for (const auto& [id, member] : members(s.json)) {
            const std::string path = s.path + "." + id;
            FieldReader reader(member, path, kWhat, errors_);
            reader.reject_unknown({"name", "description", "professional_by_local_rules"});
            Affiliation affiliation{id, reader.text("name", Need::required, limits::kMaxNameChars).value_or(""),
                                    reader.text("description", Need::optional, limits::kMaxNameChars).value_or(""),
                                    std::nullopt};
            if (reader.has("professional_by_local_rules")) {
                const auto local = cited_flag({member, path}, "professional_by_local_rules");
                if (local.value) affiliation.professional_by_local_rules = local.cite;
            }
            pack_.affiliations.push_back(std::move(affiliation));
        }
        if (pack_.affiliations.empty()) error(s.path, "inconsistent", "的单位类别不能为空");
    }

    // 二（二）3 defers the conversion standard to another notice: a bureau may
    // list its table here. Optional; without it certified hours are taken as entered.
    void read_conversion_table() {
        FieldReader top(document_, "rules", kWhat, errors_);
        if (!top.has("conversion_table")) return;
        Section table = section("conversion_table");
        FieldReader reader(table.json, table.path, kWhat, errors_);
        reader.reject_unknown({"title", "items"});
        reader.text("title", Need::optional, limits::kMaxNameChars);
        Section items = child(table.json, table.path, "items");
        if (!items.json.is_object()) return;
        for (const auto& [id, member] : members(items.json)) read_conversion_item({member, items.path + "." + id}, id);
        if (pack_.conversion_items.empty()) error(items.path, "inconsistent", "的折算项目不能为空");
    }

    void read_conversion_item(const Section& s, const std::string& id) {
        if (!s.json.is_object()) {
            error(s.path, "wrong_type", "的折算项目应为对象");
            return;
        }
        FieldReader reader(s.json, s.path, kWhat, errors_);
        reader.reject_unknown({"name", "subtype", "method", "per", "amount", "amounts", "cap_per_year"});
        ConversionItem item;
        item.id = id;
        item.name = reader.text("name", Need::required, limits::kMaxNameChars).value_or("");
        std::vector<std::string> subtypes;
        for (const auto& entry : pack_.converted_subtypes) subtypes.push_back(entry.first);
        item.subtype = reader.choice("subtype", Need::required, subtypes).value_or("");
        item.method = read_method(reader, s.path);
        if (item.method == ConversionMethod::per_unit) {
            if (!reader.has("per")) error(s.path + ".per", "missing_unit", "的按单位折算项目缺少计量单位（per），如“天”“万字”");
            item.per = reader.text("per", Need::optional, limits::kMaxNameChars).value_or("");
        } else if (reader.has("per")) {
            error(s.path + ".per", "inconsistent", "中只有按单位折算（per_unit）的项目才有计量单位（per）");
        }
        if (item.method == ConversionMethod::by_rank) {
            if (reader.has("amount")) error(s.path + ".amount", "inconsistent", "中按排名折算（by_rank）的项目应写 amounts（按排名的列表），不写 amount");
            read_rank_amounts(child_list(s, "amounts"), item);
        } else if (item.method != ConversionMethod::invalid) {
            if (reader.has("amounts")) error(s.path + ".amounts", "inconsistent", "中只有按排名折算（by_rank）的项目才有 amounts");
            item.amounts.push_back(conversion_hours(child(s.json, s.path, "amount")));
        }
        if (reader.has("cap_per_year")) {
            item.cap_per_year = conversion_hours(child(s.json, s.path, "cap_per_year"));
            if (!item.amounts.empty() && item.cap_per_year->value < item.amounts.front().value) {
                error(s.path + ".cap_per_year.value", "inconsistent", "的每年上限小于一项的折算学时");
            }
        }
        pack_.conversion_items.push_back(std::move(item));
    }

    ConversionMethod read_method(FieldReader& reader, const std::string& path) {
        const Json* method = reader.raw("method");
        if (method == nullptr) {
            reader.fail("method", "missing_field", "必须填写");
            return ConversionMethod::invalid;
        }
        for (const auto& entry : kMethods) {
            if (method->is_string() && method->get_ref<const std::string&>() == entry.id) return entry.method;
        }
        error(path + ".method", "unknown_rule_type", "的折算方法无法识别，只能是 per_item、per_unit、by_rank、per_year 之一");
        return ConversionMethod::invalid;
    }

    Section child_list(const Section& parent, const char* key) {
        static const Json kMissing;
        FieldReader reader(parent.json, parent.path, kWhat, errors_);
        const Json* value = reader.raw(key);
        if (value == nullptr || !value->is_array() || value->get_ref<const Json::array_t&>().empty()) {
            reader.fail(key, value == nullptr ? "missing_field" : "wrong_type", "应为非空列表");
            return {kMissing, reader.path_of(key)};
        }
        return {*value, reader.path_of(key)};
    }

    // 1st author first: amounts never rise with rank.
    void read_rank_amounts(const Section& list, ConversionItem& item) {
        if (!list.json.is_array()) return;
        for (std::size_t i = 0; i < list.json.size(); ++i) {
            const std::string path = list.path + "[" + std::to_string(i) + "]";
            item.amounts.push_back(conversion_hours({list.json[i], path}));
            if (i > 0 && item.amounts[i - 1].value < item.amounts[i].value) {
                error(path + ".value", "inconsistent", "的学时应按排名从高到低递减");
            }
        }
    }

    void check_consistency() {
        for (std::size_t i = 0; i < pack_.years.size(); ++i) {
            const int year = pack_.years[i].year;
            if (year != 0 && (Date{year, 1, 1} < pack_.valid_from || pack_.valid_until < Date{year, 1, 1})) {
                error("rules.years[" + std::to_string(i) + "].year", "inconsistent", "的年度" + std::to_string(year) + "不在有效期内");
            }
        }
        if (pack_.valid_until < pack_.valid_from) error("rules.valid_until", "inconsistent", "的有效期结束日早于开始日");
    }

    const Json& document_;
    Errors& errors_;
    RulePack& pack_;
};

}  // namespace

const PackYear* RulePack::find_year(int year) const {
    const auto found = std::find_if(years.begin(), years.end(), [&](const PackYear& y) { return y.year == year; });
    return found == years.end() ? nullptr : &*found;
}

const PackYear& RulePack::current_year() const {
    return *std::find_if(years.begin(), years.end(), [](const PackYear& y) { return !y.make_up; });
}

const Affiliation* RulePack::find_affiliation(const std::string& affiliation_id) const {
    const auto found = std::find_if(affiliations.begin(), affiliations.end(),
                                    [&](const Affiliation& a) { return a.id == affiliation_id; });
    return found == affiliations.end() ? nullptr : &*found;
}

const Clause* RulePack::find_clause(const std::string& clause_id) const {
    const auto found = std::find_if(clauses.begin(), clauses.end(), [&](const Clause& c) { return c.id == clause_id; });
    return found == clauses.end() ? nullptr : &*found;
}

const Cited<Tenths>* RulePack::level_hours(const std::string& level) const {
    const auto found = std::find_if(language_level_hours.begin(), language_level_hours.end(),
                                    [&](const auto& entry) { return entry.first == level; });
    return found == language_level_hours.end() ? nullptr : &found->second;
}

std::string RulePack::subtype_name(const std::string& subtype) const {
    for (const auto& [subtype_id, name] : converted_subtypes) {
        if (subtype_id == subtype) return name;
    }
    return subtype;
}

Tenths RulePack::required(Category category) const {
    return category == Category::public_hours ? public_required.value : professional_required.value;
}

const ConversionItem* RulePack::find_conversion_item(const std::string& item_id) const {
    const auto found = std::find_if(conversion_items.begin(), conversion_items.end(),
                                    [&](const ConversionItem& item) { return item.id == item_id; });
    return found == conversion_items.end() ? nullptr : &*found;
}

bool read_rule_pack_into(const Json& document, Errors& errors, RulePack& pack) {
    return PackReader(document, errors, pack).read();
}

std::optional<RulePack> read_rule_pack(const Json& document, Errors& errors) {
    std::optional<RulePack> pack(std::in_place);
    if (!read_rule_pack_into(document, errors, *pack)) pack.reset();
    return pack;
}

const char* kind_id(Kind kind) { return kind_def(kind).id; }

std::optional<Kind> kind_from_id(const std::string& id) {
    for (const auto& entry : record_kinds()) {
        if (id == entry.id) return entry.kind;
    }
    return std::nullopt;
}

const char* method_id(ConversionMethod method) {
    for (const auto& entry : kMethods) {
        if (entry.method == method) return entry.id;
    }
    return "";
}

const char* category_id(Category category) {
    return category == Category::public_hours ? "public" : "professional";
}

const char* category_name(Category category) {
    return category == Category::public_hours ? "公需类" : "专业类";
}

}  // namespace cehours
