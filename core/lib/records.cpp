#include "records.hpp"

#include <algorithm>

#include "field_reader.hpp"
#include "limits.hpp"
#include "module_identity.hpp"

namespace cehours {
namespace {

// An input bound, not a rule: 500 items, days or 10,000-character units in one record.
constexpr int kMaxQuantity = 500;

std::vector<std::string> kind_ids() {
    std::vector<std::string> ids;
    for (Kind kind : {Kind::language_exam, Kind::computer_module, Kind::public_course, Kind::professional_course,
                      Kind::special_training, Kind::converted, Kind::registered}) {
        ids.emplace_back(kind_id(kind));
    }
    return ids;
}

class RecordReader {
public:
    // `path` and `what` name the record in errors: "records[3]" and "第4条记录".
    RecordReader(const Json& json, std::string path, std::string what, const RulePack& pack, Errors& errors)
        : json_(json), path_(path), what_(what), errors_(errors), fields_(json, std::move(path), std::move(what), errors),
          pack_(pack) {}

    std::optional<Record> read() {
        if (!json_.is_object()) {
            errors_.push_back({path_, "not_object", what_ + "应为对象"});
            return std::nullopt;
        }
        const auto kind_text = fields_.choice("kind", Need::required, kind_ids());
        if (!kind_text) return std::nullopt;
        record_.kind = *kind_from_id(*kind_text);
        record_.title = fields_.text("title", Need::optional, limits::kMaxTitleChars).value_or("");
        record_.certificate = fields_.text("certificate", Need::optional, limits::kMaxShortTextChars).value_or("");
        fields_.text("id", Need::optional, limits::kMaxShortTextChars);
        switch (record_.kind) {
            case Kind::language_exam: read_language_exam(); break;
            case Kind::computer_module: read_computer_module(); break;
            case Kind::public_course: read_public_course(); break;
            case Kind::professional_course:
            case Kind::special_training: read_professional(); break;
            case Kind::converted: read_converted(); break;
            case Kind::registered: read_registered(); break;
        }
        return record_;
    }

private:
    void read_language_exam() {
        fields_.reject_unknown({"kind", "id", "title", "certificate", "date", "level", "score", "national_standard"});
        read_date();
        record_.year = record_.date ? record_.date->year : 0;
        std::vector<std::string> levels;
        for (const auto& entry : pack_.language_level_hours) levels.push_back(entry.first);
        record_.level = fields_.choice("level", Need::required, levels).value_or("");
        record_.score = fields_.tenths("score", Need::required, 0, limits::kMaxScore).value_or(0);
        record_.national_standard = fields_.flag("national_standard", Need::optional).value_or(false);
        record_.category = Category::public_hours;
    }

    void read_computer_module() {
        fields_.reject_unknown({"kind", "id", "title", "certificate", "date", "module", "passed"});
        read_date();
        record_.year = record_.date ? record_.date->year : 0;
        record_.module = fields_.text("module", Need::required, limits::kMaxShortTextChars).value_or("");
        const ModuleMatch match = identify_module(record_.module, pack_.module_catalogue);
        record_.module_key = match.key;
        record_.module_listed = match.listed;
        if (fields_.has("module") && record_.module_key.empty() && fields_.raw("module")->is_string()) {
            fields_.fail("module", "empty_module", "不能为空");
        }
        record_.passed = fields_.flag("passed", Need::optional).value_or(true);
        record_.category = Category::public_hours;
    }

    void read_public_course() {
        fields_.reject_unknown({"kind", "id", "title", "certificate", "date", "topic_year", "passed"});
        read_date();
        record_.year = read_year("topic_year");
        record_.passed = fields_.flag("passed", Need::optional).value_or(true);
        record_.category = Category::public_hours;
    }

    void read_professional() {
        fields_.reject_unknown({"kind", "id", "title", "certificate", "date", "hours", "passed", "for_year"});
        read_date();
        record_.hours = read_hours();
        record_.passed = fields_.flag("passed", Need::optional).value_or(true);
        record_.year = read_year("for_year");
        record_.category = Category::professional_hours;
    }

    void read_converted() {
        read_date();
        if (fields_.has("item")) return read_conversion_item();
        fields_.reject_unknown({"kind", "id", "title", "certificate", "date", "subtype", "hours", "for_year"});
        std::vector<std::string> subtypes;
        for (const auto& entry : pack_.converted_subtypes) subtypes.push_back(entry.first);
        record_.subtype = fields_.choice("subtype", Need::required, subtypes).value_or("");
        record_.hours = read_hours();
        record_.year = read_year("for_year");
        record_.category = Category::professional_hours;
    }

    // 二（二）3: with the pack's conversion table the core computes the hours
    // from the item; each method reads only the fields it needs.
    void read_conversion_item() {
        if (pack_.conversion_items.empty()) {
            fields_.fail("item", "no_conversion_table", "无法使用：本规则包没有折算表，请填写证明材料上已折算的学时（hours）");
            return;
        }
        std::vector<std::string> ids;
        for (const auto& entry : pack_.conversion_items) ids.push_back(entry.id);
        const auto id = fields_.choice("item", Need::required, ids);
        const ConversionItem* item = id ? pack_.find_conversion_item(*id) : nullptr;
        if (item == nullptr) return;
        record_.item = item->id;
        record_.subtype = fields_.choice("subtype", Need::optional, {item->subtype}).value_or(item->subtype);
        record_.category = Category::professional_hours;
        switch (item->method) {
            case ConversionMethod::per_item:
                fields_.reject_unknown({"kind", "id", "title", "certificate", "date", "item", "subtype", "quantity", "for_year"});
                record_.quantity = 10 * fields_.integer("quantity", Need::optional, 1, kMaxQuantity).value_or(1);
                record_.year = read_year("for_year");
                break;
            case ConversionMethod::per_unit:
                fields_.reject_unknown({"kind", "id", "title", "certificate", "date", "item", "subtype", "quantity", "for_year"});
                record_.quantity = fields_.tenths("quantity", Need::required, 1, 10 * Tenths{kMaxQuantity}).value_or(0);
                record_.year = read_year("for_year");
                break;
            case ConversionMethod::by_rank:
                fields_.reject_unknown({"kind", "id", "title", "certificate", "date", "item", "subtype", "rank", "for_year"});
                record_.rank = fields_.integer("rank", Need::required, 1, static_cast<int>(item->amounts.size())).value_or(0);
                record_.year = read_year("for_year");
                break;
            case ConversionMethod::per_year: read_project_years(); break;
            case ConversionMethod::invalid: break;
        }
    }

    void read_project_years() {
        fields_.reject_unknown({"kind", "id", "title", "certificate", "date", "item", "subtype", "from_year", "to_year"});
        record_.year = fields_.integer("from_year", Need::required, limits::kMinYear, limits::kMaxYear).value_or(0);
        record_.to_year = fields_.integer("to_year", Need::required, limits::kMinYear, limits::kMaxYear).value_or(0);
        if (record_.year != 0 && record_.to_year != 0 && record_.to_year < record_.year) {
            fields_.fail("to_year", "to_year_before_from_year", "不能早于项目开始年度（from_year）");
        }
    }

    void read_registered() {
        fields_.reject_unknown({"kind", "id", "title", "certificate", "year", "category", "hours"});
        record_.year = fields_.integer("year", Need::required, limits::kMinYear, limits::kMaxYear).value_or(0);
        const auto category = fields_.choice("category", Need::required, {"public", "professional"});
        record_.category = category == std::optional<std::string>("professional") ? Category::professional_hours
                                                                                   : Category::public_hours;
        record_.hours = read_hours();
    }

    void read_date() { record_.date = fields_.date("date", Need::required); }

    Tenths read_hours() { return fields_.tenths("hours", Need::required, 1, limits::kMaxHours).value_or(0); }

    // A year the hours are for; it defaults to the year of the record's date.
    int read_year(const char* key) {
        const int fallback = record_.date ? record_.date->year : 0;
        return fields_.integer(key, Need::optional, limits::kMinYear, limits::kMaxYear).value_or(fallback);
    }

    const Json& json_;
    std::string path_;
    std::string what_;
    Errors& errors_;
    FieldReader fields_;
    const RulePack& pack_;
    Record record_;
};

}  // namespace

std::optional<Record> read_record(const Json& record, const std::string& path, const std::string& what,
                                  const RulePack& pack, Errors& errors) {
    const std::size_t errors_before = errors.size();
    auto read = RecordReader(record, path, what, pack, errors).read();
    if (errors.size() != errors_before) return std::nullopt;
    return read;
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
        FieldReader profile_fields(*profile, "profile", "个人情况", errors);
        if (!profile->is_object()) {
            top.fail("profile", "wrong_type", "应为对象");
        } else {
            profile_fields.reject_unknown({"affiliation", "since"});
            std::vector<std::string> ids;
            for (const auto& affiliation : pack.affiliations) ids.push_back(affiliation.id);
            result.affiliation = profile_fields.choice("affiliation", Need::optional, ids).value_or(result.affiliation);
            result.since = profile_fields.integer("since", Need::optional, limits::kMinYear, result.as_of.year);
        }
    }

    const Json* records = top.raw("records");
    if (records == nullptr || !records->is_array()) {
        top.fail("records", records == nullptr ? "missing_field" : "wrong_type", "应为记录列表");
    } else if (records->size() > limits::kMaxRecords) {
        top.fail("records", "too_many_records", "最多" + std::to_string(limits::kMaxRecords) + "条");
    } else {
        result.records.reserve(records->size());
        // Past the error cap nothing more would be listed: stop reading (limits.hpp).
        for (std::size_t i = 0; i < records->size() && errors.size() <= limits::kMaxErrors; ++i) {
            if (auto record = RecordReader((*records)[i], "records[" + std::to_string(i) + "]", record_ordinal(i), pack, errors).read()) {
                result.records.push_back(std::move(*record));
            }
        }
    }
    if (errors.size() != errors_before) return std::nullopt;
    return result;
}

}  // namespace cehours
