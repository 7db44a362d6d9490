#pragma once

#include <QString>
#include <QStringList>

namespace Stepwise::Core {

enum class LintSeverity : quint8 { Notice, Warning, Error };

// "error", "warning", "notice": the spelling of --json and of the one-line form (not translated).
QString lintSeverityName(LintSeverity severity);

// What the live checks measure for a finding (core/engine/lintlive.h): the table a rule is
// about and, for a statement that may fail on the rows already there, what to count. Names are
// as the database stores them: unquoted, PostgreSQL's unquoted names folded to lower case,
// quoted ones as written (MySQL/MariaDB and SQLite keep the spelling). An empty schema is the
// connection's default one. Plain value type.
struct LintTarget
{
    enum class Kind : quint8 {
        None, // nothing to measure (a view, a function, a revision-level finding)
        TableSize, // the table's rows and bytes
        NullsIn, // + rows holding NULL in `columns` (a new NOT NULL)
        DuplicatesIn, // + rows whose key `columns` occurs more than once (a new unique key)
        FailsCheck, // + rows failing `checkExpression` (a new CHECK)
        FailsForeignKey, // + rows of `columns` with no row of refTable(refColumns)
        RowsPresent, // + the rows there are: a NOT NULL column without a default
    };

    Kind kind = Kind::None;
    QString schema;
    QString table;
    QStringList columns;
    QString checkExpression; // as written, without the CHECK ( )
    QString refSchema;
    QString refTable;
    QStringList refColumns; // empty: the referenced table's primary key
    bool nullsViolate = false; // DuplicatesIn of a PRIMARY KEY: NULL key columns fail too

    bool valid() const { return kind != Kind::None && !table.isEmpty(); }
    friend bool operator==(const LintTarget &, const LintTarget &) = default;
};

// Numbers measured on the live database for a finding (core/engine/lintlive.h): read-only
// queries bounded by a timeout. -1 where not measured (no connection, the table does not exist
// yet, the query timed out).
struct LintLiveNumbers
{
    qint64 rows = -1; // rows of the table (PostgreSQL/MariaDB: the catalog's estimate)
    bool rowsEstimated = false; // rows is the catalog's estimate, not a count
    qint64 bytes = -1; // the table with its indexes
    // Rows the statement fails on: NULLs for a new NOT NULL, rows in duplicate keys for a new
    // unique key, rows failing a new check or foreign key.
    qint64 violating = -1;
    // One translated line carrying them, for every output: "orders: ~48,000,000 rows, 6.1 GB;
    // 12 rows hold NULL in orders.email".
    QString summary;

    bool measured() const { return rows >= 0 || bytes >= 0 || violating >= 0; }
    friend bool operator==(const LintLiveNumbers &, const LintLiveNumbers &) = default;
};

// One thing a safety rule found in a revision: which rule, how serious, where, and what to do
// instead. Plain value type.
struct LintFinding
{
    enum class Section : quint8 { Up, Down };

    QString code; // "SW201": stable, documented in docs/lint.md
    LintSeverity severity = LintSeverity::Warning;
    QString message; // one line naming the objects involved
    QString explanation; // the rule's: why this is risky
    QString safeAlternative; // the rule's: what to write instead
    QString file;
    QString revision; // the revision's id, when linted as part of a project (core/engine/revisionlint.h)
    Section section = Section::Up;
    int statement = -1; // index in its section's statements
    // File lines, 1-based; columns 1-based in the statement's code units (QChars for QString
    // input), the end column one past the last character.
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;
    QStringList objects; // as written: "public.users", "users.email"
    bool suppressed = false; // by a "-- stepwise:ignore CODE reason" comment on the statement
    QString suppressionReason;
    LintTarget target; // what the live checks measure; Kind::None: nothing
    LintLiveNumbers live; // filled by measureLintFindings() on a connection

    // "versions/3f2a_add_users.sql:14:3: warning SW201: CREATE INDEX ... [suppressed: reason]",
    // with " (live.summary)" before the brackets when measured.
    QString toString() const;

    friend bool operator==(const LintFinding &, const LintFinding &) = default;
};

} // namespace Stepwise::Core
