// The result document is written by hand; it must read back as exactly what
// was meant, escaped the way nlohmann's own dump() escapes.
#include <doctest/doctest.h>

#include <string>

#include "json.hpp"
#include "json_writer.hpp"

using namespace cehours;

TEST_CASE("json writer: strings escape exactly as nlohmann's dump does") {
    std::string every_control;
    for (char c = 1; c < 0x20; ++c) every_control += c;
    for (const std::string& text : {std::string("plain"), std::string("引号\"与反斜杠\\"), every_control,
                                    std::string("<img src=x onerror=alert(1)>"), std::string("\xE2\x80\xAE右到左"),
                                    std::string(), std::string("a\0b", 3)}) {
        CAPTURE(text);
        JsonWriter writer;
        writer.string(text);
        CHECK(writer.take() == Json(text).dump());
    }
}

TEST_CASE("json writer: objects, arrays and exact hours") {
    JsonWriter writer;
    writer.begin_object().field("ok", true).key("hours").begin_array();
    for (Tenths tenths : {Tenths{300}, Tenths{125}, Tenths{3}, Tenths{0}, Tenths{-45}}) writer.hours(tenths);
    writer.end_array().key("empty").begin_object().end_object().field("year", 2017).end_object();
    const std::string text = writer.take();
    CHECK(text == R"({"ok":true,"hours":[30,12.5,0.3,0,-4.5],"empty":{},"year":2017})");
    CHECK(Json::parse(text).at("hours").at(1) == 12.5);
}
