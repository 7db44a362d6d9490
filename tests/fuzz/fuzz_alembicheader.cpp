// libFuzzer target: AlembicHeaderReader (and with it the Python tokenizer) on arbitrary bytes,
// plus the env.py reader that shares the tokenizer. Checks that an accepted file has an id
// Stepwise allows and that every problem names the file and a line inside it.
#include "repository/alembicheaderreader.h"
#include "repository/envpyreader.h"
#include "repository/revisionid.h"

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
    const QString path = QStringLiteral("migrations/versions/fuzz.py");
    const ParsedRevision r = AlembicHeaderReader::parse(bytes, path);
    const qsizetype lines = bytes.count('\n') + bytes.count('\r') + 1;
    for (const Error &e : r.errors + r.warnings)
        check(e.line() >= 0 && e.line() <= lines && e.file() == path);
    if (r.ok()) {
        check(RevisionId::checkAlembic(r.revision.id).isEmpty());
        check(!r.revision.parents.contains(QString()));
        check(r.revision.message.size() <= r.revision.longDoc.size());
    }
    (void)EnvPyReader::read(bytes, QStringLiteral("migrations/env.py"));
    return 0;
}
