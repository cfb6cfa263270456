#pragma once
// Reads the fields of one untrusted JSON object. Every read checks the type
// before touching the value and records a coded Chinese error instead of
// throwing, so a bad document yields the full list of its problems.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.hpp"
#include "errors.hpp"
#include "json.hpp"
#include "tenths.hpp"

namespace cehours {

enum class Need { required, optional };

class FieldReader {
public:
    // `object` must outlive the reader. `what` names the object for people
    // ("第4条记录", "规则包").
    FieldReader(const Json& object, std::string path, std::string what, Errors& errors);

    [[nodiscard]] bool has(const char* key) const;
    [[nodiscard]] const Json* raw(const char* key) const;
    [[nodiscard]] std::string path_of(const char* key) const;
    // The object's own path ("records[3]") and its name for people ("第4条记录").
    [[nodiscard]] const std::string& path() const { return path_; }
    [[nodiscard]] const std::string& what() const { return what_; }

    std::optional<std::string> text(const char* key, Need need, std::size_t max_chars);
    std::optional<std::string> choice(const char* key, Need need, const std::vector<std::string>& allowed);
    // The position in `allowed` of the value: for a caller that maps it to its own list.
    std::optional<std::size_t> choice_index(const char* key, Need need, const std::vector<std::string>& allowed);
    std::optional<Date> date(const char* key, Need need);
    std::optional<int> integer(const char* key, Need need, int min, int max);
    std::optional<bool> flag(const char* key, Need need);
    // A number with at most one decimal, within [min, max]. Codes carry the
    // field name (hours_not_positive, score_out_of_range) as people search for them.
    std::optional<Tenths> tenths(const char* key, Need need, Tenths min, Tenths max);

    // Unknown keys are refused: a misspelt "pased": false silently read as
    // "passed" would count an exam that was failed.
    void reject_unknown(std::initializer_list<const char*> allowed);
    void reject_unknown(const std::vector<const char*>& allowed);
    // The same with the keys known by a test, `is_known(std::string_view name)`:
    // a record asks its kind's table, with no list built per record.
    template <typename IsKnown>
    void reject_unknown_where(IsKnown is_known) {
        if (!object_.is_object()) return;
        for (const auto& member : object_.get_ref<const Json::object_t&>()) {
            if (!is_known(std::string_view(member.first))) refuse_unknown(member.first);
        }
    }

    void fail(const char* key, const std::string& code, const std::string& message);

private:
    void report(Error error);
    void refuse_unknown(const std::string& name);
    const Json* present(const char* key, Need need);
    [[nodiscard]] std::string label(const char* key) const;

    const Json& object_;
    std::string path_;
    std::string what_;
    Errors& errors_;
};

// `value` as an int when it is a whole number (2017, 2017.0) within [min, max].
// Never narrows: 2^32 + 2015 is out of range, not 2015.
[[nodiscard]] std::optional<int> int_in_range(const Json& value, int min, int max);

// Whether a member's name is one of our keys. Compared as it is read, with
// no strlen of the key first: most names differ from most keys at the first byte.
[[nodiscard]] inline bool is_key(std::string_view name, const char* key) {
    for (const char byte : name) {
        if (*key == '\0' || *key != byte) return false;
        ++key;
    }
    return *key == '\0';
}

// The same for a name that is itself one of our keys, inline rather than strcmp:
// a call per entry compared was a tenth of reading a record.
[[nodiscard]] inline bool is_key(const char* name, const char* key) {
    while (*name != '\0' && *name == *key) {
        ++name;
        ++key;
    }
    return *name == *key;
}

// Counts Unicode code points in valid UTF-8 (the parser has already refused invalid UTF-8).
[[nodiscard]] std::size_t count_chars(const std::string& utf8);

// The name a person sees for a field on the form ("学时" for hours), or null
// for a key that is not one of ours. The batch template's headers are these.
[[nodiscard]] const char* field_label(std::string_view key);

// For error messages: "第4条记录" for index 3.
[[nodiscard]] std::string record_ordinal(std::size_t index);

}  // namespace cehours
