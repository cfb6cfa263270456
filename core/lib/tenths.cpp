#include "tenths.hpp"

namespace cehours {

std::string format_tenths(Tenths value) {
    const bool negative = value < 0;
    const Tenths magnitude = negative ? -value : value;
    std::string text = (negative ? "-" : "") + std::to_string(magnitude / 10);
    if (magnitude % 10 != 0) text += "." + std::to_string(magnitude % 10);
    return text;
}

}  // namespace cehours
