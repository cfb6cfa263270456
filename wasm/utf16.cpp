// JavaScript's strings are UTF-16, the core's text is UTF-8: the loader hands
// strings over, and takes answers back, as UTF-16 code units and these two
// calls convert them. In Chromium, TextEncoder and TextDecoder take about
// 2 ms each way for a 1,000-record document and its 180 kB answer, where a
// JS loop writing code units takes 0.1 ms and String.fromCharCode reading
// them back 0.6 ms.
// Written out here because the C++ standard's converters are deprecated and
// bring locale code into the module.
#include <cstddef>
#include <cstdint>

extern "C" {

// Writes `count` UTF-16 code units as UTF-8 into `out` (room for 3 bytes per
// unit) and returns how many bytes it wrote. A lone surrogate becomes U+FFFD,
// as TextEncoder writes it, so both ways of handing text over read the same.
std::size_t cehours_utf8_of_utf16(const char16_t* units, std::size_t count, unsigned char* out) {
    unsigned char* const start = out;
    for (std::size_t i = 0; i < count; ++i) {
        std::uint32_t c = units[i];
        if (c < 0x80) {
            *out++ = static_cast<unsigned char>(c);
            continue;
        }
        if (c < 0x800) {
            *out++ = static_cast<unsigned char>(0xC0 | c >> 6);
        } else {
            if ((c & 0xF800) == 0xD800) {
                const std::uint32_t low = i + 1 < count ? units[i + 1] : 0;
                if (c < 0xDC00 && (low & 0xFC00) == 0xDC00) {
                    c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                    ++i;
                    *out++ = static_cast<unsigned char>(0xF0 | c >> 18);
                    *out++ = static_cast<unsigned char>(0x80 | (c >> 12 & 0x3F));
                } else {
                    c = 0xFFFD;
                }
            }
            if (c < 0x10000) *out++ = static_cast<unsigned char>(0xE0 | c >> 12);
            *out++ = static_cast<unsigned char>(0x80 | (c >> 6 & 0x3F));
        }
        *out++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
    }
    return static_cast<std::size_t>(out - start);
}

// Writes `length` bytes of UTF-8 as UTF-16 code units into `out` (room for one
// unit per byte) and returns how many units it wrote. The core writes only
// well-formed UTF-8; a sequence cut short or a stray continuation byte would be
// a bug, so it returns SIZE_MAX (-1 to JavaScript) and the loader refuses the answer.
std::size_t cehours_utf16_of_utf8(const unsigned char* bytes, std::size_t length, char16_t* out) {
    constexpr std::size_t kMalformed = static_cast<std::size_t>(-1);
    char16_t* const start = out;
    for (std::size_t i = 0; i < length;) {
        std::uint32_t c = bytes[i++];
        if (c >= 0x80) {
            if (c < 0xC0) return kMalformed;
            const int more = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
            c &= 0x3Fu >> more;
            for (int k = 0; k < more; ++k, ++i) {
                if (i >= length || (bytes[i] & 0xC0) != 0x80) return kMalformed;
                c = c << 6 | (bytes[i] & 0x3F);
            }
            if (c >= 0x10000) {
                *out++ = static_cast<char16_t>(0xD7C0 + (c >> 10));
                c = 0xDC00 | (c & 0x3FF);
            }
        }
        *out++ = static_cast<char16_t>(c);
    }
    return static_cast<std::size_t>(out - start);
}

}  // extern "C"
