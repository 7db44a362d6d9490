#include "core/base/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace Stepwise::Core {

namespace {

constexpr std::uint64_t HighBits = 0x8080808080808080ULL;

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// Length of the well-formed sequence starting at p, or 0 when it is not one.
qsizetype sequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    const qsizetype available = end - p;
    // Second-byte ranges tighten for E0/ED/F0/F4: that is what rules out overlong forms,
    // surrogates and code points above U+10FFFF (Unicode table 3-7).
    unsigned char low = 0x80, high = 0xBF;
    qsizetype length = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            low = 0xA0; // overlong
        else if (c == 0xED)
            high = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            low = 0x90; // overlong
        else if (c == 0xF4)
            high = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    if (available < length || p[1] < low || p[1] > high)
        return 0;
    for (qsizetype i = 2; i < length; ++i) {
        if (!isContinuation(p[i]))
            return 0;
    }
    return length;
}

} // namespace

qsizetype Utf8::bomLength(QByteArrayView bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

bool Utf8::isAscii(QByteArrayView bytes)
{
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    std::uint64_t high = 0;
    for (; end - p >= 16; p += 16) {
        std::uint64_t a, b;
        std::memcpy(&a, p, sizeof a);
        std::memcpy(&b, p + 8, sizeof b);
        high |= a | b;
        if (high & HighBits)
            return false;
    }
    for (; p < end; ++p)
        high |= static_cast<unsigned char>(*p);
    return (high & HighBits) == 0;
}

qsizetype Utf8::firstInvalidOffset(QByteArrayView bytes)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(bytes.data());
    const unsigned char *p = begin;
    const unsigned char *const end = begin + bytes.size();
    while (p < end) {
        // Fast path: ASCII sixteen, then eight bytes at a time.
        while (end - p >= 16) {
            std::uint64_t a, b;
            std::memcpy(&a, p, sizeof a);
            std::memcpy(&b, p + 8, sizeof b);
            if ((a | b) & HighBits)
                break;
            p += 16;
        }
        while (end - p >= 8) {
            std::uint64_t word;
            std::memcpy(&word, p, sizeof word);
            if (word & HighBits)
                break;
            p += 8;
        }
        if (p == end)
            break;
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const qsizetype length = sequenceLength(p, end);
        if (length == 0)
            return p - begin;
        p += length;
    }
    return -1;
}

int Utf8::firstInvalidLine(QByteArrayView bytes)
{
    const qsizetype bad = firstInvalidOffset(bytes);
    if (bad < 0)
        return 0;
    return 1 + int(std::count(bytes.begin(), bytes.begin() + bad, '\n'));
}

} // namespace Stepwise::Core
