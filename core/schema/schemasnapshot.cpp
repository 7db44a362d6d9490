#include "core/schema/schemasnapshot.h"

#include "core/base/tr.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

Result<Schema> SchemaSnapshot::read(const QSqlDatabase &db, const SnapshotOptions &options)
{
    const QString driver = db.driverName();
    Result<Schema> schema = driver == u"QSQLITE"_s ? readSqlite(db, options)
        : driver == u"QPSQL"_s                     ? readPostgres(db, options)
        : driver == u"QMYSQL"_s || driver == u"QMARIADB"_s
        ? readMysql(db, options)
        : Result<Schema>(Error(ErrorCode::Unsupported,
                               Tr::tr("Comparing schemas is not supported on the %1 driver").arg(driver)));
    if (schema)
        schema->sort();
    return schema;
}

} // namespace Stepwise::Core
