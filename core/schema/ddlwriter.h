#pragma once

#include "core/db/dialect.h"
#include "core/schema/schemadiff.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Stepwise::Core {

// The SQL of a diff in one dialect.
struct DdlScript
{
    // Statements in order, without the closing ';'. A statement may start with "-- " comment
    // lines (a warning, a destructive marker) that belong to it.
    QStringList statements;
    // False when the script manages its own transaction and must run outside one (SQLite's
    // table rebuild: PRAGMA foreign_keys cannot change inside a transaction) — written as a
    // `transaction:false` section.
    bool transactional = true;
    QStringList notCompared; // "-- not compared: trigger books.touch" lines for the header

    // The statements as a script: each followed by ";" and a blank line, the not-compared lines first.
    QString text() const;
};

// Writes the statements of a SchemaDiff for one dialect: PostgreSQL, MySQL/MariaDB, SQLite.
// Identifiers quoted only where needed (as SQLAlchemy does); types as the database spells them.
class DdlWriter
{
public:
    // For Dialect::name(): "postgresql", "mysql", "sqlite"; null for a dialect without one.
    static std::unique_ptr<DdlWriter> create(const Dialect &dialect);
    virtual ~DdlWriter() = default;

    // PostgreSQL: indexes created and dropped CONCURRENTLY (no lock on writes), which makes the
    // script run outside a transaction. Ignored elsewhere.
    void setConcurrentIndexes(bool on) { m_concurrentIndexes = on; }

    // How the diff must be computed for this writer (SQLite keeps new foreign keys inline).
    virtual SchemaDiffOptions diffOptions() const { return {}; }
    // `to` is the schema the changes lead to: SQLite's rebuild needs what else reads a table.
    virtual DdlScript write(const SchemaDiffResult &diff, const Schema &to) const;

protected:
    explicit DdlWriter(const Dialect &dialect) : m_dialect(dialect) { }

    // The statements of one change; the base spells what the dialects share.
    virtual QStringList change(const SchemaChange &c) const;
    virtual QString columnDefinition(const SchemaColumn &c) const = 0;
    virtual QStringList alterColumn(const SchemaChange &c) const = 0;
    virtual QString createTable(const SchemaTable &t) const;
    // The lines inside CREATE TABLE's parentheses after the columns.
    virtual QStringList tableConstraints(const SchemaTable &t, bool withForeignKeys) const;
    virtual QString dropIndex(const SchemaChange &c) const;
    virtual QString dropConstraint(const TableName &table, const QString &name, const QString &kind) const;
    virtual QString foreignKeyClause(const SchemaForeignKey &f) const;
    virtual QString createIndex(const SchemaTable &table, const SchemaIndex &i) const;
    QString indexPart(const SchemaTable &table, const QString &part) const;

    // "-- WARNING: …" and "-- DESTRUCTIVE: …" lines that go before a change's first statement.
    static QString comments(const SchemaChange &c);

    QString id(const QString &identifier) const { return m_dialect.alembicIdentifier(identifier); }
    QString table(const TableName &name) const { return m_dialect.alembicQualifiedName(name); }
    QString ids(const QStringList &identifiers) const;
    QString literal(const QString &text) const { return m_dialect.quoteString(text); }

    const Dialect &m_dialect;
    bool m_concurrentIndexes = false;
};

} // namespace Stepwise::Core
