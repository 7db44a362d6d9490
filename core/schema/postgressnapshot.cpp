#include "core/schema/schemasnapshot.h"

#include "core/base/tr.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

// PostgreSQL: not written yet.
Result<Schema> SchemaSnapshot::readPostgres(const QSqlDatabase &, const SnapshotOptions &)
{
    return Error(ErrorCode::Unsupported, Tr::tr("Reading a whole PostgreSQL schema is not supported yet"));
}

} // namespace Stepwise::Core
