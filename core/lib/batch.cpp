#include "batch.hpp"

#include <algorithm>

#include "field_reader.hpp"
#include "json_writer.hpp"
#include "limits.hpp"
#include "pack_cache.hpp"
#include "records.hpp"
#include "result_document.hpp"
#include "utf8.hpp"

namespace cehours {
namespace {

std::string line_name(std::size_t line) { return "第" + std::to_string(line) + "行"; }

std::string cell_name(std::size_t line, std::size_t column) {
    return line_name(line) + "第" + std::to_string(column) + "列";
}

void write_row_error(JsonWriter& out, const RowError& error) {
    out.begin_object()
        .field("line", static_cast<std::int64_t>(error.line))
        .field("column", static_cast<std::int64_t>(error.column))
        .field("field", error.field)
        .field("code", error.code)
        .field("message", error.message)
        .end_object();
}

void write_row_errors(JsonWriter& out, const std::vector<RowError>& errors) {
    out.begin_array();
    for (const auto& error : errors) write_row_error(out, error);
    out.end_array();
}

const char* kind_name(const Json& record, const RulePack& pack) {
    const auto id = record.find("kind");
    if (id == record.end() || !id->is_string()) return "这一类型的记录";
    const auto kind = kind_from_id(id->get<std::string>());
    return kind ? pack.kind(*kind).name.c_str() : "这一类型的记录";
}

}  // namespace

std::string BatchCheck::open(std::string csv_utf8, std::string_view pack_json, std::string_view as_of) {
    *this = BatchCheck();
    Errors errors;
    const RulePack* pack = load_pack(pack_json, errors);
    if (pack == nullptr) return error_document(errors);
    pack_ = *pack;
    const auto date = parse_iso_date(as_of);
    if (!date) {
        errors.push_back({"as_of", "invalid_date", "核算日期无效：" + std::string(as_of) + "（格式如 2017-11-26）"});
        return error_document(errors);
    }
    as_of_ = *date;
    // The pack's own period check, with its own message (as_of_outside_pack).
    if (!read_records(Json{{"as_of", date->iso()}, {"records", Json::array()}}, *pack_, as_of_, errors)) {
        return error_document(errors);
    }

    text_ = std::move(csv_utf8);
    if (text_.size() > limits::kMaxBatchBytes) {
        file_errors_.push_back({0, 0, "", "file_too_large",
                                "文件超过" + std::to_string(limits::kMaxBatchBytes / (1024 * 1024)) + " MB，请按部门分成几个文件"});
    } else if (!valid_utf8(text_)) {
        file_errors_.push_back({0, 0, "", "invalid_utf8", "文件含有无效的UTF-8编码，请以UTF-8或GBK（Excel的“CSV”）保存"});
    } else {
        CsvReader reader(text_);
        CsvRow row;
        if (!reader.next(row)) {
            file_errors_.push_back({0, 0, "", "empty_file", "文件是空的：第一行应是列名（见模板）"});
        } else {
            read_header(row);
            CsvRowKey key;
            while (reader.next(key, person_column_)) add_row(key);
        }
    }
    summaries_.resize(persons_.size());
    unreadable_.resize(persons_.size());
    person_index_.clear();  // only needed while grouping

    JsonWriter out;
    out.begin_object().field("ok", true).field("persons", static_cast<std::int64_t>(persons_.size()));
    std::size_t rows = 0;
    for (const auto& person : persons_) rows += person.rows.size();
    out.field("rows", static_cast<std::int64_t>(rows)).field("as_of", as_of_.iso());
    out.key("errors");
    write_row_errors(out, file_errors_);
    return out.end_object().take();
}

void BatchCheck::read_header(const CsvRow& header) {
    std::vector<std::string> seen;
    bool has_person = false;
    for (std::size_t i = 0; i < header.cells.size(); ++i) {
        const std::string_view name = trim_cell(header.cells[i]);
        const BatchColumn* column = match_header(name);
        if (column == nullptr && !name.empty()) {
            std::string known;
            for (const auto& each : batch_columns()) known += (known.empty() ? "" : "、") + column_header(each);
            file_errors_.push_back({header.line, i + 1, "", "unknown_column",
                                    cell_name(header.line, i + 1) + "的列名“" + std::string(name) +
                                        "”无法识别，这一列未读取（可用的列名：" + known + "）"});
        }
        if (column != nullptr && std::find(seen.begin(), seen.end(), column->key) != seen.end()) {
            file_errors_.push_back({header.line, i + 1, column->key, "duplicate_column",
                                    cell_name(header.line, i + 1) + "的“" + column_header(*column) +
                                        "”列重复出现，只读取第一列"});
            column = nullptr;
        }
        if (column != nullptr) seen.emplace_back(column->key);
        if (column != nullptr && std::string_view(column->key) == "person") {
            person_column_ = i;
            has_person = true;
        }
        columns_.push_back(column);
    }
    if (!has_person) {
        file_errors_.push_back({header.line, 0, "person", "missing_person_column",
                                line_name(header.line) + "（列名）缺少“" + column_header(batch_columns().front()) +
                                    "”列：无法知道每一行是谁的记录，所有行都未读取"});
    }
}

void BatchCheck::add_row(const CsvRowKey& row) {
    if (columns_.empty() || person_column_ >= columns_.size() || columns_[person_column_] == nullptr ||
        std::string_view(columns_[person_column_]->key) != "person") {
        return;  // no person column: reported once, in read_header
    }
    const std::string_view name = trim_cell(row.cell);
    if (name.empty()) {
        std::string message = cell_name(row.line, person_column_ + 1) + "的“" + column_header(batch_columns().front()) +
                              "”（person）是空的，这一行未读取";
        if (!row.problem.empty()) message += "；" + row.problem;
        file_errors_.push_back({row.line, person_column_ + 1, "person", "missing_person", message});
        return;
    }
    // A unit's file usually lists a person's rows together: the rows of the
    // person met last are found without the map.
    if (!persons_.empty() && persons_.back().name == name) {
        persons_.back().rows.push_back({row.offset, row.line});
        return;
    }
    // Persons in the order they first appear; the map only finds them again.
    const auto [found, added] = person_index_.try_emplace(std::string(name), persons_.size());
    if (added) persons_.push_back({found->first, {}});
    persons_[found->second].rows.push_back({row.offset, row.line});
}

std::size_t BatchCheck::column_of(const char* key) const {
    for (std::size_t i = 0; i < columns_.size(); ++i) {
        if (columns_[i] != nullptr && std::string_view(columns_[i]->key) == key) return i + 1;
    }
    return 0;
}

BatchCheck::PersonRecords BatchCheck::read_person(std::size_t index) {
    PersonRecords read;
    read.document.as_of = as_of_;
    read.document.affiliation = pack_->affiliations.front().id;
    std::optional<std::pair<std::string, std::size_t>> affiliation;  // id, line it was given on
    const CsvReader reader(text_, columns_.size());
    const auto& rows = persons_[index].rows;
    read.document.records.reserve(rows.size());
    read.lines.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const CsvRow row = reader.row_at(rows[i].offset, rows[i].line);
        if (read.document.records.size() >= limits::kMaxRecords) {
            read.unreadable.push_back({row.line, 0, "", "too_many_records",
                                       line_name(row.line) + "未读取：一个人最多" + std::to_string(limits::kMaxRecords) + "条记录"});
            continue;
        }
        read_row(row, read.document.records.size(), read, affiliation);
    }
    if (affiliation) read.document.affiliation = affiliation->first;
    unreadable_[index] = read.unreadable;
    return read;
}

void BatchCheck::read_row(const CsvRow& row, std::size_t index_in_person, PersonRecords& into,
                          std::optional<std::pair<std::string, std::size_t>>& affiliation) const {
    const std::size_t errors_before = into.unreadable.size();
    if (!row.problem.empty()) {
        into.unreadable.push_back({row.line, 0, "", "malformed_row", line_name(row.line) + "无法读取：" + row.problem});
        return;
    }
    Json record = Json::object();
    std::optional<std::string> row_affiliation;
    std::size_t affiliation_column = 0;
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        const std::string_view cell = trim_cell(row.cells[i]);
        if (cell.empty()) continue;
        const BatchColumn* column = i < columns_.size() ? columns_[i] : nullptr;
        if (column == nullptr) {
            if (i >= columns_.size()) {
                into.unreadable.push_back({row.line, i + 1, "", "cell_without_column",
                                           cell_name(row.line, i + 1) + "有内容，但这一列没有列名（是否多了一个逗号？）"});
            }
            continue;  // an unknown column: reported once, with the header
        }
        const std::string_view key = column->key;
        if (key == "person") continue;
        Json value = cell_value(*column, cell, *pack_);
        if (key == "affiliation") {
            const bool known = std::any_of(pack_->affiliations.begin(), pack_->affiliations.end(),
                                           [&](const Affiliation& a) { return value == a.id; });
            if (!known) {
                std::string names;
                for (const auto& a : pack_->affiliations) names += (names.empty() ? "" : "、") + a.name;
                into.unreadable.push_back({row.line, i + 1, "affiliation", "invalid_choice",
                                           cell_name(row.line, i + 1) + "的“" + column_header(*column) +
                                               "”（affiliation）只能是 " + names + " 之一"});
                continue;
            }
            row_affiliation = value.get<std::string>();
            affiliation_column = i + 1;
            continue;
        }
        record[column->key] = std::move(value);
    }
    if (row_affiliation) {
        if (affiliation && affiliation->first != *row_affiliation) {
            into.unreadable.push_back({row.line, affiliation_column, "affiliation", "affiliation_conflict",
                                       cell_name(row.line, affiliation_column) + "的“" +
                                           column_header(*columns_[affiliation_column - 1]) + "”与" +
                                           line_name(affiliation->second) + "不同：同一人只能有一个单位类别"});
        } else if (!affiliation) {
            affiliation.emplace(*row_affiliation, row.line);
        }
    }

    Errors errors;
    const std::string what = line_name(row.line);
    auto read = read_record(record, "records[" + std::to_string(index_in_person) + "]", what, *pack_, errors);
    for (const auto& error : errors) {
        const auto dot = error.path.rfind('.');
        const std::string field = dot == std::string::npos ? "" : error.path.substr(dot + 1);
        const std::size_t column = field.empty() ? 0 : column_of(field.c_str());
        std::string message = error.message;
        if (error.code == "unknown_field") {
            const char* label = field_label(field);
            message = cell_name(row.line, column) + "的“" + (label ? label : field) + "”（" + field + "）：" +
                      kind_name(record, *pack_) + "不用这一列，请留空";
        } else if (column != 0 && message.compare(0, what.size(), what) == 0) {
            // The reader names the row ("第12行的“学时”…"); the column goes right after it.
            message.insert(what.size(), "第" + std::to_string(column) + "列");
        }
        if (error.code == "invalid_choice" && field == "kind") {
            std::string names;
            for (const auto& rule : pack_->kinds) names += (names.empty() ? "" : "、") + rule.name;
            message += "（也可填中文名：" + names + "）";
        }
        into.unreadable.push_back({row.line, column, field, error.code, message});
    }
    if (into.unreadable.size() != errors_before || !read) return;
    into.document.records.push_back(std::move(*read));
    into.lines.push_back(row.line);
}

const PersonSummary& BatchCheck::summary(std::size_t index) {
    auto& cached = summaries_[index];
    if (cached) return *cached;
    const PersonRecords read = read_person(index);
    const Evaluation evaluation = evaluate(read.document, *pack_);
    PersonSummary summary;
    summary.person = persons_[index].name;
    summary.affiliation = evaluation.affiliation->name;
    summary.records = read.document.records.size();
    summary.warnings = evaluation.warnings.size();
    summary.plan_total = evaluation.plan.total_hours;
    for (const auto& year : evaluation.years) {
        summary.years.push_back({year.rule->year, year.public_hours.remaining(), year.professional_hours.remaining(),
                                 year.status, year.days_left});
    }
    summary.unreadable = read.unreadable;
    cached = std::move(summary);
    return *cached;
}

std::string BatchCheck::summaries_json(std::size_t from, std::size_t count) {
    JsonWriter out;
    out.begin_array();
    for (std::size_t i = from; i < persons_.size() && i - from < count; ++i) {
        const PersonSummary& person = summary(i);
        out.begin_object()
            .field("index", static_cast<std::int64_t>(i))
            .field("person", person.person)
            .field("affiliation", person.affiliation)
            .field("records", static_cast<std::int64_t>(person.records))
            .field("warnings", static_cast<std::int64_t>(person.warnings));
        out.key("plan_total").hours(person.plan_total);
        out.key("unreadable_rows");
        write_row_errors(out, person.unreadable);
        out.key("years").begin_array();
        for (const auto& year : person.years) {
            out.begin_object().field("year", year.year);
            out.key("public").hours(year.public_remaining);
            out.key("professional").hours(year.professional_remaining);
            out.field("status", status_id(year.status)).field("days_left", static_cast<std::int64_t>(year.days_left));
            out.end_object();
        }
        out.end_array().end_object();
    }
    return out.end_array().take();
}

std::string BatchCheck::result_json(std::size_t index) {
    if (index >= persons_.size()) return error_document({{"index", "no_such_person", "没有这个人"}});
    const PersonRecords read = read_person(index);
    JsonWriter head;
    head.begin_object().field("person", persons_[index].name);
    head.key("record_lines").begin_array();
    for (const auto line : read.lines) head.integer(static_cast<std::int64_t>(line));
    head.end_array();
    head.key("unreadable_rows");
    write_row_errors(head, read.unreadable);
    std::string document = head.end_object().take();
    // The result document follows the added members: "{…added…}" + "{"ok":…}" joined as one object.
    document.pop_back();
    document += "," + result_document(evaluate(read.document, *pack_), *pack_).substr(1);
    return document;
}

std::string BatchCheck::template_csv() {
    std::string header;
    for (const auto& column : batch_columns()) header += (header.empty() ? "" : ",") + csv_field(column_header(column));
    return header + "\r\n";
}

std::string BatchCheck::csv_header() {
    const auto& columns = batch_columns();
    const std::vector<std::string> names = {
        column_header(columns[0]), column_header(columns[1]), field_label("year"), "公需类尚差学时", "专业类尚差学时",
        "状态", "距截止天数", "计划总学时", "提醒条数", "无法读取的行"};
    std::string header;
    for (const auto& name : names) header += (header.empty() ? "" : ",") + csv_field(name);
    return header + "\r\n";
}

std::string BatchCheck::csv_rows(std::size_t from, std::size_t count) {
    std::string out;
    for (std::size_t i = from; i < persons_.size() && i - from < count; ++i) {
        const PersonSummary& person = summary(i);
        std::string lines;
        std::size_t last_line = 0;
        for (const auto& error : person.unreadable) {  // in line order; one row may have several errors
            if (error.line != last_line) lines += (lines.empty() ? "" : "、") + std::to_string(error.line);
            last_line = error.line;
        }
        // Only the name is text someone typed, so only it is guarded against formulas: the other
        // cells are the pack's own words and figures that never go below 0 (hours, days left,
        // counts), and a negative figure would be a number to a spreadsheet, not a formula.
        for (const auto& year : person.years) {
            out += csv_typed_field(person.person) + "," + csv_field(person.affiliation) + "," + std::to_string(year.year) + "," +
                   format_tenths(year.public_remaining) + "," + format_tenths(year.professional_remaining) + "," +
                   csv_field(status_name(status_id(year.status))) + "," + std::to_string(year.days_left) + "," +
                   format_tenths(person.plan_total) + "," + std::to_string(person.warnings) + "," + csv_field(lines) + "\r\n";
        }
    }
    return out;
}

const std::vector<RowError>* BatchCheck::unreadable_rows(std::size_t index) const {
    return unreadable_[index] ? &*unreadable_[index] : nullptr;
}

bool BatchCheck::all_rows_read() const {
    if (!file_errors_.empty()) return false;
    return std::all_of(unreadable_.begin(), unreadable_.end(), [](const auto& rows) { return rows && rows->empty(); });
}

}  // namespace cehours
