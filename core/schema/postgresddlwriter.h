#pragma once

#include "core/schema/ddlwriter.h"

namespace Stepwise::Core {

// PostgreSQL: ALTER COLUMN one property at a time, serial columns written as serial, comments
// as COMMENT ON, enum types and sequences, new foreign keys and checks on existing tables
// added NOT VALID and then validated (the long scan without the exclusive lock).
class PostgresDdlWriter : public DdlWriter
{
public:
    explicit PostgresDdlWriter(const Dialect &dialect) : DdlWriter(dialect) { }
    DdlScript write(const SchemaDiffResult &diff, const Schema &to) const override;

protected:
    QStringList change(const SchemaChange &c) const override;
    QString columnDefinition(const SchemaColumn &c) const override;
    QStringList alterColumn(const SchemaChange &c) const override;
    QString createIndex(const SchemaTable &table, const SchemaIndex &i) const override;
    QString dropIndex(const SchemaChange &c) const override;

private:
    QStringList comments(const SchemaTable &t, const QList<SchemaColumn> &columns, bool table) const;
    QString commentOn(const QString &what, const QString &comment) const;
    QString sequenceOptions(const SchemaSequence &s) const;
    mutable QSet<QString> m_created; // tables the diff creates: no NOT VALID needed there
};

} // namespace Stepwise::Core
