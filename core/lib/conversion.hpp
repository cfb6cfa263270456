#pragma once
// 二（二）3: 培训进修、自学及科研成果和论文著作等可折算为专业类学时. The notice
// defers the standard to 临人社办发〔2016〕55号; when a pack lists that table,
// a `converted` record naming an item is worth what the table says.
#include <string>
#include <vector>

#include "records.hpp"
#include "rule_pack.hpp"
#include "tenths.hpp"

namespace cehours {

// Hours for one year, before the item's yearly cap; `detail` tells a person how
// they were reached ("（第2作者）", "（3.5天）").
struct Portion {
    int year = 0;
    Tenths hours = 0;
    std::string clause;
    std::string detail;
};

// One portion, or one per project year for a per_year item. `record` has been
// read against this pack, so its quantity, rank and years fit the item.
[[nodiscard]] std::vector<Portion> convert(const ConversionItem& item, const Record& record);

}  // namespace cehours
