#pragma once

#include "core/base/result.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stepwise::Core {

// The [tool.alembic] table of a pyproject.toml (Alembic ≥ 1.16 reads its settings there,
// alembic-semantics §6.5, §8). Only what Stepwise needs of TOML: the table's keys with string,
// string-array and boolean values; other tables, and other value kinds, are stepped over.
// Pure: bytes in, data out.
struct PyprojectAlembic
{
    bool present = false; // the file has a [tool.alembic] table
    QHash<QString, QStringList> strings; // a string value is a one-item list
    QHash<QString, bool> booleans;
    QHash<QString, int> lines; // key -> 1-based line, for messages
};

class PyprojectReader
{
public:
    static Result<PyprojectAlembic> read(QByteArrayView bytes, const QString &fileName);
};

} // namespace Stepwise::Core
