#include "csv.hpp"

#include "limits.hpp"

namespace cehours {
namespace {

const std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool has_text(std::string_view raw) { return raw.find_first_not_of(" \t") != std::string_view::npos; }

// A quoted cell's text as it stands between its quotes, with its doubled quotes made single.
void unquote(std::string_view raw, std::string& into) {
    into.clear();
    for (std::size_t i = 0; i < raw.size(); ++i) {
        into += raw[i];
        if (raw[i] == '"') ++i;  // the second of a pair
    }
}

void cell_text(std::string_view raw, bool quoted, std::string& into) {
    if (quoted && raw.find('"') != std::string_view::npos) {
        unquote(raw, into);
    } else {
        into.assign(raw);
    }
}

}  // namespace

CsvReader::CsvReader(std::string_view text, std::size_t expected_cells) : text_(text), expected_cells_(expected_cells) {
    if (text_.substr(0, kUtf8Bom.size()) == kUtf8Bom) offset_ = kUtf8Bom.size();
}

// Reads the row at `offset` (on `line`), moving both past it, and calls
// on_cell(index, raw, quoted) for each cell, `raw` being its text as it stands
// in the file (between its quotes, inner quotes still doubled, when quoted):
// the cells are views into the text, so a pass copies only those it keeps.
// Returns the row's problem, empty when it was read cleanly; the cells read
// before a problem have been given.
template <typename OnCell>
std::string CsvReader::scan_row(std::size_t& offset, std::size_t& line, bool& has_content, OnCell&& on_cell) const {
    const std::size_t size = text_.size();
    // A line break is CRLF or LF; a lone CR is part of its field.
    auto at_line_end = [&](std::size_t i) { return text_[i] == '\n' || (text_[i] == '\r' && i + 1 < size && text_[i + 1] == '\n'); };
    auto skip_rest_of_line = [&](std::size_t& i) {
        while (i < size && !at_line_end(i)) ++i;
        if (i < size) {
            i += text_[i] == '\r' ? 2 : 1;
            ++line;
        }
    };
    std::size_t i = offset;
    std::size_t cells = 0;
    while (true) {
        if (i < size && text_[i] == '"') {
            const std::size_t quote_line = line;
            const std::size_t start = ++i;
            bool closed = false;
            for (; i < size; ++i) {
                if (text_[i] == '"') {
                    if (i + 1 < size && text_[i + 1] == '"') {
                        ++i;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (text_[i] == '\n') ++line;
            }
            const std::string_view raw = text_.substr(start, i - start);
            has_content = has_content || has_text(raw);
            on_cell(cells++, raw, true);
            if (!closed) {
                offset = size;
                return "第" + std::to_string(quote_line) + "行开始的引号没有闭合，其后的内容都无法读取";
            }
            ++i;  // past the closing quote
            if (i < size && text_[i] != ',' && !at_line_end(i)) {
                // "abc"x: the quotes do not hold the whole field. Skip the rest of the row.
                skip_rest_of_line(i);
                offset = i;
                return "第" + std::to_string(cells) + "列的右引号后还有字符（引号内的引号应写成两个\"\"）";
            }
        } else {
            // An unquoted field runs to the next comma or line break; a quote inside it is kept as typed.
            const std::size_t start = i;
            while (i < size && text_[i] != ',' && !at_line_end(i)) ++i;
            const std::string_view raw = text_.substr(start, i - start);
            has_content = has_content || has_text(raw);
            on_cell(cells++, raw, false);
        }
        if (cells > limits::kMaxCsvCells) {
            skip_rest_of_line(i);
            offset = i;
            return "超过" + std::to_string(limits::kMaxCsvCells) + "列，这一行未读取";
        }
        if (i < size && text_[i] == ',') {
            ++i;
            continue;
        }
        skip_rest_of_line(i);  // at the line break, or the end of the text
        offset = i;
        return {};
    }
}

bool CsvReader::next(CsvRow& row) {
    while (offset_ < text_.size()) {
        row = read_row(offset_, line_);
        if (row.has_content || !row.problem.empty()) {
            expected_cells_ = row.cells.size();
            return true;
        }
    }
    return false;
}

bool CsvReader::next(CsvRowKey& row, std::size_t keep) {
    while (offset_ < text_.size()) {
        row.offset = offset_;
        row.line = line_;
        row.cell.clear();
        row.has_content = false;
        row.problem = scan_row(offset_, line_, row.has_content, [&](std::size_t index, std::string_view raw, bool quoted) {
            if (index == keep) cell_text(raw, quoted, row.cell);
        });
        if (row.has_content || !row.problem.empty()) return true;
    }
    return false;
}

CsvRow CsvReader::row_at(std::size_t offset, std::size_t line) const { return read_row(offset, line); }

CsvRow CsvReader::read_row(std::size_t& offset, std::size_t& line) const {
    CsvRow row;
    row.offset = offset;
    row.line = line;
    row.cells.reserve(expected_cells_);
    row.problem = scan_row(offset, line, row.has_content, [&](std::size_t, std::string_view raw, bool quoted) {
        cell_text(raw, quoted, row.cells.emplace_back());
    });
    return row;
}

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
    std::string quoted = "\"";
    for (const char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string csv_typed_field(std::string_view text) {
    const bool formula = !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
    return csv_field(formula ? "'" + std::string(text) : std::string(text));
}

}  // namespace cehours
