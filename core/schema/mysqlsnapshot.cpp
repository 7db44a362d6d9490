#include "core/schema/schemasnapshot.h"

#include "core/base/tr.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

// MySQL: not written yet.
Result<Schema> SchemaSnapshot::readMysql(const QSqlDatabase &, const SnapshotOptions &)
{
    return Error(ErrorCode::Unsupported, Tr::tr("Reading a whole MySQL schema is not supported yet"));
}

} // namespace Stepwise::Core
