#pragma once

#include <QtGlobal>

namespace Stepwise::Core {

// Offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF), or -1 when all `size` bytes are valid.
// ASCII runs are checked eight bytes at a time, so validating a whole script costs little next
// to splitting it.
qsizetype firstInvalidUtf8(const char *data, qsizetype size);

// True when all `size` bytes are below 0x80 (then they are valid UTF-8 and Latin-1 alike).
bool isAscii(const char *data, qsizetype size);

} // namespace Stepwise::Core
