#include "core/repository/utf8.h"

namespace Stepwise::Core {

qsizetype Utf8::bomLength(QByteArrayView bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

namespace {

// Number of bytes of the valid sequence starting at data[i], or 0 when it is invalid.
qsizetype validSequenceLength(const unsigned char *data, qsizetype i, qsizetype size)
{
    const unsigned char c = data[i];
    qsizetype length = 0;
    unsigned char lowest = 0x80, highest = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0)
            lowest = 0xA0; // overlong
        else if (c == 0xED)
            highest = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0)
            lowest = 0x90; // overlong
        else if (c == 0xF4)
            highest = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    if (data[i + 1] < lowest || data[i + 1] > highest)
        return 0;
    for (qsizetype k = 2; k < length; ++k) {
        if ((data[i + k] & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

} // namespace

int Utf8::firstInvalidLine(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    int line = 1;
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            if (c == '\n')
                ++line;
            ++i;
            continue;
        }
        const qsizetype length = validSequenceLength(data, i, size);
        if (length == 0)
            return line;
        i += length;
    }
    return 0;
}

} // namespace Stepwise::Core
