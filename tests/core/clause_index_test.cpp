// The clause index (static/rules/linyi-2017.clauses.json) accounts for every
// clause of the notice, even those that compute nothing (Catala's habit). A
// heading found in the notice but missing from the index fails here, and so
// does an `encoded` clause naming a pack entry that does not exist or that
// cites another clause.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "json.hpp"

namespace {

using cehours::Json;

std::string read_text(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    REQUIRE_MESSAGE(file.good(), "cannot read " << path);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

Json read_json(const std::string& relative) { return Json::parse(read_text(std::string(CEHOURS_SOURCE_DIR) + "/" + relative)); }

const std::string kIdeographicSpace = "\xE3\x80\x80";
const std::vector<std::string> kNumerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

// Chinese numerals at `pos` ("二", "十一"), advancing `pos` past them.
std::string numerals_at(const std::string& line, std::size_t& pos) {
    std::string found;
    for (bool more = true; more;) {
        more = false;
        for (const auto& numeral : kNumerals) {
            if (line.compare(pos, numeral.size(), numeral) == 0) {
                found += numeral;
                pos += numeral.size();
                more = true;
            }
        }
    }
    return found;
}

struct Heading {
    std::string id;    // "二（一）1"
    std::string text;  // "参加全国职称外语和计算机应用能力考试并达标"
};

// The notice's headings: "一、…" clauses, "（一）…" sub-clauses and "1、…" items,
// each numbered under the heading above it as the pack's `clause` fields are.
std::vector<Heading> notice_headings() {
    std::istringstream notice(read_text(CEHOURS_NOTICE_PATH));
    std::vector<Heading> headings;
    std::string clause;
    std::string sub;
    for (std::string line; std::getline(notice, line);) {
        std::size_t pos = 0;
        while (line.compare(pos, kIdeographicSpace.size(), kIdeographicSpace) == 0 || line.compare(pos, 1, " ") == 0) {
            pos += line.compare(pos, 1, " ") == 0 ? 1 : kIdeographicSpace.size();
        }
        const std::string comma = "、";
        std::size_t after = pos;
        if (const std::string top = numerals_at(line, after); !top.empty() && line.compare(after, comma.size(), comma) == 0) {
            clause = top;
            sub.clear();
            headings.push_back({clause, line.substr(after + comma.size())});
        } else if (line.compare(pos, 3, "（") == 0) {
            after = pos + 3;
            const std::string inner = numerals_at(line, after);
            if (!inner.empty() && line.compare(after, 3, "）") == 0) {
                sub = clause + "（" + inner + "）";
                headings.push_back({sub, line.substr(after + 3)});
            }
        } else {
            while (after < line.size() && line[after] >= '0' && line[after] <= '9') ++after;
            if (after > pos && line.compare(after, comma.size(), comma) == 0) {
                headings.push_back({(sub.empty() ? clause : sub) + line.substr(pos, after - pos), line.substr(after + comma.size())});
            }
        }
    }
    return headings;
}

// A pack entry by its JSON path: "language_exam.hours_by_level.A", "years[0].deadline".
const Json* entry_at(const Json& root, const std::string& path) {
    const Json* node = &root;
    std::size_t pos = 0;
    while (pos < path.size() && node != nullptr) {
        if (path[pos] == '.') ++pos;
        if (path[pos] == '[') {
            const std::size_t close = path.find(']', pos);
            const std::size_t index = std::stoul(path.substr(pos + 1, close - pos - 1));
            node = node->is_array() && index < node->size() ? &(*node)[index] : nullptr;
            pos = close + 1;
        } else {
            const std::size_t end = path.find_first_of(".[", pos);
            const std::string key = path.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
            node = node->is_object() && node->contains(key) ? &node->at(key) : nullptr;
            pos = end == std::string::npos ? path.size() : end;
        }
    }
    return node;
}

const Json* index_clause(const Json& index, const std::string& id) {
    for (const Json& clause : index.at("clauses")) {
        if (clause.at("id") == id) return &clause;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("clause index: the notice has the headings this test expects to find") {
    const auto headings = notice_headings();
    std::vector<std::string> ids;
    for (const auto& heading : headings) ids.push_back(heading.id);
    CHECK(ids == std::vector<std::string>{"一", "二", "二（一）", "二（一）1", "二（一）2", "二（二）", "二（二）1", "二（二）2",
                                          "二（二）3", "三", "四", "四（一）", "四（二）"});
}

TEST_CASE("clause index: every clause and sub-clause of the notice is in the index under its own heading") {
    const Json index = read_json("static/rules/linyi-2017.clauses.json");
    for (const auto& heading : notice_headings()) {
        CAPTURE(heading.id);
        const Json* clause = index_clause(index, heading.id);
        REQUIRE_MESSAGE(clause != nullptr, "clause " << heading.id << " of the notice is missing from the index");
        CHECK(clause->at("heading") == heading.text);
    }
}

TEST_CASE("clause index: each clause is encoded, not_computational or out_of_scope, with a reason") {
    const Json index = read_json("static/rules/linyi-2017.clauses.json");
    std::set<std::string> seen;
    for (const Json& clause : index.at("clauses")) {
        const std::string id = clause.at("id");
        CAPTURE(id);
        CHECK(seen.insert(id).second);
        const std::string status = clause.at("status");
        CHECK((status == "encoded" || status == "not_computational" || status == "out_of_scope"));
        CHECK(!clause.at("reason").get<std::string>().empty());
        CHECK((status == "encoded") == clause.contains("entries"));
    }
}

TEST_CASE("clause index: every encoded entry exists in the pack and cites that clause") {
    const Json index = read_json("static/rules/linyi-2017.clauses.json");
    const Json pack = read_json("static/rules/linyi-2017.json");
    CHECK(index.at("pack") == pack.at("id"));
    for (const Json& clause : index.at("clauses")) {
        if (clause.at("status") != "encoded") continue;
        REQUIRE(!clause.at("entries").empty());
        for (const Json& path : clause.at("entries")) {
            CAPTURE(clause.at("id").get<std::string>());
            CAPTURE(path.get<std::string>());
            const Json* entry = entry_at(pack, path);
            REQUIRE_MESSAGE(entry != nullptr, "no pack entry at " << path);
            REQUIRE(entry->is_object());
            CHECK(entry->value("clause", "") == clause.at("id"));
        }
    }
}

TEST_CASE("clause index: every clause the pack cites is accounted for in the index") {
    const Json index = read_json("static/rules/linyi-2017.clauses.json");
    const Json pack = read_json("static/rules/linyi-2017.json");
    for (const auto& item : pack.at("clauses").items()) {
        CAPTURE(item.key());
        const Json* clause = index_clause(index, item.key());
        REQUIRE(clause != nullptr);
        CHECK(clause->at("status") == "encoded");
    }
}

TEST_CASE("clause index: every encoded clause is proved by at least one conformance case") {
    const Json index = read_json("static/rules/linyi-2017.clauses.json");
    const Json cases = read_json("static/rules/linyi-2017.cases.json");
    CHECK(cases.at("cases").size() >= 20);
    std::set<std::string> proved;
    for (const Json& c : cases.at("cases")) proved.insert(c.at("clause").get<std::string>());
    for (const Json& clause : index.at("clauses")) {
        if (clause.at("status") != "encoded") continue;
        CAPTURE(clause.at("id").get<std::string>());
        CHECK(proved.count(clause.at("id").get<std::string>()) == 1);
    }
}
