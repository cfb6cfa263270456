#pragma once
// The columns of the batch check's CSV: who (person), their situation
// (affiliation) and the fields of one record. A header is a field's key
// ("hours") or the name a person sees for it on the form ("学时",
// field_label()), so the template's Chinese headers and the forms' labels are
// the same words from the same table.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json.hpp"
#include "rule_pack.hpp"

namespace cehours {

// How a cell's text becomes the JSON value the record reader checks.
enum class CellValue {
    text,         // as typed
    number,       // "60", "12.5"
    flag,         // 是/否, true/false
    date,         // 2017-04-08, 2017/4/8, 2017年4月8日
    kind,         // an id or the pack's name for it ("专项业务培训")
    category,     // public/professional or 公需类/专业类
    subtype,      // an id or the pack's name ("科研成果")
    affiliation,  // an id or the pack's name ("市属单位")
};

struct BatchColumn {
    const char* key;
    CellValue value;
};

// Every column, in the template's order: person and affiliation, then the
// fields every record has, then each kind's own.
[[nodiscard]] const std::vector<BatchColumn>& batch_columns();

// The Chinese header of a column ("学时").
[[nodiscard]] std::string column_header(const BatchColumn& column);

// The column a header names: its key, its Chinese header or, for a header
// written "姓名/工号", either part. Surrounding spaces are ignored.
[[nodiscard]] const BatchColumn* match_header(std::string_view header);

// The cell as the record reader expects it. Text that cannot be converted
// stays text, so the reader refuses it with its own message ("应为数字").
[[nodiscard]] Json cell_value(const BatchColumn& column, std::string_view cell, const RulePack& pack);

// Without surrounding ASCII and ideographic spaces.
[[nodiscard]] std::string_view trim_cell(std::string_view cell);

}  // namespace cehours
