#pragma once

#include <QByteArrayView>

namespace Stepwise::Core {

// Byte-level helpers shared by the revision file parsers (pure, no allocation).
class Utf8
{
public:
    // Length of a leading UTF-8 byte order mark (3) or 0.
    static qsizetype bomLength(QByteArrayView bytes);
    // 1-based line of the first invalid UTF-8 sequence, or 0 when the bytes are valid UTF-8.
    // Overlong forms, surrogates and code points above U+10FFFF are invalid, as in Python.
    static int firstInvalidLine(QByteArrayView bytes);
};

} // namespace Stepwise::Core
