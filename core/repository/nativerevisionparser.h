#pragma once

#include "core/repository/revision.h"

#include <QByteArrayView>
#include <QString>

namespace Stepwise::Core {

// Reads a native revision file (revision-format.md): the "-- key: value" header and the
// "-- migrate:up" / "-- migrate:down" sections. Pure: bytes in, revision and problems out;
// thread-safe (no state). relativePath is only used in messages and for the file-name check.
class NativeRevisionParser
{
public:
    enum class Mode {
        HeaderOnly, // stop at the first section marker: what heads/history/show need
        Full // also the sections, their options and the up section's checksum
    };

    static ParsedRevision parse(
        QByteArrayView bytes, const QString &relativePath, Mode mode = Mode::Full);

    // Offset of the first "-- migrate:" marker line, or -1 when bytes hold none. Lets a loader
    // read a file only as far as its header.
    static qsizetype firstMarkerOffset(QByteArrayView bytes);

    // SHA-256 (hex) of an up section's bytes (the lines between its marker and the next
    // marker or the end of the file): CRLF as LF, trailing blank lines dropped, every kept
    // line ending in LF.
    static QString checksum(QByteArrayView sectionBytes);
};

} // namespace Stepwise::Core
