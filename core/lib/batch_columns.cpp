#include "batch_columns.hpp"

#include <algorithm>

#include "field_reader.hpp"
#include "limits.hpp"

namespace cehours {
namespace {

bool is_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "60", "-3", "12.5": a plain decimal, as Excel writes a number cell.
bool is_decimal(std::string_view text) {
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
    const auto point = text.find('.');
    if (point == std::string_view::npos) return is_digits(text);
    return is_digits(text.substr(0, point)) && is_digits(text.substr(point + 1));
}

Json number_value(std::string_view text) {
    if (text.size() > limits::kMaxNumberChars || !is_decimal(text)) return std::string(text);
    if (text[0] == '+') text.remove_prefix(1);
    Json number = Json::parse(text, nullptr, /*allow_exceptions=*/false);
    return number.is_discarded() ? Json(std::string(text)) : number;
}

Json flag_value(std::string_view text) {
    for (const char* yes : {"是", "合格", "通过", "true", "TRUE", "True", "1", "Y", "y"}) {
        if (text == yes) return true;
    }
    for (const char* no : {"否", "不合格", "未通过", "false", "FALSE", "False", "0", "N", "n"}) {
        if (text == no) return false;
    }
    return std::string(text);
}

// Year, month and day as Excel and people write them (2017/4/8, 2017-4-8,
// 2017.4.8, 2017年4月8日) become 2017-04-08; whether the day exists is the
// record reader's question.
Json date_value(std::string_view text) {
    std::string dashed;
    for (std::size_t i = 0; i < text.size();) {
        const std::string_view rest = text.substr(i);
        if (rest.substr(0, 3) == "年" || rest.substr(0, 3) == "月") {
            dashed += '-', i += 3;
        } else if (rest == "日") {
            i += 3;
        } else {
            dashed += text[i] == '/' || text[i] == '.' ? '-' : text[i];
            ++i;
        }
    }
    const auto first = dashed.find('-');
    const auto second = first == std::string::npos ? first : dashed.find('-', first + 1);
    if (second == std::string::npos) return std::string(text);
    const std::string year = dashed.substr(0, first);
    const std::string month = dashed.substr(first + 1, second - first - 1);
    const std::string day = dashed.substr(second + 1);
    const bool shaped = year.size() == 4 && is_digits(year) && is_digits(month) && month.size() <= 2 &&
                        is_digits(day) && day.size() <= 2;
    if (!shaped) return std::string(text);
    auto two = [](const std::string& digits) { return (digits.size() == 1 ? "0" : "") + digits; };
    return year + "-" + two(month) + "-" + two(day);
}

// An id as it is, or the name the pack gives it. Looked up in the pack
// itself, with no list built: this runs for every cell of a unit's file.
Json kind_value(std::string_view text, const RulePack& pack) {
    for (std::size_t i = 0; i < kKindCount; ++i) {
        if (text == pack.kinds[i].name) return kind_id(static_cast<Kind>(i));
    }
    return std::string(text);
}

Json subtype_value(std::string_view text, const RulePack& pack) {
    for (const auto& [id, name] : pack.converted_subtypes) {
        if (text == name) return id;
    }
    return std::string(text);
}

Json affiliation_value(std::string_view text, const RulePack& pack) {
    for (const auto& affiliation : pack.affiliations) {
        if (text == affiliation.name) return affiliation.id;
    }
    return std::string(text);
}

Json category_value(std::string_view text) {
    for (const Category category : {Category::public_hours, Category::professional_hours}) {
        if (text == category_name(category)) return category_id(category);
    }
    return std::string(text);
}

}  // namespace

const std::vector<BatchColumn>& batch_columns() {
    static const std::vector<BatchColumn> columns = {
        {"person", CellValue::text},         {"affiliation", CellValue::affiliation},
        {"kind", CellValue::kind},           {"date", CellValue::date},
        {"hours", CellValue::number},        {"title", CellValue::text},
        {"certificate", CellValue::text},    {"passed", CellValue::flag},
        {"for_year", CellValue::number},     {"level", CellValue::text},
        {"score", CellValue::number},        {"national_standard", CellValue::flag},
        {"module", CellValue::text},         {"topic_year", CellValue::number},
        {"subtype", CellValue::subtype},     {"item", CellValue::text},
        {"quantity", CellValue::number},     {"rank", CellValue::number},
        {"from_year", CellValue::number},    {"to_year", CellValue::number},
        {"year", CellValue::number},         {"category", CellValue::category},
        {"id", CellValue::text},
    };
    return columns;
}

std::string column_header(const BatchColumn& column) {
    const char* label = field_label(column.key);
    return label != nullptr ? label : column.key;
}

std::string_view trim_cell(std::string_view cell) {
    const std::string_view ideographic_space = "\xE3\x80\x80";
    for (bool trimmed = true; trimmed;) {
        trimmed = false;
        while (!cell.empty() && (cell.front() == ' ' || cell.front() == '\t')) cell.remove_prefix(1), trimmed = true;
        while (!cell.empty() && (cell.back() == ' ' || cell.back() == '\t')) cell.remove_suffix(1), trimmed = true;
        if (cell.substr(0, 3) == ideographic_space) cell.remove_prefix(3), trimmed = true;
        if (cell.size() >= 3 && cell.substr(cell.size() - 3) == ideographic_space) cell.remove_suffix(3), trimmed = true;
    }
    return cell;
}

const BatchColumn* match_header(std::string_view header) {
    header = trim_cell(header);
    for (const auto& column : batch_columns()) {
        const std::string label = column_header(column);
        if (header == column.key || header == label) return &column;
        const auto slash = label.find('/');
        if (slash != std::string::npos && (header == label.substr(0, slash) || header == label.substr(slash + 1))) {
            return &column;
        }
    }
    return nullptr;
}

Json cell_value(const BatchColumn& column, std::string_view cell, const RulePack& pack) {
    cell = trim_cell(cell);
    switch (column.value) {
        case CellValue::text: return std::string(cell);
        case CellValue::number: return number_value(cell);
        case CellValue::flag: return flag_value(cell);
        case CellValue::date: return date_value(cell);
        case CellValue::kind: return kind_value(cell, pack);
        case CellValue::category: return category_value(cell);
        case CellValue::subtype: return subtype_value(cell, pack);
        case CellValue::affiliation: return affiliation_value(cell, pack);
    }
    return std::string(cell);
}

}  // namespace cehours
