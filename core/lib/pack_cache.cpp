#include "pack_cache.hpp"

#include <optional>
#include <string>

#include "cehours.hpp"
#include "strict_json.hpp"

namespace cehours {
namespace {

struct PackCache {
    std::string text;
    std::optional<RulePack> pack;
};

}  // namespace

const RulePack* load_pack(std::string_view text, Errors& errors) {
    static PackCache cache;
    if (text.empty()) text = default_rule_pack();
    if (cache.pack && cache.text == text) return &*cache.pack;
    const auto document = parse_strict_json(text, kPackJsonLimits, "rules", errors);
    if (!document) return nullptr;
    auto pack = read_rule_pack(*document, errors);
    if (!pack) return nullptr;
    cache.text = std::string(text);
    cache.pack = std::move(pack);
    return &*cache.pack;
}

}  // namespace cehours
