#include "core/schema/schemareader.h"

#include "core/schema/genericschemareader.h"
#include "core/schema/mysqlschemareader.h"
#include "core/schema/postgresschemareader.h"
#include "core/schema/sqliteschemareader.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

std::unique_ptr<SchemaReader> SchemaReader::create(const QSqlDatabase &db)
{
    const QString dialect = Dialect::forDriver(db.driverName()).name();
    if (dialect == u"sqlite"_s)
        return std::make_unique<SqliteSchemaReader>(db);
    if (dialect == u"postgresql"_s)
        return std::make_unique<PostgresSchemaReader>(db);
    if (dialect == u"mysql"_s)
        return std::make_unique<MysqlSchemaReader>(db);
    return std::make_unique<GenericSchemaReader>(db);
}

} // namespace Stepwise::Core
