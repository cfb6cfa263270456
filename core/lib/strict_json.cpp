#include "strict_json.hpp"

#include <functional>
#include <vector>

namespace cehours {
namespace {

constexpr std::size_t kMembersAtOnce = 8;

std::string join_path(const std::string& parent, const std::string& key) {
    return parent.empty() ? key : parent + "." + key;
}

// "“records[0].hours”处" for people; nothing for the whole document.
std::string where(const std::string& path) { return path.empty() ? "" : "“" + path + "”处"; }

// nlohmann reports every failure through parse_error(); the exception tells
// an overflowing number (id 406) and bad encoding apart from bad syntax,
// which a person fixes differently.
Error syntax_error(const std::string& path, std::size_t position, const std::string& token,
                   const nlohmann::detail::exception& error) {
    const std::string what = error.what();
    const std::string at = "（第" + std::to_string(position) + "个字节附近）";
    if (error.id == 406) {
        const std::string shown = token.size() > 32 ? token.substr(0, 32) + "…" : token;
        return {path, "number_out_of_range", where(path) + "的数字 " + shown + " 超出范围" + at};
    }
    if (what.find("UTF-8") != std::string::npos) {
        return {path, "invalid_utf8", where(path) + "含有无效的UTF-8编码" + at + "，请以UTF-8保存文件"};
    }
    if (what.find("surrogate") != std::string::npos) {
        return {path, "invalid_unicode_escape", where(path) + "含有不成对的\\u代理项（\\uD800–\\uDFFF）" + at};
    }
    if (what.find("invalid literal") != std::string::npos) {
        return {path, "json_syntax",
                where(path) + "不是有效的JSON" + at + "：有无法识别的内容，如 NaN、Infinity、单引号或注释"};
    }
    return {path, "json_syntax", where(path) + "不是有效的JSON" + at};
}

// Builds the document through nlohmann's SAX interface, so the checks happen
// while reading and a hostile document is dropped before it is ever built.
// nlohmann's SAX driver is iterative, so depth costs heap, never stack.
class StrictBuilder {
public:
    using number_integer_t = Json::number_integer_t;
    using number_unsigned_t = Json::number_unsigned_t;
    using number_float_t = Json::number_float_t;
    using string_t = Json::string_t;
    using binary_t = Json::binary_t;

    StrictBuilder(const JsonLimits& limits, std::string root_path) : limits_(limits), root_path_(std::move(root_path)) {}

    bool null() { return add(Json(nullptr)); }
    bool boolean(bool value) { return add(Json(value)); }
    bool number_integer(number_integer_t value) { return add(Json(value)); }
    bool number_unsigned(number_unsigned_t value) { return add(Json(value)); }
    // nlohmann has already refused infinities (1e400) through parse_error().
    bool number_float(number_float_t value, const string_t& literal) {
        if (literal.size() > limits_.max_number_chars) {
            return fail(value_path(), "number_too_long",
                        where(value_path()) + "的数字超过" + std::to_string(limits_.max_number_chars) + "个字符，无法准确读取");
        }
        return add(Json(value));
    }
    bool string(string_t& value) { return add(Json(std::move(value))); }
    bool binary(binary_t&) { return fail(root_path_, "json_syntax", "不是有效的JSON"); }

    bool start_object(std::size_t) { return open(Json::object()); }
    bool start_array(std::size_t) { return open(Json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(string_t& name) {
        const Frame& frame = frames_.back();
        if (name.size() > limits_.max_key_bytes) {
            return fail(container_path(), "key_too_long",
                        where(container_path()) + "有超过" + std::to_string(limits_.max_key_bytes) +
                            "字节的字段名，不是本工具的数据格式");
        }
        const auto& members = frame.container->get_ref<const Json::object_t&>();
        if (members.size() >= limits_.max_members) {
            return fail(container_path(), "too_many_members",
                        where(container_path()) + "的字段超过" + std::to_string(limits_.max_members) +
                            "个，不是本工具的数据格式");
        }
        // Hashes first: 32 integer compares cost less than 32 string compares of look-alike keys.
        const std::size_t hash = std::hash<std::string>{}(name);
        for (std::size_t i = frame.first_hash; i < key_hashes_.size(); ++i) {
            if (key_hashes_[i] == hash && members.begin()[i - frame.first_hash].first == name) {
                const std::string path = join_path(container_path(), name);
                return fail(path, "duplicate_key", "“" + path + "”出现了两次，无法确定以哪个为准");
            }
        }
        key_hashes_.push_back(hash);
        key_ = std::move(name);
        return true;
    }

    bool parse_error(std::size_t position, const std::string& token, const nlohmann::detail::exception& error) {
        if (!failed_) error_ = syntax_error(value_path(), position, token, error);
        failed_ = true;
        return false;
    }

    std::optional<Json> take_root() { return failed_ ? std::nullopt : std::optional<Json>(std::move(root_)); }
    std::optional<Error> error() const { return failed_ ? std::optional<Error>(error_) : std::nullopt; }

private:
    // An open container. Its path is not kept: building one string per record
    // would cost more than the rest of reading it, and only an error needs it.
    struct Frame {
        Json* container;
        std::size_t first_hash;  // where this object's key hashes start in key_hashes_
    };

    bool fail(std::string path, std::string code, std::string message) {
        if (!failed_) error_ = Error{std::move(path), std::move(code), std::move(message)};
        failed_ = true;
        return false;
    }

    // The path of the innermost open container. Each open container is the
    // last element of its parent: the index or key of that element names it.
    std::string container_path() const {
        std::string path = root_path_;
        for (std::size_t i = 1; i < frames_.size(); ++i) {
            const Json& parent = *frames_[i - 1].container;
            if (parent.is_array()) {
                path += "[" + std::to_string(parent.size() - 1) + "]";
            } else {
                path = join_path(path, parent.get_ref<const Json::object_t&>().back().first);
            }
        }
        return path;
    }

    // The path of the value about to be read: an array's next index, the
    // object member whose key was just read, or the container itself when the
    // parser stopped between members.
    std::string value_path() const {
        if (frames_.empty()) return root_path_;
        const Json& container = *frames_.back().container;
        if (container.is_array()) return container_path() + "[" + std::to_string(container.size()) + "]";
        return key_ ? join_path(container_path(), *key_) : container_path();
    }

    bool add(Json value) {
        if (++values_ > limits_.max_values) {
            const std::string path = frames_.empty() ? root_path_ : container_path();
            return fail(path, "too_many_values",
                        where(path) + "数据项超过" + std::to_string(limits_.max_values) + "个，不是本工具的数据格式");
        }
        if (frames_.empty()) {
            root_ = std::move(value);
            return true;
        }
        Json& parent = *frames_.back().container;
        if (parent.is_array()) {
            parent.push_back(std::move(value));
        } else {
            // key() has ruled out a duplicate, so append without ordered_map's second search.
            auto& members = parent.get_ref<Json::object_t&>();
            // A record has a handful of members: room for them at once, rather
            // than a reallocation at the 2nd, 3rd and 5th.
            if (members.empty()) members.reserve(kMembersAtOnce);
            members.Container::emplace_back(std::move(*key_), std::move(value));
            key_.reset();
        }
        return true;
    }

    Json& last_added() {
        if (frames_.empty()) return root_;
        Json& parent = *frames_.back().container;
        return parent.is_array() ? parent.back() : parent.get_ref<Json::object_t&>().back().second;
    }

    bool open(Json container) {
        if (frames_.size() >= limits_.max_depth) {
            return fail(value_path(), "too_deep",
                        where(value_path()) + "嵌套超过" + std::to_string(limits_.max_depth) + "层，不是本工具的数据格式");
        }
        if (!add(std::move(container))) return false;
        frames_.push_back(Frame{&last_added(), key_hashes_.size()});
        return true;
    }

    bool close() {
        key_hashes_.resize(frames_.back().first_hash);
        frames_.pop_back();
        return true;
    }

    const JsonLimits& limits_;
    std::string root_path_;
    Json root_;
    std::vector<Frame> frames_;
    std::vector<std::size_t> key_hashes_;  // of the open objects' members, innermost last
    std::optional<std::string> key_;  // read, its value not yet
    std::size_t values_ = 0;
    bool failed_ = false;
    Error error_;
};

}  // namespace

std::optional<Json> parse_strict_json(std::string_view text, const JsonLimits& limits, const std::string& root_path,
                                      Errors& errors) {
    if (text.size() > limits.max_bytes) {
        errors.push_back({root_path, "document_too_large",
                          (root_path.empty() ? "数据" : "“" + root_path + "”") + "超过" +
                              std::to_string(limits.max_bytes / (1024 * 1024)) + " MB，无法处理"});
        return std::nullopt;
    }
    StrictBuilder builder(limits, root_path);
    Json::sax_parse(text.begin(), text.end(), &builder, nlohmann::detail::input_format_t::json, true, false);
    if (auto error = builder.error()) {
        errors.push_back(*error);
        return std::nullopt;
    }
    // nlohmann ends the input at a NUL byte, as C strings do: what follows it
    // would be read by no one, yet shown by an editor. Nothing may hide there.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        errors.push_back({root_path, "json_syntax",
                          where(root_path) + "不是有效的JSON（第" + std::to_string(nul + 1) + "个字节是NUL字符）"});
        return std::nullopt;
    }
    return builder.take_root();
}

}  // namespace cehours
