#include "core/schema/schemasnapshot.h"

#include "core/base/tr.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

// SQLite: not written yet.
Result<Schema> SchemaSnapshot::readSqlite(const QSqlDatabase &, const SnapshotOptions &)
{
    return Error(ErrorCode::Unsupported, Tr::tr("Reading a whole SQLite schema is not supported yet"));
}

} // namespace Stepwise::Core
