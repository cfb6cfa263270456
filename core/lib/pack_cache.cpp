#include "pack_cache.hpp"

#include <optional>
#include <string>

#include "cehours.hpp"
#include "strict_json.hpp"

namespace cehours {
namespace {

struct PackCache {
    bool built_in = false;  // the built-in pack, known without comparing its text
    std::string text;       // otherwise the text the pack was read from
    std::optional<RulePack> pack;
};

}  // namespace

const RulePack* load_pack(std::string_view text, Errors& errors) {
    static PackCache cache;
    // Every recompute on the page names the built-in pack: comparing its
    // 13 kB byte by byte each time cost more in wasm than reading the records' dates.
    const bool built_in = text.empty();
    if (built_in) text = default_rule_pack();
    if (cache.pack && cache.built_in == built_in && (built_in || cache.text == text)) return &*cache.pack;
    const auto document = parse_strict_json(text, kPackJsonLimits, "rules", errors);
    if (!document) return nullptr;
    // Read where it stays (read_rule_pack_into says why).
    cache.pack.emplace();
    if (!read_rule_pack_into(*document, errors, *cache.pack)) {
        cache.pack.reset();
        return nullptr;
    }
    cache.built_in = built_in;
    cache.text = built_in ? std::string() : std::string(text);
    return &*cache.pack;
}

}  // namespace cehours
