#include "conversion.hpp"

namespace cehours {

// Every case appends to one vector: one push_back in the wasm, not an
// initializer-list vector per case.
std::vector<Portion> convert(const ConversionItem& item, const Record& record) {
    std::vector<Portion> portions;
    if (item.amounts.empty()) return portions;
    const Cited<Tenths>& amount = item.amounts.front();
    switch (item.method) {
        case ConversionMethod::per_item: {
            const Tenths count = record.quantity / 10;
            portions.push_back({record.year, amount.value * count, amount.cite.clause,
                                count == 1 ? "" : "（" + std::to_string(count) + "项）"});
            break;
        }
        case ConversionMethod::per_unit:
            // Tenths times tenths is hundredths: round down, so the table is never exceeded.
            portions.push_back({record.year, amount.value * record.quantity / 10, amount.cite.clause,
                                "（" + format_tenths(record.quantity) + item.per + "）"});
            break;
        case ConversionMethod::by_rank: {
            const Cited<Tenths>& ranked = item.amounts.at(static_cast<std::size_t>(record.rank - 1));
            portions.push_back({record.year, ranked.value, ranked.cite.clause, "（排名第" + std::to_string(record.rank) + "）"});
            break;
        }
        case ConversionMethod::per_year:
            for (int year = record.year; year <= record.to_year; ++year) {
                portions.push_back({year, amount.value, amount.cite.clause,
                                    "（项目" + std::to_string(record.year) + "—" + std::to_string(record.to_year) + "年，" +
                                        std::to_string(year) + "年度部分）"});
            }
            break;
        case ConversionMethod::invalid: break;
    }
    return portions;
}

}  // namespace cehours
