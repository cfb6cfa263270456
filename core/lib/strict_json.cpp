#include "strict_json.hpp"

#include <cmath>
#include <vector>

namespace cehours {
namespace {

// Builds the document through nlohmann's SAX interface, so the checks happen
// while reading and a hostile document is dropped before it is ever built.
class StrictBuilder {
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    StrictBuilder(std::size_t max_depth, std::string root_path)
        : max_depth_(max_depth), root_path_(std::move(root_path)) {}

    bool null() { return add(Json(nullptr)); }
    bool boolean(bool value) { return add(Json(value)); }
    bool number_integer(number_integer_t value) { return add(Json(value)); }
    bool number_unsigned(number_unsigned_t value) { return add(Json(value)); }
    bool number_float(number_float_t value, const string_t& literal) {
        if (!std::isfinite(value)) return fail(current_path(), "number_out_of_range", "数字 " + literal + " 超出范围");
        return add(Json(value));
    }
    bool string(string_t& value) { return add(Json(std::move(value))); }
    bool binary(binary_t&) { return fail(root_path_, "json_syntax", "不是有效的JSON"); }

    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(string_t& name) {
        Json& object = *stack_.back();
        if (object.contains(name)) {
            return fail(path_of(name), "duplicate_key", "同一对象中出现了两次“" + name + "”，无法确定以哪个为准");
        }
        key_ = std::move(name);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) {
        return fail(root_path_, "json_syntax", "不是有效的JSON（第" + std::to_string(position) + "个字节附近有误）");
    }

    std::optional<Json> take_root() { return failed_ ? std::nullopt : std::optional<Json>(std::move(root_)); }
    std::optional<Error> error() const { return failed_ ? std::optional<Error>(error_) : std::nullopt; }

private:
    bool fail(std::string path, std::string code, std::string message) {
        if (!failed_) error_ = Error{std::move(path), std::move(code), std::move(message)};
        failed_ = true;
        return false;
    }

    bool add(Json value) {
        if (stack_.empty()) {
            root_ = std::move(value);
            return true;
        }
        Json& parent = *stack_.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
        } else {
            parent[key_] = std::move(value);
        }
        return true;
    }

    Json* last_added() {
        if (stack_.empty()) return &root_;
        Json& parent = *stack_.back();
        return parent.is_array() ? &parent.back() : &parent[key_];
    }

    bool open(Json container) {
        if (stack_.size() >= max_depth_) {
            return fail(current_path(), "too_deep",
                        "嵌套层数超过" + std::to_string(max_depth_) + "层，不是本工具的数据格式");
        }
        segments_.push_back(stack_.empty() ? std::string() : next_segment());
        add(std::move(container));
        stack_.push_back(last_added());
        return true;
    }

    bool close() {
        stack_.pop_back();
        segments_.pop_back();
        return true;
    }

    std::string next_segment() const {
        const Json& parent = *stack_.back();
        return parent.is_array() ? "[" + std::to_string(parent.size()) + "]" : "." + key_;
    }

    std::string container_path() const {
        std::string path = root_path_;
        for (const auto& segment : segments_) path += segment;
        return path;
    }

    std::string current_path() const {
        return stack_.empty() ? root_path_ : container_path() + next_segment();
    }

    std::string path_of(const std::string& name) const { return container_path() + "." + name; }

    std::size_t max_depth_;
    std::string root_path_;
    Json root_;
    std::vector<Json*> stack_;
    std::vector<std::string> segments_;
    std::string key_;
    bool failed_ = false;
    Error error_;
};

}  // namespace

std::optional<Json> parse_strict_json(std::string_view text, const JsonLimits& limits, const std::string& root_path,
                                      Errors& errors) {
    if (text.size() > limits.max_bytes) {
        errors.push_back({root_path, "document_too_large",
                          "数据超过" + std::to_string(limits.max_bytes / (1024 * 1024)) + " MB，无法处理"});
        return std::nullopt;
    }
    StrictBuilder builder(limits.max_depth, root_path);
    Json::sax_parse(text.begin(), text.end(), &builder, nlohmann::detail::input_format_t::json, true, false);
    if (auto error = builder.error()) {
        errors.push_back(*error);
        return std::nullopt;
    }
    return builder.take_root();
}

}  // namespace cehours
