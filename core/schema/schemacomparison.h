#pragma once

#include "core/base/result.h"
#include "core/db/connectionurl.h"
#include "core/schema/ddlwriter.h"
#include "core/schema/schema.h"
#include "core/schema/schemadiff.h"

#include <QString>

#include <optional>

namespace Stepwise::Core {

class PasswordProvider;

struct ComparisonOptions
{
    // The dialect of a `.sql` side: the other side's when it is a database, else this
    // ("sqlite", "postgresql", "mysql"); SQLite when neither says.
    QString dialect;
    // Where a `.sql` side is applied on PostgreSQL / MySQL: created when missing (and dropped
    // afterwards), emptied before use. SQLite uses a temporary file.
    std::optional<ConnectionUrl> shadowUrl;
    // PostgreSQL: CREATE/DROP INDEX CONCURRENTLY (the script then runs outside a transaction).
    bool concurrentIndexes = false;
    // Never compared: Stepwise's and Alembic's own tables (the defaults) or the project's.
    QList<TableName> excluded = {{QString(), QStringLiteral("stepwise_version")},
                                 {QString(), QStringLiteral("stepwise_history")},
                                 {QString(), QStringLiteral("alembic_version")}};
};

struct SchemaComparisonResult
{
    QString dialect; // Dialect::name() of both sides
    Schema from;
    Schema to;
    SchemaDiffResult diff;
    DdlScript script; // the SQL that turns FROM into TO
};

// `stepwise diff FROM TO` and Studio's Compare Schemas: two schemas — each a database URL or a
// `.sql` file applied to a shadow database first — read (SchemaSnapshot), compared
// (SchemaDiff) and written as SQL (DdlWriter). Neither database is changed. Errors in what the
// user gave (a URL that cannot connect, a file that does not run, two dialects) are
// ErrorCode::Usage, with file:line for a file.
class SchemaComparison
{
public:
    static Result<SchemaComparisonResult> compare(const QString &from, const QString &to,
                                                  const ComparisonOptions &options,
                                                  PasswordProvider *passwords = nullptr);

    // Whether `source` names a SQL file rather than a database URL.
    static bool isSqlFile(const QString &source);
};

} // namespace Stepwise::Core
