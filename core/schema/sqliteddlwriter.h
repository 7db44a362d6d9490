#pragma once

#include "core/schema/ddlwriter.h"

namespace Stepwise::Core {

// SQLite: what ALTER TABLE can say (create and drop tables, indexes and views, add a plain
// column) directly; every other change of a table by SQLite's documented table rebuild — a new
// table with the final definition, the rows copied, the old one dropped, the new one renamed,
// its indexes and the views reading it made again — every row kept. A script with a rebuild runs
// outside the revision's transaction with its own, foreign keys off, and checks them before its
// COMMIT (PRAGMA foreign_key_check), as https://sqlite.org/lang_altertable.html prescribes.
class SqliteDdlWriter : public DdlWriter
{
public:
    explicit SqliteDdlWriter(const Dialect &dialect) : DdlWriter(dialect) { }
    SchemaDiffOptions diffOptions() const override { return SchemaDiffOptions{true}; }
    DdlScript write(const SchemaDiffResult &diff, const Schema &to) const override;

protected:
    QString columnDefinition(const SchemaColumn &c) const override;
    QStringList alterColumn(const SchemaChange &c) const override;
    QString createTable(const SchemaTable &t) const override;

private:
    QStringList rebuild(const SchemaTable &t, const QSet<QString> &added, const Schema &to,
                        const QSet<QString> &viewsMadeByDiff) const;
};

} // namespace Stepwise::Core
