#pragma once

#include "core/lint/linter.h"
#include "core/lint/lintrule.h"
#include "core/lint/parsedstatement.h"
#include "core/lint/revisioneffects.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// What the rules see: the statement at hand, what the statements before it in its section
// did, and what the other section says. Internal to core/lint.
namespace Stepwise::Core::Lint {

// A column as the revision last defined it (CREATE TABLE, ADD COLUMN, a type change).
struct KnownColumn
{
    QString type;
    bool notNull = false;
};

struct SectionFacts
{
    QSet<QString> createdTables; // keys
    QSet<QString> createdObjects; // "kind:key": indexes, views, types, ...
    QSet<QString> addedColumns; // "table.column"
    QSet<QString> copiedTables; // INSERT INTO x SELECT ... FROM t: t's rows were kept
    QSet<QString> backfilledColumns; // UPDATE t SET c = ...: "table.column"
    QHash<QString, QString> notNullChecks; // CHECK (c IS NOT NULL) constraint -> "table.column"
    QSet<QString> provenNotNull; // such a check, validated: "table.column"
    QSet<QString> droppedIfExists; // DROP INDEX ... IF EXISTS: index keys
    QHash<QString, KnownColumn> columns; // "table.column" -> its definition now
    QSet<QString> retypedColumns; // whose type a statement changed: "table.column"
    bool lockTimeoutSet = false;
    bool foreignKeyChecksOff = false; // MySQL SET foreign_key_checks = 0
    // SW209 speaks once per section: the one fact a rule updates itself.
    mutable bool lockTimeoutReported = false;
    int openTransaction = -1; // an explicit BEGIN not yet committed: its statement
};

struct RevisionFacts
{
    QHash<QString, KnownColumn> downColumns; // as the down section defines them: before up
    QHash<QString, KnownColumn> upColumns; // as the up section leaves them: before down
    QSet<QString> upCreated; // "kind:key" of tables and objects the up section creates
    QSet<QString> upAddedColumns;
    QSet<QString> upRetypedColumns; // the down section changing them back is their undo
    QSet<QString> upRenames; // renameKey() of the up section's renames
    QSet<QString> upAlteredColumns; // default, NULL-ness or type changed by the up section
};

// "kind:from>to" of a rename (keys as in Effect).
QString renameKey(Effect::Kind kind, const QString &from, const QString &to);

// A finding before positions and suppressions are worked out.
struct RawFinding
{
    const LintRule *rule = nullptr;
    LintFinding::Section section = LintFinding::Section::Up;
    int statement = 0;
    Span span; // in the statement's text; invalid: the statement's head
    QString message;
    QStringList objects;
    LintTarget target;
};

class StatementContext
{
public:
    StatementContext(const LintInput &input, LintFinding::Section section, int index,
        const ParsedStatement &statement, const SectionFacts &facts, const RevisionFacts &revision,
        std::vector<RawFinding> *out);

    const LintInput &input;
    const LintFinding::Section section;
    const int index;
    const ParsedStatement &statement;
    const SectionFacts &facts;
    const RevisionFacts &revision;
    const LintRule *rule = nullptr; // the rule being run

    SqlSyntax dialect() const { return input.dialect; }
    const LintSection &sectionInput() const;
    bool isUp() const { return section == LintFinding::Section::Up; }
    // Whether a failure undoes the section's earlier statements: a transactional section on a
    // database whose DDL is transactional (PostgreSQL, SQLite; not MySQL, not generic ODBC).
    bool rollsBackAsOne() const;
    bool lastStatement() const;

    QString key(const Name &name) const { return nameKey(statement.text, name, dialect()); }
    QString display(const Name &name) const { return nameDisplay(statement.text, name); }
    QString columnKey(const Name &table, const Name &column) const;
    QString columnDisplay(const Name &table, const Name &column) const;
    QString text(Span span) const { return statement.textOf(span).toString(); }
    // The database's spelling of a name (nameStored()).
    QString stored(const Name &name) const { return nameStored(statement.text, name, dialect()); }
    QStringList stored(const std::vector<Name> &names) const;
    // What the live checks measure for a finding about `table`: its size, and with another
    // kind the caller fills in the columns, expression or referenced table.
    LintTarget target(
        const Name &table, LintTarget::Kind kind = LintTarget::Kind::TableSize) const;
    // For ADD CONSTRAINT on `table`: the rows a new CHECK, FOREIGN KEY, UNIQUE or PRIMARY KEY
    // fails on, when the parser read its expression or columns; else the table's size.
    LintTarget constraintTarget(const Name &table, const AlterAction &action) const;
    // Created earlier in this section: empty and unseen by other sessions, so locks, rewrites
    // and failing data do not matter.
    bool isNewTable(const Name &table) const;
    // The statement is an ALTER TABLE.
    bool altersTable() const
    {
        return statement.kind == ParsedStatement::Alter && statement.object == ObjectKind::Table;
    }
    // Created by the up section, when this is the down section: dropping it is the undo.
    bool createdByUp(const QString &kindKey) const;
    // A rename in the down section that reverses one of the up section's.
    bool undoesUpRename(Effect::Kind kind, const QString &from, const QString &to) const;
    // The column's definition before this statement: from this section's earlier statements,
    // else from the other section (the down section restores what the up section found).
    std::optional<KnownColumn> knownColumn(const Name &table, const Name &column) const;

    void report(Span at, const QString &message, const QStringList &objects = {},
        const LintTarget &target = {});
    bool reportedHere(LintCategory category) const; // by an earlier rule on this statement
    bool reportedHere(const char *code) const;

private:
    std::vector<RawFinding> *m_out;
    size_t m_firstOfStatement;
};

class RevisionContext
{
public:
    RevisionContext(const LintInput &input, const std::vector<Effect> &upEffects,
        const std::vector<Effect> &downEffects, std::vector<RawFinding> *out);

    const LintInput &input;
    const std::vector<Effect> &upEffects;
    const std::vector<Effect> &downEffects;
    const LintRule *rule = nullptr;

    void report(LintFinding::Section section, int statement, Span at, const QString &message,
        const QStringList &objects = {}, const LintTarget &target = {});

private:
    std::vector<RawFinding> *m_out;
};

// "table:users", "index:ix": the key of createdObjects and upCreated.
QString objectKey(ObjectKind kind, const QString &key);

} // namespace Stepwise::Core::Lint
