#include "field_reader.hpp"

#include <algorithm>
#include <cmath>

#include "limits.hpp"
#include "vocabulary.hpp"

namespace cehours {
namespace {

// 2017 and 2017.0 are the same number in JSON; 2017.5 is not a year.
bool is_whole_number(const Json& value) {
    if (value.is_number_integer()) return true;
    if (!value.is_number_float()) return false;
    const double number = value.get<double>();
    return std::isfinite(number) && std::trunc(number) == number;
}

std::string join(const std::vector<std::string>& items) {
    std::string text;
    for (const auto& item : items) text += (text.empty() ? "" : "、") + item;
    return text;
}

}  // namespace

std::optional<int> int_in_range(const Json& value, int min, int max) {
    if (!is_whole_number(value)) return std::nullopt;
    // Compared in the value's own type: converting first would wrap 2^32 + 2015 to 2015.
    bool in_range = false;
    if (value.is_number_unsigned()) {
        const auto number = value.get<Json::number_unsigned_t>();
        in_range = max >= 0 && number <= static_cast<Json::number_unsigned_t>(max) &&
                   (min <= 0 || number >= static_cast<Json::number_unsigned_t>(min));
    } else if (value.is_number_integer()) {
        const auto number = value.get<Json::number_integer_t>();
        in_range = number >= min && number <= max;
    } else {
        const double number = value.get<double>();
        in_range = number >= min && number <= max;
    }
    if (!in_range) return std::nullopt;
    return value.is_number_float() ? static_cast<int>(value.get<double>()) : static_cast<int>(value.get<Json::number_integer_t>());
}

std::size_t count_chars(const std::string& utf8) {
    return static_cast<std::size_t>(
        std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string record_ordinal(std::size_t index) { return "第" + std::to_string(index + 1) + "条记录"; }

FieldReader::FieldReader(const Json& object, std::string path, std::string what, Errors& errors)
    : object_(object), path_(std::move(path)), what_(std::move(what)), errors_(errors) {}

bool FieldReader::has(const char* key) const { return raw(key) != nullptr; }

const Json* FieldReader::raw(const char* key) const {
    if (!object_.is_object()) return nullptr;
    // Compared as read: most names differ from the key at the first byte.
    for (const auto& member : object_.get_ref<const Json::object_t&>()) {
        if (is_key(member.first, key)) return &member.second;
    }
    return nullptr;
}

std::string FieldReader::path_of(const char* key) const { return path_.empty() ? key : path_ + "." + key; }

const char* field_label(std::string_view key) {
    // The batch check's one column of its own, beside the record fields.
    if (key == "person") return "姓名/工号";
    const FieldDef* def = find_field_def(std::string(key));
    return def != nullptr ? def->label : nullptr;
}

std::string FieldReader::label(const char* key) const {
    // A record's fields are named as the vocabulary labels them, so an error points at the right box.
    if (const char* name = field_label(key)) return what_ + "的“" + name + "”（" + key + "）";
    return what_ + "的“" + key + "”";
}

void FieldReader::fail(const char* key, const std::string& code, const std::string& message) {
    if (errors_.size() > limits::kMaxErrors) return;  // past the cap: not listed, so not built
    report({path_of(key), code, label(key) + message});
}

// One past the cap is kept, so that error_document() can tell there were more.
void FieldReader::report(Error error) {
    if (errors_.size() <= limits::kMaxErrors) errors_.push_back(std::move(error));
}

const Json* FieldReader::present(const char* key, Need need) {
    const Json* value = raw(key);
    if (value == nullptr && need == Need::required) fail(key, "missing_field", "必须填写");
    return value;
}

std::optional<std::string> FieldReader::text(const char* key, Need need, std::size_t max_chars) {
    const Json* value = present(key, need);
    if (value == nullptr) return std::nullopt;
    if (!value->is_string()) {
        fail(key, "wrong_type", "应为文字");
        return std::nullopt;
    }
    const auto& text = value->get_ref<const std::string&>();
    if (count_chars(text) > max_chars) {
        fail(key, "text_too_long", "不能超过" + std::to_string(max_chars) + "个字");
        return std::nullopt;
    }
    return text;
}

std::optional<std::string> FieldReader::choice(const char* key, Need need, const std::vector<std::string>& allowed) {
    const auto index = choice_index(key, need, allowed);
    if (!index) return std::nullopt;
    return allowed[*index];
}

std::optional<std::size_t> FieldReader::choice_index(const char* key, Need need, const std::vector<std::string>& allowed) {
    const Json* value = present(key, need);
    if (value == nullptr) return std::nullopt;
    if (value->is_string()) {
        const auto& text = value->get_ref<const std::string&>();
        const auto found = std::find(allowed.begin(), allowed.end(), text);
        if (found != allowed.end()) return static_cast<std::size_t>(found - allowed.begin());
    }
    fail(key, "invalid_choice", "只能是 " + join(allowed) + " 之一");
    return std::nullopt;
}

std::optional<Date> FieldReader::date(const char* key, Need need) {
    const Json* value = present(key, need);
    if (value == nullptr) return std::nullopt;
    if (value->is_string()) {
        if (auto date = parse_iso_date(value->get_ref<const std::string&>())) return date;
    }
    fail(key, "invalid_date", "应为真实存在的日期，格式如 2017-06-30");
    return std::nullopt;
}

std::optional<int> FieldReader::integer(const char* key, Need need, int min, int max) {
    const Json* value = present(key, need);
    if (value == nullptr) return std::nullopt;
    if (!is_whole_number(*value)) {
        fail(key, "wrong_type", "应为整数");
        return std::nullopt;
    }
    const auto number = int_in_range(*value, min, max);
    if (!number) {
        fail(key, std::string(key) + "_out_of_range", "应在" + std::to_string(min) + "到" + std::to_string(max) + "之间");
    }
    return number;
}

std::optional<bool> FieldReader::flag(const char* key, Need need) {
    const Json* value = present(key, need);
    if (value == nullptr) return std::nullopt;
    if (value->is_boolean()) return value->get<bool>();
    fail(key, "wrong_type", "应为 true 或 false");
    return std::nullopt;
}

std::optional<Tenths> FieldReader::tenths(const char* key, Need need, Tenths min, Tenths max) {
    const Json* value = present(key, need);
    if (value == nullptr) return std::nullopt;
    if (!value->is_number()) {
        fail(key, "wrong_type", "应为数字");
        return std::nullopt;
    }
    const double number = value->get<double>();
    const double scaled = number * 10;
    const double rounded = std::round(scaled);
    const std::string name = key;
    // NaN never passes the parser, but a Json built elsewhere could hold it: !(x >= min) catches it too.
    if (!(rounded >= static_cast<double>(min))) {
        if (min > 0) {
            fail(key, name + "_not_positive", "必须大于0");
        } else {
            fail(key, name + "_out_of_range", "应在" + format_tenths(min) + "到" + format_tenths(max) + "之间");
        }
        return std::nullopt;
    }
    if (rounded > static_cast<double>(max)) {
        fail(key, name + (min > 0 ? "_too_large" : "_out_of_range"), "不能超过" + format_tenths(max));
        return std::nullopt;
    }
    // A literal with one decimal parses to the double nearest to it, and so
    // does tenths / 10: equality holds exactly for 12.5 and fails for 12.55
    // or 12.50000001, where a tolerance would let those through.
    if (rounded / 10 != number) {
        fail(key, name + "_too_precise", "最多保留一位小数");
        return std::nullopt;
    }
    return static_cast<Tenths>(rounded);
}

void FieldReader::reject_unknown(std::initializer_list<const char*> allowed) {
    reject_unknown(std::vector<const char*>(allowed));
}

void FieldReader::reject_unknown(const std::vector<const char*>& allowed) {
    reject_unknown_where([&](std::string_view name) {
        return std::any_of(allowed.begin(), allowed.end(), [&](const char* key) { return is_key(name, key); });
    });
}

void FieldReader::refuse_unknown(const std::string& name) {
    report({path_of(name.c_str()), "unknown_field", what_ + "中有无法识别的字段“" + name + "”（可能是拼写错误）"});
}

}  // namespace cehours
