#include "csv.hpp"

#include "limits.hpp"

namespace cehours {
namespace {

const std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace

CsvReader::CsvReader(std::string_view text, std::size_t expected_cells) : text_(text), expected_cells_(expected_cells) {
    if (text_.substr(0, kUtf8Bom.size()) == kUtf8Bom) offset_ = kUtf8Bom.size();
}

bool CsvReader::next(CsvRow& row) { return next(row, kEveryCell); }

bool CsvReader::next(CsvRow& row, std::size_t keep) {
    while (offset_ < text_.size()) {
        row = read_row(offset_, line_, keep);
        if (row.has_content || !row.problem.empty()) {
            expected_cells_ = row.cells.size();
            return true;
        }
    }
    return false;
}

CsvRow CsvReader::row_at(std::size_t offset, std::size_t line) const { return read_row(offset, line); }

CsvRow CsvReader::read_row(std::size_t& offset, std::size_t& line, std::size_t keep) const {
    CsvRow row;
    row.offset = offset;
    row.line = line;
    row.cells.reserve(expected_cells_);
    std::string cell;
    // Ends the row at a line break (CRLF or LF) and moves past it.
    auto at_line_end = [&](std::size_t i) { return text_[i] == '\n' || (text_[i] == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n'); };
    auto skip_line_end = [&](std::size_t& i) {
        i += text_[i] == '\r' ? 2 : 1;
        ++line;
    };
    std::size_t i = offset;
    auto keeping = [&] { return keep == kEveryCell || row.cells.size() == keep; };
    while (true) {
        const bool kept = keeping();
        if (i < text_.size() && text_[i] == '"') {
            const std::size_t quote_line = line;
            bool closed = false;
            for (++i; i < text_.size(); ++i) {
                if (text_[i] == '"') {
                    if (i + 1 < text_.size() && text_[i + 1] == '"') {
                        row.has_content = true;
                        if (kept) cell += '"';
                        ++i;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                if (text_[i] == '\n') ++line;
                if (text_[i] != ' ' && text_[i] != '\t') row.has_content = true;
                if (kept) cell += text_[i];
            }
            if (!closed) {
                row.cells.push_back(std::move(cell));
                row.problem = "第" + std::to_string(quote_line) + "行开始的引号没有闭合，其后的内容都无法读取";
                offset = text_.size();
                return row;
            }
            if (i < text_.size() && text_[i] != ',' && !at_line_end(i)) {
                // "abc"x: the quotes do not hold the whole field. Skip the rest of the row.
                row.cells.push_back(std::move(cell));
                row.problem = "第" + std::to_string(row.cells.size()) + "列的右引号后还有字符（引号内的引号应写成两个\"\"）";
                while (i < text_.size() && !at_line_end(i)) ++i;
                if (i < text_.size()) skip_line_end(i);
                offset = i;
                return row;
            }
        } else {
            // An unquoted field runs to the next comma or line break; a quote inside it is kept as typed.
            const std::size_t start = i;
            while (i < text_.size() && text_[i] != ',' && !at_line_end(i)) ++i;
            const std::string_view field = text_.substr(start, i - start);
            if (field.find_first_not_of(" \t") != std::string_view::npos) row.has_content = true;
            if (kept) cell.assign(field);
        }
        row.cells.push_back(std::move(cell));
        cell.clear();
        if (row.cells.size() > limits::kMaxCsvCells) {
            row.problem = "超过" + std::to_string(limits::kMaxCsvCells) + "列，这一行未读取";
            while (i < text_.size() && !at_line_end(i)) ++i;
            if (i < text_.size()) skip_line_end(i);
            offset = i;
            return row;
        }
        if (i < text_.size() && text_[i] == ',') {
            ++i;
            continue;
        }
        if (i < text_.size()) skip_line_end(i);
        offset = i;
        return row;
    }
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

}  // namespace cehours
