#include "cehours.hpp"

#include "default_rule_pack.hpp"
#include "describe.hpp"
#include "pack_cache.hpp"
#include "records.hpp"
#include "result_document.hpp"
#include "strict_json.hpp"

namespace cehours {

std::string_view default_rule_pack() { return {kDefaultRulePack, kDefaultRulePackSize}; }

std::string describe_json(std::string_view pack_json) {
    Errors errors;
    const RulePack* pack = load_pack(pack_json, errors);
    if (pack == nullptr) return error_document(errors);
    return describe(*pack);
}

std::string evaluate_json(std::string_view records_json, std::string_view pack_json, std::string_view today) {
    Errors errors;
    const RulePack* pack = load_pack(pack_json, errors);
    if (pack == nullptr) return error_document(errors);

    const auto today_date = parse_iso_date(today);
    if (!today_date) {
        errors.push_back({"today", "invalid_date", "系统日期无效：" + std::string(today)});
        return error_document(errors);
    }
    const auto document = parse_strict_json(records_json, JsonLimits{}, "", errors);
    if (!document) return error_document(errors);
    const auto records = read_records(*document, *pack, *today_date, errors);
    if (!records) return error_document(errors);
    return result_document(evaluate(*records, *pack), *pack);
}

}  // namespace cehours
