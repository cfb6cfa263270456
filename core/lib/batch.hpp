#pragma once
// The unit's batch check (单位批量核查): a CSV of records, one row each, rows
// with the same person being one person; each person evaluated on their own.
// A bad row is reported with its line, column and field and left out; it
// never stops the other rows. The CLI (cehours batch) and the page's worker
// (through wasm) use this same class, so their outputs are the same bytes.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "batch_columns.hpp"
#include "csv.hpp"
#include "date.hpp"
#include "evaluation.hpp"
#include "rule_pack.hpp"

namespace cehours {

struct RowError {
    std::size_t line = 0;    // 1-based line of the file where the row starts; 0 for the file as a whole
    std::size_t column = 0;  // 1-based; 0 when the problem is the row's, not one cell's
    std::string field;       // the column's key ("hours"), when known
    std::string code;
    std::string message;     // Chinese, naming the line, column and field
};

struct BatchYear {
    int year = 0;
    Tenths public_remaining = 0;
    Tenths professional_remaining = 0;
    YearStatus status = YearStatus::open;
    long days_left = 0;
};

struct PersonSummary {
    std::string person;
    std::string affiliation;  // the pack's name for it
    std::size_t records = 0;  // rows read
    std::size_t warnings = 0;
    Tenths plan_total = 0;  // the least additional hours that complete every open year (the result's plan)
    std::vector<BatchYear> years;
    std::vector<RowError> unreadable;
};

class BatchCheck {
public:
    // Reads the header and groups the rows by person (nothing is evaluated
    // yet). `pack_json` empty: the built-in pack. Returns the open report:
    // {"ok": true, "persons", "rows", "as_of", "errors": [file-level RowError…]}
    // or the error document when the pack or the date is refused.
    std::string open(std::string csv_utf8, std::string_view pack_json, std::string_view as_of);

    [[nodiscard]] std::size_t person_count() const { return persons_.size(); }
    [[nodiscard]] const std::string& person_name(std::size_t index) const { return persons_[index].name; }

    // Person `index` evaluated (once; later calls return the same summary).
    const PersonSummary& summary(std::size_t index);

    // [{"index", "person", "affiliation", "records", "warnings", "plan_total", "unreadable_rows", "years": […]}…]
    // for persons [from, from + count).
    std::string summaries_json(std::size_t from, std::size_t count);

    // The person's full result document with "person", "record_lines" (the
    // file line of each record the lines and warnings point at) and
    // "unreadable_rows" added.
    std::string result_json(std::size_t index);

    // The template a unit fills in: one header row, every column's Chinese name.
    [[nodiscard]] static std::string template_csv();

    // The CSV the unit keeps: the header, then one row per person and year.
    [[nodiscard]] static std::string csv_header();
    std::string csv_rows(std::size_t from, std::size_t count);

    [[nodiscard]] const std::vector<RowError>& file_errors() const { return file_errors_; }
    // True when every row of the file was read (a person's rows are known
    // once they have been summarized or their result written).
    [[nodiscard]] bool all_rows_read() const;
    // The rows of person `index` that could not be read; null until the
    // person has been summarized or their result written.
    [[nodiscard]] const std::vector<RowError>* unreadable_rows(std::size_t index) const;

private:
    struct Row {
        std::size_t offset = 0;
        std::size_t line = 0;
    };
    struct Person {
        std::string name;
        std::vector<Row> rows;
    };
    struct PersonRecords {
        RecordsDocument document;
        std::vector<std::size_t> lines;  // of each record
        std::vector<RowError> unreadable;
    };

    void read_header(const CsvRow& header);
    void add_row(const CsvRowKey& row);
    PersonRecords read_person(std::size_t index);
    void read_row(const CsvRow& row, std::size_t index_in_person, PersonRecords& into,
                  std::optional<std::pair<std::string, std::size_t>>& affiliation) const;
    [[nodiscard]] std::size_t column_of(const char* key) const;  // 1-based; 0 when absent

    std::string text_;
    std::optional<RulePack> pack_;
    Date as_of_;
    std::vector<const BatchColumn*> columns_;  // by position in the file; null: not a column of ours
    std::size_t person_column_ = 0;            // 0-based position of the person column
    std::vector<RowError> file_errors_;
    std::vector<Person> persons_;
    std::unordered_map<std::string, std::size_t> person_index_;
    std::vector<std::optional<PersonSummary>> summaries_;
    std::vector<std::optional<std::vector<RowError>>> unreadable_;  // per person, once read
};

}  // namespace cehours
