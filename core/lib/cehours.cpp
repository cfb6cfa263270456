#include "cehours.hpp"

#include <optional>

#include "default_rule_pack.hpp"
#include "describe.hpp"
#include "records.hpp"
#include "result_document.hpp"
#include "strict_json.hpp"

namespace cehours {
namespace {

// A page recomputes on every change with the same pack: parse it once.
struct PackCache {
    std::string text;
    std::optional<RulePack> pack;
};

const RulePack* load_pack(std::string_view text, Errors& errors) {
    static PackCache cache;
    if (cache.pack && cache.text == text) return &*cache.pack;
    const auto document = parse_strict_json(text, kPackJsonLimits, "rules", errors);
    if (!document) return nullptr;
    auto pack = read_rule_pack(*document, errors);
    if (!pack) return nullptr;
    cache.text = std::string(text);
    cache.pack = std::move(pack);
    return &*cache.pack;
}

}  // namespace

std::string_view default_rule_pack() { return {kDefaultRulePack, kDefaultRulePackSize}; }

std::string describe_json(std::string_view pack_json) {
    Errors errors;
    const RulePack* pack = load_pack(pack_json.empty() ? default_rule_pack() : pack_json, errors);
    if (pack == nullptr) return error_document(errors);
    return describe(*pack);
}

std::string evaluate_json(std::string_view records_json, std::string_view pack_json, std::string_view today) {
    Errors errors;
    const RulePack* pack = load_pack(pack_json.empty() ? default_rule_pack() : pack_json, errors);
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
