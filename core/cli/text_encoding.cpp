#include "text_encoding.hpp"

#include <iconv.h>

#include <cerrno>

#include "utf8.hpp"

namespace cehours::cli {
namespace {

// glibc's iconv rather than a library of our own: every Linux C library
// already carries its GB18030 table, the standard's own mapping, so the CLI
// gains no dependency (the page uses the browser's TextDecoder the same way).
std::optional<std::string> from_gb18030(const std::string& bytes) {
    iconv_t converter = iconv_open("UTF-8", "GB18030");
    if (converter == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    std::string out(bytes.size() * 2 + 16, '\0');  // a GB18030 character never takes more than twice its bytes in UTF-8
    char* in_pointer = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    char* out_pointer = out.data();
    std::size_t out_left = out.size();
    const std::size_t converted = iconv(converter, &in_pointer, &in_left, &out_pointer, &out_left);
    iconv_close(converter);
    if (converted == static_cast<std::size_t>(-1) || in_left != 0) return std::nullopt;
    out.resize(out.size() - out_left);
    return out;
}

}  // namespace

std::optional<DecodedText> decode_text(std::string bytes) {
    if (valid_utf8(bytes)) return DecodedText{std::move(bytes), "UTF-8"};
    if (auto text = from_gb18030(bytes)) return DecodedText{std::move(*text), "GB18030"};
    return std::nullopt;
}

}  // namespace cehours::cli
