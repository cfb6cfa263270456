#include "json_writer.hpp"

#include <charconv>

namespace cehours {

void JsonWriter::separate() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!first_.empty()) {
        if (!first_.back()) out_ += ',';
        first_.back() = false;
    }
}

JsonWriter& JsonWriter::begin_object() {
    separate();
    out_ += '{';
    first_.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::end_object() {
    out_ += '}';
    first_.pop_back();
    return *this;
}

JsonWriter& JsonWriter::begin_array() {
    separate();
    out_ += '[';
    first_.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::end_array() {
    out_ += ']';
    first_.pop_back();
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name) {
    string(name);
    out_ += ':';
    after_key_ = true;
    return *this;
}

namespace {

// Bytes a JSON string cannot hold as they are: the control characters, '"' and
// '\\'. A table, so the scan of the plain runs is one load and one test a byte.
struct EscapeTable {
    bool needs[256] = {};
    constexpr EscapeTable() {
        for (int byte = 0; byte < 0x20; ++byte) needs[byte] = true;
        needs[static_cast<unsigned char>('"')] = true;
        needs[static_cast<unsigned char>('\\')] = true;
    }
};
constexpr EscapeTable kEscape;

}  // namespace

// Escapes as nlohmann does (short forms, else \u00xx); UTF-8 passes through,
// as the parser has already refused invalid UTF-8. Runs of plain bytes are
// copied at once: byte-by-byte appends dominated a recompute in the wasm build.
JsonWriter& JsonWriter::string(std::string_view text) {
    separate();
    static const char hex[] = "0123456789abcdef";
    out_ += '"';
    const char* plain_from = text.data();
    const char* const end = text.data() + text.size();
    for (const char* at = plain_from; at != end; ++at) {
        const auto byte = static_cast<unsigned char>(*at);
        if (!kEscape.needs[byte]) continue;
        out_.append(plain_from, static_cast<std::size_t>(at - plain_from));
        plain_from = at + 1;
        switch (byte) {
            case '"': out_ += "\\\""; break;
            case '\\': out_ += "\\\\"; break;
            case '\b': out_ += "\\b"; break;
            case '\f': out_ += "\\f"; break;
            case '\n': out_ += "\\n"; break;
            case '\r': out_ += "\\r"; break;
            case '\t': out_ += "\\t"; break;
            default: {
                const char escape[] = {'\\', 'u', '0', '0', hex[byte >> 4], hex[byte & 0xF]};
                out_.append(escape, sizeof escape);
            }
        }
    }
    out_.append(plain_from, static_cast<std::size_t>(end - plain_from));
    out_ += '"';
    return *this;
}

JsonWriter& JsonWriter::integer(std::int64_t number) {
    separate();
    char digits[24];  // "-" and the 19 digits of the largest int64
    const auto written = std::to_chars(digits, digits + sizeof digits, number);
    out_.append(digits, static_cast<std::size_t>(written.ptr - digits));
    return *this;
}

JsonWriter& JsonWriter::boolean(bool value) {
    separate();
    out_ += value ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null() {
    separate();
    out_ += "null";
    return *this;
}

JsonWriter& JsonWriter::hours(Tenths value) {
    separate();
    append_tenths(out_, value);
    return *this;
}

}  // namespace cehours
