// The WebAssembly binding of the unit's batch check (core/lib/batch.hpp) for
// the page 单位批量核查 (dist/cehours-unit.html), a module of its own so the
// person's page and the embed do not carry the CSV reader. Text in, JSON or
// CSV text out; the core never throws.
#include <cstddef>
#include <string>
#include <string_view>

#include "batch.hpp"

namespace {

cehours::BatchCheck batch;
// The next file's bytes, written here by JS and moved into the batch by
// cehours_batch_open: a unit's CSV is megabytes, so it is never copied.
std::string file;
// The last answer stays alive here until the next call, for JS to copy.
std::string answer;

std::string_view text(const char* data, std::size_t length) {
    return data != nullptr ? std::string_view(data, length) : std::string_view();
}

const char* give(std::string text) {
    answer = std::move(text);
    return answer.c_str();
}

}  // namespace

extern "C" {

// Room for the next file's `length` bytes (UTF-8), for JS to fill. The last
// file and its rows are let go first, so the room is made in the memory they
// held (touched already) rather than in memory the module grows for it, whose
// first touch costs a page fault per 4 kB.
char* cehours_batch_text(std::size_t length) {
    batch = cehours::BatchCheck();
    file = std::string();
    file.assign(length, '\0');
    return file.data();
}

// Reads the file written through cehours_batch_text and groups its rows by
// person; an empty pack means the built-in one. Returns the open report
// (BatchCheck::open).
const char* cehours_batch_open(const char* pack_json, std::size_t pack_length, const char* as_of, std::size_t as_of_length) {
    return give(batch.open(std::move(file), text(pack_json, pack_length), text(as_of, as_of_length)));
}

// Persons [from, from + count) evaluated: a JSON array of summaries.
const char* cehours_batch_summaries(std::size_t from, std::size_t count) { return give(batch.summaries_json(from, count)); }

// One person's full result document.
const char* cehours_batch_result(std::size_t index) { return give(batch.result_json(index)); }

// The table as the CLI writes it (without the byte order mark).
const char* cehours_batch_csv() {
    return give(cehours::BatchCheck::csv_header() + batch.csv_rows(0, batch.person_count()));
}

// The empty template's header row.
const char* cehours_batch_template() { return give(cehours::BatchCheck::template_csv()); }

// Byte length of what the last call returned.
std::size_t cehours_result_length() { return answer.size(); }

}  // extern "C"
