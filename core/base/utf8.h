#pragma once

#include <QByteArrayView>

namespace Stepwise::Core {

// UTF-8 at the byte level, shared by the revision file parsers and the SQL splitter (pure, no
// allocation). Well-formed means RFC 3629 / Unicode table 3-7, as in Python: no overlong forms,
// no surrogates, nothing above U+10FFFF.
class Utf8
{
public:
    // Length of a leading UTF-8 byte order mark (3) or 0.
    static qsizetype bomLength(QByteArrayView bytes);

    // True when every byte is below 0x80 (then the bytes are valid UTF-8 and Latin-1 alike).
    static bool isAscii(QByteArrayView bytes);

    // Offset of the first byte that does not belong to a well-formed sequence, or -1 when all
    // bytes are valid. ASCII runs are checked sixteen and eight bytes at a time, so validating
    // a whole script costs little next to splitting it.
    static qsizetype firstInvalidOffset(QByteArrayView bytes);

    // 1-based line of the first invalid sequence, or 0 when the bytes are valid UTF-8.
    static int firstInvalidLine(QByteArrayView bytes);
};

} // namespace Stepwise::Core
