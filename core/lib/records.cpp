#include "records.hpp"

#include <algorithm>

#include "field_reader.hpp"
#include "limits.hpp"
#include "module_identity.hpp"
#include "vocabulary.hpp"

namespace cehours {
namespace {

// Built once: every record's kind is checked against it, in the order of record_kinds().
const std::vector<std::string>& kind_ids() {
    static const std::vector<std::string> ids = [] {
        std::vector<std::string> list;
        for (const auto& def : record_kinds()) list.emplace_back(def.id);
        return list;
    }();
    return ids;
}

// The values a choice field allows, taken from the pack when first asked and
// then kept for every record of the document: built per record, they were a
// list of strings allocated for each level, subtype and category read.
class ChoiceLists {
public:
    explicit ChoiceLists(const RulePack& pack) : pack_(pack) {}

    const std::vector<std::string>& of(Options source) {
        switch (source) {
            case Options::language_levels: return keep(levels_, pack_.language_level_hours, [](const auto& e) { return e.first; });
            case Options::converted_subtypes: return keep(subtypes_, pack_.converted_subtypes, [](const auto& e) { return e.first; });
            case Options::conversion_items: return keep(items_, pack_.conversion_items, [](const auto& e) { return e.id; });
            case Options::affiliations: return keep(affiliations_, pack_.affiliations, [](const auto& e) { return e.id; });
            case Options::categories: {
                static const std::vector<std::string> categories{category_id(Category::public_hours),
                                                                 category_id(Category::professional_hours)};
                return categories;
            }
            case Options::kinds: return kind_ids();
            case Options::none:
            case Options::ranks: break;
        }
        static const std::vector<std::string> none;
        return none;
    }

private:
    template <typename Entries, typename IdOf>
    static const std::vector<std::string>& keep(std::optional<std::vector<std::string>>& list, const Entries& entries,
                                                IdOf id_of) {
        if (!list) {
            list.emplace();
            for (const auto& entry : entries) list->push_back(id_of(entry));
        }
        return *list;
    }

    const RulePack& pack_;
    std::optional<std::vector<std::string>> levels_, subtypes_, items_, affiliations_;
};

// Reads one record through the vocabulary table: the kind's fields (or, for a
// conversion naming a table item, the item's method's) decide which keys are
// allowed, which are required and their bounds; then each kind takes what it needs.
class RecordReader {
public:
    // The record is read unnamed: name_errors() names it in its errors, if it has any.
    RecordReader(const Json& json, const RulePack& pack, ChoiceLists& choices, Errors& errors)
        : json_(json), errors_(errors), fields_(json, {}, {}, errors), pack_(pack), choices_(choices) {}

    // The record read, for the caller to move where it keeps it (not copied
    // through a return value: a record is seven strings), or null when it
    // cannot be read at all.
    Record* read() {
        if (!json_.is_object()) {
            errors_.push_back({fields_.path(), "not_object", fields_.what() + "应为对象"});
            return nullptr;
        }
        const auto kind = fields_.choice_index("kind", Need::required, kind_ids());
        if (!kind) return nullptr;
        record_.kind = record_kinds().begin()[*kind].kind;
        // Looked up once, not once per record.
        static const auto id_max = static_cast<std::size_t>(find_field_def("id")->max);
        fields_.text("id", Need::optional, id_max);
        if (record_.kind == Kind::converted && fields_.has("item")) {
            read_conversion_item();
        } else {
            read_fields(kind_def(record_.kind).fields);
        }
        record_.title = take_text("title");
        record_.certificate = take_text("certificate");
        const int date_year = record_.date ? record_.date->year : 0;
        switch (record_.kind) {
            case Kind::language_exam:
            case Kind::computer_module: record_.year = date_year; break;
            case Kind::public_course: record_.year = static_cast<int>(number("topic_year").value_or(date_year)); break;
            case Kind::registered: record_.year = static_cast<int>(number("year").value_or(0)); break;
            default: record_.year = static_cast<int>(number("for_year").value_or(date_year)); break;
        }
        record_.category = record_.kind == Kind::registered ? registered_category() : kind_category(record_.kind);
        if (record_.kind == Kind::computer_module) {
            const ModuleMatch match = identify_module(record_.module, pack_.module_catalogue);
            record_.module_key = match.key;
            record_.module_listed = match.listed;
            if (fields_.has("module") && record_.module_key.empty() && fields_.raw("module")->is_string()) {
                fields_.fail("module", "empty_module", "不能为空");
            }
        }
        return &record_;
    }

private:
    static Category kind_category(Kind kind) {
        switch (kind) {
            case Kind::language_exam:
            case Kind::computer_module:
            case Kind::public_course: return Category::public_hours;
            default: return Category::professional_hours;
        }
    }

    Category registered_category() {
        const Value* category = find("category");
        return category != nullptr && category->text == category_id(Category::professional_hours)
                   ? Category::professional_hours
                   : Category::public_hours;
    }

    // `read_first`: fields already read, in the order a person reads the errors.
    void read_fields(Fields fields, std::initializer_list<const char*> read_first = {}) {
        values_.reserve(values_.size() + static_cast<std::size_t>(fields.end() - fields.begin()));
        fields_.reject_unknown_where([&](std::string_view name) {
            return std::any_of(std::begin(kRecordKeys), std::end(kRecordKeys), [&](const char* key) { return is_key(name, key); }) ||
                   std::any_of(fields.begin(), fields.end(), [&](const KindField& field) { return is_key(name, field.def->name); });
        });
        for (const auto& field : fields) {
            const bool done = std::any_of(read_first.begin(), read_first.end(),
                                          [&](const char* key) { return is_key(key, field.def->name); });
            if (!done) read_field(field);
        }
        record_.date = date_;
        record_.level = take_text("level");
        record_.score = number("score").value_or(0);
        record_.national_standard = flag("national_standard", false);
        record_.module = take_text("module");
        record_.passed = flag("passed", true);
        record_.subtype = take_text("subtype");
        record_.hours = number("hours").value_or(0);
    }

    void read_field(const KindField& field) {
        const FieldDef& def = *field.def;
        const char* key = def.name;
        switch (def.type) {
            case FieldType::text:
                value(key).text = fields_.text(key, field.need, static_cast<std::size_t>(def.max)).value_or("");
                break;
            case FieldType::choice:
                if (def.options == Options::ranks) {
                    value(key).number = fields_.integer(key, field.need, 1, rank_count());
                } else {
                    value(key).text = fields_.choice(key, field.need, options(def.options)).value_or("");
                }
                break;
            case FieldType::date: date_ = fields_.date(key, field.need); break;
            case FieldType::integer:
            case FieldType::year:
                value(key).number = fields_.integer(key, field.need, static_cast<int>(def.min), static_cast<int>(def.max));
                break;
            case FieldType::decimal: value(key).number = fields_.tenths(key, field.need, def.min, def.max); break;
            case FieldType::flag: value(key).flag = fields_.flag(key, field.need).value_or(field.checked); break;
            case FieldType::object:
            case FieldType::list: break;
        }
    }

    // A record naming a conversion item may name only that item's subtype.
    const std::vector<std::string>& options(Options source) {
        if (source == Options::converted_subtypes && item_ != nullptr) {
            item_subtype_ = {item_->subtype};
            return item_subtype_;
        }
        return choices_.of(source);
    }

    int rank_count() const { return item_ != nullptr ? static_cast<int>(item_->amounts.size()) : 0; }

    // 二（二）3: with the pack's conversion table the core computes the hours
    // from the item; each method reads only the fields it needs.
    void read_conversion_item() {
        date_ = fields_.date("date", Need::required);
        record_.date = date_;
        if (pack_.conversion_items.empty()) {
            fields_.fail("item", "no_conversion_table", "无法使用：本规则包没有折算表，请填写证明材料上已折算的学时（hours）");
            return;
        }
        const auto id = fields_.choice("item", Need::required, options(Options::conversion_items));
        item_ = id ? pack_.find_conversion_item(*id) : nullptr;
        if (item_ == nullptr) return;
        read_fields(conversion_item_fields(item_->method), {"date", "item"});
        record_.item = item_->id;
        if (record_.subtype.empty()) record_.subtype = item_->subtype;
        switch (item_->method) {
            case ConversionMethod::per_item: record_.quantity = 10 * number("quantity").value_or(1); break;
            case ConversionMethod::per_unit: record_.quantity = number("quantity").value_or(0); break;
            case ConversionMethod::by_rank: record_.rank = static_cast<int>(number("rank").value_or(0)); break;
            case ConversionMethod::per_year: read_project_years(); break;
            case ConversionMethod::invalid: break;
        }
    }

    // A project's years: `year` is its first, `to_year` its last.
    void read_project_years() {
        const int from = static_cast<int>(number("from_year").value_or(0));
        record_.to_year = static_cast<int>(number("to_year").value_or(0));
        if (from != 0 && record_.to_year != 0 && record_.to_year < from) {
            fields_.fail("to_year", "to_year_before_from_year", "不能早于项目开始年度（from_year）");
        }
        value("for_year").number = from;
    }

    // What was read for each field; a handful per record, so a list.
    struct Value {
        const char* key;
        std::string text;
        std::optional<std::int64_t> number;
        std::optional<bool> flag;
    };

    Value& value(const char* key) {
        if (Value* found = find(key)) return *found;
        return values_.emplace_back(Value{key, {}, std::nullopt, std::nullopt});
    }

    Value* find(const char* key) {
        for (auto& entry : values_) {
            // The first bytes compared here, as is_key() is a call: our keys mostly differ there.
            if (*entry.key == *key && is_key(entry.key, key)) return &entry;
        }
        return nullptr;
    }

    // Each text is handed to the record once: moved, not copied.
    std::string take_text(const char* key) {
        Value* found = find(key);
        return found != nullptr ? std::move(found->text) : std::string();
    }

    std::optional<std::int64_t> number(const char* key) {
        const Value* found = find(key);
        return found != nullptr ? found->number : std::nullopt;
    }

    bool flag(const char* key, bool fallback) {
        const Value* found = find(key);
        return found != nullptr && found->flag ? *found->flag : fallback;
    }

    const Json& json_;
    Errors& errors_;
    FieldReader fields_;
    const RulePack& pack_;
    ChoiceLists& choices_;
    std::vector<std::string> item_subtype_;
    const ConversionItem* item_ = nullptr;
    std::optional<Date> date_;
    std::vector<Value> values_;
    Record record_;
};

// The errors of `record`, read unnamed, from `first` on, as FieldReader would
// have written them for a record named `path` ("records[3]") and `what`
// ("第4条记录"). Named up front, every record cost two strings no one read.
void name_errors(const Json& record, Errors& errors, std::size_t first, const std::string& path, const std::string& what) {
    // A record that is not an object has one error, about itself; any other record's are about its keys.
    const std::string prefix = record.is_object() ? path + "." : path;
    for (std::size_t i = first; i < errors.size(); ++i) {
        errors[i].path.insert(0, prefix);
        errors[i].message.insert(0, what);
    }
}

}  // namespace

std::optional<Record> read_record(const Json& record, const std::string& path, const std::string& what,
                                  const RulePack& pack, Errors& errors) {
    const std::size_t errors_before = errors.size();
    ChoiceLists choices(pack);
    RecordReader reader(record, pack, choices, errors);
    Record* read = reader.read();
    name_errors(record, errors, errors_before, path, what);
    if (read == nullptr || errors.size() != errors_before) return std::nullopt;
    return std::move(*read);
}

std::optional<RecordsDocument> read_records(const Json& document, const RulePack& pack, const Date& today,
                                            Errors& errors) {
    const std::size_t errors_before = errors.size();
    if (!document.is_object()) {
        errors.push_back({"", "not_object", "数据应为JSON对象，包含 records 列表"});
        return std::nullopt;
    }
    FieldReader top(document, "", "数据", errors);
    top.reject_unknown({"as_of", "profile", "records"});
    RecordsDocument result;
    result.as_of = top.date("as_of", Need::optional).value_or(today);
    // A pack cannot judge a day before its rules began; another year needs
    // that year's notice. After its end it still answers (every open year is
    // then closed), and the evaluation says a later year needs a later pack.
    if (result.as_of < pack.valid_from) {
        errors.push_back({"as_of", "as_of_outside_pack",
                          "核算日期" + result.as_of.chinese() + (top.has("as_of") ? "" : "（未填写，按今天计）") +
                              "早于规则包“" + pack.title + "”（" + pack.document_number + "）的适用期" +
                              pack.valid_from.chinese() + "至" + pack.valid_until.chinese() + "，需要适用于" +
                              std::to_string(result.as_of.year) + "年的规则包"});
    }

    result.affiliation = pack.affiliations.front().id;
    if (const Json* profile = top.raw("profile")) {
        FieldReader profile_reader(*profile, "profile", "个人情况", errors);
        if (!profile->is_object()) {
            top.fail("profile", "wrong_type", "应为对象");
        } else {
            std::vector<const char*> allowed;
            for (const auto& field : profile_fields()) allowed.push_back(field.def->name);
            profile_reader.reject_unknown(allowed);
            std::vector<std::string> ids;
            for (const auto& affiliation : pack.affiliations) ids.push_back(affiliation.id);
            result.affiliation = profile_reader.choice("affiliation", Need::optional, ids).value_or(result.affiliation);
            // 四: a person cannot have become a 专业技术人员 after the day assessed.
            const FieldDef& since = *find_field_def("since");
            result.since = profile_reader.integer("since", Need::optional, static_cast<int>(since.min),
                                                  std::min(static_cast<int>(since.max), result.as_of.year));
        }
    }

    const Json* records = top.raw("records");
    if (records == nullptr || !records->is_array()) {
        top.fail("records", records == nullptr ? "missing_field" : "wrong_type", "应为记录列表");
    } else if (records->size() > limits::kMaxRecords) {
        top.fail("records", "too_many_records", "最多" + std::to_string(limits::kMaxRecords) + "条");
    } else {
        result.records.reserve(records->size());
        ChoiceLists choices(pack);
        // Past the error cap nothing more would be listed: stop reading (limits.hpp).
        for (std::size_t i = 0; i < records->size() && errors.size() <= limits::kMaxErrors; ++i) {
            const std::size_t first = errors.size();
            RecordReader reader((*records)[i], pack, choices, errors);
            if (Record* record = reader.read()) result.records.push_back(std::move(*record));
            if (errors.size() != first) name_errors((*records)[i], errors, first, "records[" + std::to_string(i) + "]", record_ordinal(i));
        }
    }
    if (errors.size() != errors_before) return std::nullopt;
    return result;
}

}  // namespace cehours
