#include "describe.hpp"

#include "codes.hpp"
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

// Hours as a JSON number: 30, or 12.5.
Json hours_json(Tenths value) { return value % 10 == 0 ? Json(value / 10) : Json(static_cast<double>(value) / 10); }

Json option(const std::string& id, const std::string& name) { return {{"id", id}, {"name", name}}; }

// A decimal's bounds are kept in tenths; the page sees hours and points.
Json bound(const FieldDef& def, std::int64_t value) {
    return def.type == FieldType::decimal ? hours_json(value) : Json(value);
}

Json options_of(Options source, const RulePack& pack, const ConversionItem* item) {
    Json list = Json::array();
    switch (source) {
        case Options::language_levels:
            for (const auto& [level, hours] : pack.language_level_hours) {
                list.push_back(option(level, level + "级"));
                list.back()["hours"] = hours_json(hours.value);
            }
            break;
        case Options::converted_subtypes:
            for (const auto& [id, name] : pack.converted_subtypes) {
                if (item == nullptr || item->subtype == id) list.push_back(option(id, name));
            }
            break;
        case Options::categories:
            for (Category category : {Category::public_hours, Category::professional_hours}) {
                list.push_back(option(category_id(category), category_name(category)));
            }
            break;
        case Options::conversion_items:
            for (const auto& entry : pack.conversion_items) list.push_back(option(entry.id, entry.name));
            break;
        case Options::ranks:
            for (std::size_t i = 0; item != nullptr && i < item->amounts.size(); ++i) {
                list.push_back(option(std::to_string(i + 1), "第" + std::to_string(i + 1) + "名（" +
                                                                 format_tenths(item->amounts[i].value) + "学时）"));
            }
            break;
        case Options::kinds:
        case Options::affiliations:
        case Options::none: break;
    }
    return list;
}

Json field(const KindField& entry, const RulePack& pack, const ConversionItem* item) {
    const FieldDef& def = *entry.def;
    Json out = {{"name", def.name},
                {"type", type_id(def.type)},
                {"label", *entry.prompt != '\0' ? entry.prompt : def.label},
                {"required", entry.need == Need::required}};
    if (def.type == FieldType::text) out["max_chars"] = def.max;
    if (def.type == FieldType::integer || def.type == FieldType::year || def.type == FieldType::decimal) {
        out["min"] = bound(def, def.min);
        out["max"] = bound(def, def.max);
    }
    if (def.type == FieldType::decimal) out["decimals"] = 1;
    std::string unit = def.unit;
    if (item != nullptr && item->method == ConversionMethod::per_unit && def.type == FieldType::decimal) unit = item->per;
    if (!unit.empty()) out["unit"] = unit;
    if (def.type == FieldType::choice) out["options"] = options_of(def.options, pack, item);
    if (def.type == FieldType::flag) out["default"] = entry.checked;
    if (*entry.fallback != '\0') out["fallback"] = entry.fallback;
    if (*entry.hint != '\0') out["hint"] = entry.hint;
    return out;
}

Json fields(const std::vector<KindField>& entries, const RulePack& pack, const ConversionItem* item = nullptr) {
    Json list = Json::array();
    for (const auto& entry : entries) list.push_back(field(entry, pack, item));
    return list;
}

Json cited_figure(const Citation& cite) {
    Json out = {{"clause", cite.clause}, {"quote", cite.quote}};
    if (!cite.note.empty()) out["note"] = cite.note;
    return out;
}

}  // namespace

Json describe(const RulePack& pack) {
    Json kinds = Json::array();
    for (const auto& def : record_kinds()) {
        const KindRule& rule = pack.kinds.at(def.kind);
        kinds.push_back({{"id", def.id}, {"name", rule.name}, {"clause", rule.cite.clause}, {"fields", fields(def.fields, pack)}});
        // A record of this kind may name a conversion_items entry instead of its hours.
        if (def.kind == Kind::converted && !pack.conversion_items.empty()) kinds.back()["conversion_items"] = true;
    }
    Json items = Json::array();
    for (const auto& item : pack.conversion_items) {
        Json entry = {{"id", item.id}, {"name", item.name}, {"subtype", item.subtype}, {"method", method_id(item.method)},
                      {"fields", fields(conversion_item_fields(item.method), pack, &item)}};
        if (!item.per.empty()) entry["per"] = item.per;
        Json amounts = Json::array();
        for (const auto& amount : item.amounts) {
            amounts.push_back(cited_figure(amount.cite));
            amounts.back()["value"] = hours_json(amount.value);
        }
        entry["amounts"] = amounts;
        if (item.cap_per_year) {
            entry["cap_per_year"] = cited_figure(item.cap_per_year->cite);
            entry["cap_per_year"]["value"] = hours_json(item.cap_per_year->value);
        }
        items.push_back(entry);
    }
    Json years = Json::array();
    for (const auto& year : pack.years) {
        years.push_back({{"year", year.year}, {"role", year.make_up ? "make_up" : "current"}, {"deadline", year.deadline.value.iso()}});
    }
    Json affiliations = Json::array();
    for (const auto& affiliation : pack.affiliations) {
        affiliations.push_back({{"id", affiliation.id},
                                {"name", affiliation.name},
                                {"description", affiliation.description},
                                {"professional_by_local_rules", affiliation.professional_by_local_rules.has_value()}});
    }
    Json clauses = Json::array();
    for (const auto& clause : pack.clauses) clauses.push_back({{"id", clause.id}, {"title", clause.title}});
    Json code_list = Json::array();
    for (const auto& entry : codes()) {
        code_list.push_back({{"code", entry.code}, {"severity", severity_id(entry.severity)}, {"message", entry.message}});
    }
    Json modules = Json::array();
    for (const char* module : module_suggestions()) modules.push_back(module);
    return {{"ok", true},
            {"pack", {{"id", pack.id}, {"title", pack.title}, {"document_number", pack.document_number},
                      {"valid_from", pack.valid_from.iso()}, {"valid_until", pack.valid_until.iso()}}},
            {"limits", {{"document_bytes", limits::kMaxDocumentBytes}, {"pack_bytes", limits::kMaxPackBytes},
                        {"records", limits::kMaxRecords}}},
            {"years", years},
            {"affiliations", affiliations},
            {"kinds", kinds},
            {"conversion_items", items},
            {"modules", modules},
            {"clauses", clauses},
            {"codes", code_list}};
}

}  // namespace cehours
