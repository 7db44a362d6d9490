#pragma once

#include "core/base/result.h"
#include "core/schema/schema.h"

#include <QSqlDatabase>

namespace Stepwise::Core {

struct SnapshotOptions
{
    // PostgreSQL: the schemas to read; empty: every schema but the system ones (pg_catalog,
    // information_schema, pg_toast…) and those of extensions.
    QStringList schemas;
    // Never read: the heads and history tables (the caller passes the project's own, from
    // VersionStore), so they never show in a diff.
    QList<TableName> excluded;
};

// Reads a live database's schema into the neutral model with a few bulk catalog queries —
// never a query per table — and lists what the model does not cover as not compared. Read-only.
// Use it in the connection's thread. The result is sorted (Schema::sort()).
namespace SchemaSnapshot {

Result<Schema> read(const QSqlDatabase &db, const SnapshotOptions &options);

// One per dialect, each in its own file; read() picks by the connection's driver.
Result<Schema> readSqlite(const QSqlDatabase &db, const SnapshotOptions &options);
Result<Schema> readPostgres(const QSqlDatabase &db, const SnapshotOptions &options);
Result<Schema> readMysql(const QSqlDatabase &db, const SnapshotOptions &options);

} // namespace SchemaSnapshot

} // namespace Stepwise::Core
