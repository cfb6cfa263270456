#include "conversion.hpp"

namespace cehours {

std::vector<Portion> convert(const ConversionItem& item, const Record& record) {
    if (item.amounts.empty()) return {};
    const Cited<Tenths>& amount = item.amounts.front();
    switch (item.method) {
        case ConversionMethod::per_item: {
            const Tenths count = record.quantity / 10;
            return {{record.year, amount.value * count, amount.cite.clause,
                     count == 1 ? "" : "（" + std::to_string(count) + "项）"}};
        }
        case ConversionMethod::per_unit:
            // Tenths times tenths is hundredths: round down, so the table is never exceeded.
            return {{record.year, amount.value * record.quantity / 10, amount.cite.clause,
                     "（" + format_tenths(record.quantity) + item.per + "）"}};
        case ConversionMethod::by_rank: {
            const Cited<Tenths>& ranked = item.amounts.at(static_cast<std::size_t>(record.rank - 1));
            return {{record.year, ranked.value, ranked.cite.clause, "（排名第" + std::to_string(record.rank) + "）"}};
        }
        case ConversionMethod::per_year: {
            std::vector<Portion> portions;
            for (int year = record.year; year <= record.to_year; ++year) {
                portions.push_back({year, amount.value, amount.cite.clause,
                                    "（项目" + std::to_string(record.year) + "—" + std::to_string(record.to_year) + "年，" +
                                        std::to_string(year) + "年度部分）"});
            }
            return portions;
        }
        case ConversionMethod::invalid: break;
    }
    return {};
}

}  // namespace cehours
