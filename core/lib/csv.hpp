#pragma once
// RFC 4180 CSV: fields separated by commas, rows by CRLF or LF; a field in
// double quotes may hold commas, line breaks and doubled quotes ("").
//
// Hand-made (about 80 lines) rather than a library: the batch check needs
// each row's byte offset and first line, to name the line of a bad row and to
// read a person's rows again when the page opens them, and it must build into
// the WebAssembly core with no dependency; Debian's C CSV libraries report neither.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cehours {

struct CsvRow {
    std::size_t offset = 0;  // byte offset of the row's first character
    std::size_t line = 0;    // 1-based line the row starts on
    std::vector<std::string> cells;
    bool has_content = false;  // some cell holds more than spaces
    // Empty when the row was read cleanly; otherwise a Chinese sentence, and
    // `cells` holds what was read before the problem.
    std::string problem;
};

// What a first pass over a large file keeps of a row: where it starts and
// the text of one cell. Filled in place, so reading row after row into the
// same one allocates nothing.
struct CsvRowKey {
    std::size_t offset = 0;
    std::size_t line = 0;
    std::string cell;  // the kept cell's text; empty when the row has fewer cells
    bool has_content = false;
    std::string problem;  // as CsvRow's
};

class CsvReader {
public:
    // `text` must outlive the reader. A leading UTF-8 byte order mark is
    // skipped. `expected_cells`: room made in each row before it is read.
    explicit CsvReader(std::string_view text, std::size_t expected_cells = 0);

    // Reads the next row; false at the end of the text. A row that holds only
    // empty cells (a blank line, or the ",,," Excel leaves below a table) is skipped.
    bool next(CsvRow& row);

    // The same rows, keeping only where each starts and the text of cell
    // `keep`: a first pass over a large file needs one cell of each row.
    bool next(CsvRowKey& row, std::size_t keep);

    // Reads the single row that starts at `offset` on `line` (from an earlier pass).
    [[nodiscard]] CsvRow row_at(std::size_t offset, std::size_t line) const;

private:
    CsvRow read_row(std::size_t& offset, std::size_t& line) const;
    // The one grammar of a row, for both kinds of pass (see csv.cpp).
    template <typename OnCell>
    std::string scan_row(std::size_t& offset, std::size_t& line, bool& has_content, OnCell&& on_cell) const;

    std::string_view text_;
    std::size_t offset_ = 0;
    std::size_t line_ = 1;
    std::size_t expected_cells_ = 0;  // the last row's, to reserve the next's
};

// One field for writing: quoted (with inner quotes doubled) when it holds a
// comma, a quote or a line break; as it is otherwise.
[[nodiscard]] std::string csv_field(std::string_view text);

// A field of text someone typed (a name, an employer), for a file a spreadsheet
// will open: one that begins with =, +, -, @, a tab or a carriage return gets a
// leading apostrophe, so Excel shows it rather than running it as a formula
// (CSV injection); nothing else about it changes.
[[nodiscard]] std::string csv_typed_field(std::string_view text);

}  // namespace cehours
