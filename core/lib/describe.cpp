#include "describe.hpp"

#include "json_writer.hpp"
#include "limits.hpp"
#include "vocabulary.hpp"

namespace cehours {
namespace {

const char* type_id(FieldType type) {
    switch (type) {
        case FieldType::text: return "text";
        case FieldType::date: return "date";
        case FieldType::integer: return "integer";
        case FieldType::decimal: return "decimal";
        case FieldType::flag: return "flag";
        case FieldType::choice: return "choice";
        case FieldType::year: return "year";
        case FieldType::object: return "object";
        case FieldType::list: return "list";
    }
    return "";
}

// Written with the JSON writer, as the result document is: building a tree
// of nlohmann values here would add its constructors to the page's wasm.
class Describer {
public:
    explicit Describer(const RulePack& pack) : pack_(pack) {}

    std::string write() {
        out_.begin_object().field("ok", true);
        out_.key("pack").begin_object()
            .field("id", pack_.id)
            .field("title", pack_.title)
            .field("document_number", pack_.document_number)
            .field("valid_from", pack_.valid_from.iso())
            .field("valid_until", pack_.valid_until.iso())
            .end_object();
        out_.key("limits").begin_object()
            .field("document_bytes", static_cast<std::int64_t>(limits::kMaxDocumentBytes))
            .field("pack_bytes", static_cast<std::int64_t>(limits::kMaxPackBytes))
            .field("records", static_cast<std::int64_t>(limits::kMaxRecords))
            .end_object();
        years();
        affiliations();
        // The profile's fields, read by the same table as the records' (the page's since box is built from it).
        out_.key("profile").begin_object();
        fields(profile_fields(), nullptr);
        out_.end_object();
        kinds();
        conversion_items();
        // The pack's catalogue (names, then aliases) where it has one; else the common modules.
        out_.key("modules").begin_array();
        if (pack_.module_catalogue.empty()) {
            for (const char* module : module_suggestions()) out_.string(module);
        }
        for (const auto& module : pack_.module_catalogue) {
            out_.string(module.name);
            for (const auto& alias : module.aliases) out_.string(alias);
        }
        out_.end_array();
        out_.key("clauses").begin_array();
        for (const auto& clause : pack_.clauses) out_.begin_object().field("id", clause.id).field("title", clause.title).end_object();
        out_.end_array();
        return out_.end_object().take();
    }

private:
    void years() {
        out_.key("years").begin_array();
        for (const auto& year : pack_.years) {
            out_.begin_object().field("year", year.year).field("role", year.make_up ? "make_up" : "current")
                .field("deadline", year.deadline.value.iso()).end_object();
        }
        out_.end_array();
    }

    void affiliations() {
        out_.key("affiliations").begin_array();
        for (const auto& affiliation : pack_.affiliations) {
            out_.begin_object().field("id", affiliation.id).field("name", affiliation.name)
                .field("description", affiliation.description)
                .field("professional_by_local_rules", affiliation.professional_by_local_rules.has_value()).end_object();
        }
        out_.end_array();
    }

    void kinds() {
        out_.key("kinds").begin_array();
        for (const auto& def : record_kinds()) {
            // A pack is only read with a rule for every kind (read_kinds), as evaluate.cpp relies on too.
            const KindRule& rule = pack_.kind(def.kind);
            out_.begin_object().field("id", def.id).field("name", rule.name).field("clause", rule.cite.clause);
            fields(def.fields, nullptr);
            // A record of this kind may name a conversion_items entry instead of its hours.
            if (def.kind == Kind::converted && !pack_.conversion_items.empty()) out_.field("conversion_items", true);
            out_.end_object();
        }
        out_.end_array();
    }

    void conversion_items() {
        out_.key("conversion_items").begin_array();
        for (const auto& item : pack_.conversion_items) {
            out_.begin_object().field("id", item.id).field("name", item.name).field("subtype", item.subtype)
                .field("method", method_id(item.method));
            fields(conversion_item_fields(item.method), &item);
            if (!item.per.empty()) out_.field("per", item.per);
            out_.key("amounts").begin_array();
            for (const auto& amount : item.amounts) figure(amount);
            out_.end_array();
            if (item.cap_per_year) figure(*item.cap_per_year, "cap_per_year");
            out_.end_object();
        }
        out_.end_array();
    }

    void figure(const Cited<Tenths>& figure, const char* key = nullptr) {
        if (key != nullptr) out_.key(key);
        out_.begin_object().field("clause", figure.cite.clause).field("quote", figure.cite.quote);
        if (!figure.cite.note.empty()) out_.field("note", figure.cite.note);
        out_.key("value").hours(figure.value).end_object();
    }

    void fields(Fields entries, const ConversionItem* item) {
        out_.key("fields").begin_array();
        for (const auto& entry : entries) field(entry, item);
        out_.end_array();
    }

    void field(const KindField& entry, const ConversionItem* item) {
        const FieldDef& def = *entry.def;
        std::string label = *entry.prompt != '\0' ? entry.prompt : def.label;
        std::string unit = def.unit;
        // A quantity counted in the item's own unit is asked in it: 数量（天）.
        if (item != nullptr && item->method == ConversionMethod::per_unit && def.type == FieldType::decimal) {
            unit = item->per;
            label = std::string(def.label) + "（" + unit + "）";
        }
        out_.begin_object().field("name", def.name).field("type", type_id(def.type)).field("label", label)
            .field("required", entry.need == Need::required);
        if (def.type == FieldType::text) out_.field("max_chars", def.max);
        if (def.type == FieldType::integer || def.type == FieldType::year) out_.field("min", def.min).field("max", def.max);
        // A decimal's bounds are kept in tenths; the page sees hours and points.
        if (def.type == FieldType::decimal) out_.key("min").hours(def.min).key("max").hours(def.max).field("decimals", 1);
        if (!unit.empty()) out_.field("unit", unit);
        if (def.type == FieldType::choice) options(def.options, item);
        if (def.type == FieldType::flag) out_.field("default", entry.checked);
        if (*entry.fallback != '\0') out_.field("fallback", entry.fallback);
        if (*entry.hint != '\0') out_.field("hint", entry.hint);
        out_.end_object();
    }

    void option(const std::string& id, const std::string& name) {
        out_.begin_object().field("id", id).field("name", name).end_object();
    }

    void options(Options source, const ConversionItem* item) {
        out_.key("options").begin_array();
        switch (source) {
            case Options::language_levels:
                for (const auto& [level, hours] : pack_.language_level_hours) {
                    out_.begin_object().field("id", level).field("name", level + "级").key("hours").hours(hours.value).end_object();
                }
                break;
            case Options::converted_subtypes:
                for (const auto& [id, name] : pack_.converted_subtypes) {
                    if (item == nullptr || item->subtype == id) option(id, name);
                }
                break;
            case Options::categories:
                for (Category category : {Category::public_hours, Category::professional_hours}) {
                    option(category_id(category), category_name(category));
                }
                break;
            case Options::conversion_items:
                for (const auto& entry : pack_.conversion_items) option(entry.id, entry.name);
                break;
            case Options::ranks:
                for (std::size_t i = 0; item != nullptr && i < item->amounts.size(); ++i) {
                    option(std::to_string(i + 1),
                           "第" + std::to_string(i + 1) + "名（" + format_tenths(item->amounts[i].value) + "学时）");
                }
                break;
            case Options::affiliations:
                for (const auto& affiliation : pack_.affiliations) option(affiliation.id, affiliation.name);
                break;
            case Options::kinds:
            case Options::none: break;
        }
        out_.end_array();
    }

    const RulePack& pack_;
    JsonWriter out_;
};

}  // namespace

std::string describe(const RulePack& pack) { return Describer(pack).write(); }

}  // namespace cehours
