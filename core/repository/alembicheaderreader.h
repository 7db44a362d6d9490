#pragma once

#include "core/repository/revision.h"

#include <QByteArrayView>
#include <QString>

namespace Stepwise::Core {

// Reads an Alembic revision file (.py) without running Python (alembic-semantics §6.3, §6.4):
// the module-level assignments to revision, down_revision, branch_labels and depends_on, and
// the message from the module docstring. Anything that would need Python to evaluate is
// reported (an error for revision/down_revision, a warning for the other two), never
// guessed. Pure: bytes in, revision and problems out; thread-safe. relativePath names the
// file in messages; its last component is the file name Alembic's legacy id rule looks at.
class AlembicHeaderReader
{
public:
    static ParsedRevision parse(QByteArrayView bytes, const QString &relativePath);
};

} // namespace Stepwise::Core
