// libFuzzer target: AlembicHeaderReader (and with it the Python tokenizer) on arbitrary bytes,
// plus the other readers of an Alembic project's files (env.py, alembic.ini, pyproject.toml),
// which run on whatever a project folder holds. Checks that an accepted file has an id
// Stepwise allows and that every problem names the file and a line inside it.
#include "core/repository/alembicheaderreader.h"
#include "core/repository/envpyreader.h"
#include "core/repository/inifile.h"
#include "core/repository/pyprojectreader.h"
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
    if (const Result<IniFile> ini =
            IniFile::parse(bytes, IniFile::Syntax::Python, QStringLiteral("alembic.ini")))
        (void)ini->interpolated(QStringLiteral("alembic"), QStringLiteral("script_location"),
            { { QStringLiteral("here"), QStringLiteral("/p") } });
    (void)PyprojectReader::read(bytes, QStringLiteral("pyproject.toml"));
    return 0;
}
