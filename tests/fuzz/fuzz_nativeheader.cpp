// libFuzzer target: NativeRevisionParser on arbitrary bytes, in both modes. Besides crashes,
// hangs and leaks it checks what callers rely on: an accepted file has a valid id, the
// header-only parse agrees with the full one on the header, and line numbers stay in range.
#include "core/repository/nativerevisionparser.h"
#include "core/repository/revisionid.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Stepwise::Core;

static void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = QStringLiteral("versions/fuzz.sql");
    const ParsedRevision full =
        NativeRevisionParser::parse(bytes, path, NativeRevisionParser::Mode::Full);
    const ParsedRevision quick =
        NativeRevisionParser::parse(bytes, path, NativeRevisionParser::Mode::HeaderOnly);
    const qsizetype lines = bytes.count('\n') + 1;
    for (const Error &e : full.errors + full.warnings + quick.errors + quick.warnings)
        check(e.line() >= 0 && e.line() <= lines && e.file() == path);
    if (full.ok()) {
        check(RevisionId::checkNative(full.revision.id).isEmpty());
        check(full.revision.up.present && full.revision.up.checksum.size() == 64);
        check(quick.ok() && quick.revision.id == full.revision.id
            && quick.revision.parents == full.revision.parents);
    }
    (void)NativeRevisionParser::firstMarkerOffset(bytes);
    (void)NativeRevisionParser::checksum(bytes);
    return 0;
}
