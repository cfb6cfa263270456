#pragma once
// One JSON type for the whole core: insertion-ordered, so the result document
// reads in the order it is written ("ok" first) and identical input gives
// byte-identical output natively and in wasm.
#include <nlohmann/json.hpp>

namespace cehours {
using Json = nlohmann::ordered_json;
}
