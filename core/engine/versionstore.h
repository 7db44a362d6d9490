#pragma once

#include "core/base/result.h"
#include "core/db/dialect.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>


namespace Stepwise::Core {

// Tables: the row that records an upgrade of the heads and history tables to a newer format
// (revision "format 1 -> 3"; docs/file-format.md).
enum class HistoryDirection { Up, Down, Stamp, Tables };
enum class HistoryStatus { Running, Ok, Failed };

// The words stored in the history table: "up"/"down"/"stamp"/"tables", "running"/"ok"/"failed".
QString historyDirectionName(HistoryDirection direction);
QString historyStatusName(HistoryStatus status);
std::optional<HistoryDirection> historyDirectionFromName(const QString &name);
std::optional<HistoryStatus> historyStatusFromName(const QString &name);

// One row of the history table: one step of a run.
struct HistoryEntry
{
    qint64 id = 0; // assigned by insertHistory()
    QString revision;
    HistoryDirection direction = HistoryDirection::Up;
    QString checksum;      // SHA-256 hex of the up section; empty for stamps
    QDateTime startedAt;   // UTC; insertHistory() uses now when invalid
    qint64 durationMs = -1; // -1 (NULL) while running
    QString osUser;        // insertHistory() fills the current user when empty
    QString toolVersion;   // insertHistory() fills Stepwise's version when empty
    HistoryStatus status = HistoryStatus::Running;
    QString error;         // passwords are redacted before it is stored
    int statementsDone = 0; // how many of the step's statements were executed

    // The duration to show: 0 while the step runs (NULL in the table).
    qint64 shownDurationMs() const { return durationMs < 0 ? 0 : durationMs; }
};

// The format of the heads and history tables in a database (Dialect::tablesFormat).
struct TablesFormat
{
    bool historyExists = false;
    int version = 0;     // 0 when there is no history table
    bool marked = false; // read from the marker; else told by the columns (formats 1 and 2)
    QStringList columns; // the history table's columns, lower case

    bool older() const { return historyExists && version < Dialect::tablesFormat; }
    bool newer() const { return version > Dialect::tablesFormat; }
    bool operator==(const TablesFormat &) const = default;
};

// Names of the heads and history tables.
struct VersionTables
{
    TableName heads;
    TableName history;

    // stepwise_version + stepwise_history (native projects).
    static VersionTables native(const QString &schema = {});
    // alembic_version + stepwise_history (Alembic projects).
    static VersionTables alembic(const QString &schema = {});
};

// The heads table (Alembic's alembic_version shape) and Stepwise's history table on one open
// connection. Row operations run inside whatever transaction the caller has open, so a step's
// statements, its heads rows and its history row commit together. Used in the connection's
// thread only; holds a copy of the QSqlDatabase handle, so destroy it before removeDatabase().
class VersionStore
{
public:
    VersionStore(const QSqlDatabase &db, const Dialect &dialect, VersionTables tables);

    const VersionTables &tables() const { return m_tables; }
    const Dialect &dialect() const { return *m_dialect; }

    Result<bool> headsTableExists() const;
    Result<bool> historyTableExists() const;
    // The rows in the table's own order (no ORDER BY, Alembic §3.7). A missing table reads as
    // no rows and is not created: read-only commands never create tables.
    Result<QStringList> readHeads() const;
    // Creates whichever of the two tables is missing and brings a history table of an older
    // format to the current one (upgradeTables()); tables of a newer format are refused before
    // anything changes. DDL: MySQL/MariaDB commit any open transaction first, so call it
    // before a step's transaction, holding the run's lock.
    Result<void> ensureTables();

    // The format of the tables, read without changing anything (marker, else columns).
    Result<TablesFormat> tablesFormat() const;
    // Refuses tables of a newer format than this Stepwise knows (ErrorCode::Unsupported, both
    // versions named) or a history table that is not Stepwise's; reads only.
    Result<void> checkTablesFormat() const;
    // An older history table upgraded in place in a transaction of its own (on MySQL/MariaDB
    // the one ALTER TABLE, then the row), every row kept, and a history row recording it
    // (direction Tables). Returns the format it had, or 0 when there was nothing to upgrade.
    // Outside any transaction, holding the run's lock; SQLite's lock is the transaction's own,
    // so the format is read again inside it.
    Result<int> upgradeTables();

    // Heads-table rows. UPDATE and DELETE must match exactly one row, else Alembic's error
    // ("Online migration expected to match one row when updating 'a' to 'b' in
    // 'alembic_version'; 0 found"), and the caller rolls the step back.
    Result<void> insertHead(const QString &revision);
    Result<void> updateHead(const QString &from, const QString &to);
    Result<void> deleteHead(const QString &revision);
    Result<int> deleteAllHeads(); // stamp --purge; the number of rows removed
    // The same UPDATE and DELETE, returning how many rows matched instead of requiring one: a
    // step that moves heads first tells from 0 that another run moved them (Runner, S4).
    Result<int> updateHeadCounted(const QString &from, const QString &to);
    Result<int> deleteHeadCounted(const QString &revision);
    // Alembic's error when such a statement matched other than one row (action: "updating 'a'
    // to 'b'", "deleting 'a'").
    Result<void> expectOne(int found, const QString &action) const;

    // History rows. A transactional step writes its row with status Ok inside the step; a
    // step on a dialect without transactional DDL inserts a Running row first (committed),
    // records progress after each statement, then finishes it.
    Result<qint64> insertHistory(const HistoryEntry &entry);
    Result<void> updateHistoryProgress(qint64 id, int statementsDone);
    Result<void> finishHistory(qint64 id, HistoryStatus status, qint64 durationMs,
                               const QString &error, int statementsDone);
    // All rows by id (oldest first); no rows when the table is missing. Any format is read as it
    // is: a column an older format lacks reads as its default (statements_done 0).
    Result<QList<HistoryEntry>> readHistory() const;
    // revision → checksum of its last successful "up" not followed by a successful "down".
    Result<QHash<QString, QString>> lastAppliedChecksums() const;
    static QHash<QString, QString> lastAppliedChecksums(const QList<HistoryEntry> &history);
    // The newest step left half-done: status Running (killed) or Failed with statements
    // executed, not followed by a successful row of the same revision nor by any stamp.
    Result<std::optional<HistoryEntry>> unresolvedStep() const;

    static QString currentOsUser();

private:
    static QString lookUpOsUser();
    Result<bool> tableExists(const TableName &table) const;
    Result<QStringList> historyTableColumns() const;
    Result<TablesFormat> readFormat(bool exists) const;
    Result<void> refuseUnknown(const TablesFormat &format) const;
    Error unknownTable(const QString &missingColumn) const;
    Error newerFormat(int version) const;
    QString historyDisplayName() const;
    Result<void> begin(bool *manual);
    void rollback(bool manual);
    Result<void> commit(bool manual);
    Result<int> remakeHistoryTable(const TablesFormat &format, const QString &context);
    Result<int> execAll(const QStringList &statements, const QString &context);
    Result<QSqlQuery *> execPrepared(const BoundSql &statement, const QString &context);
    Result<int> execCounted(const BoundSql &statement, const QString &context);
    Result<qint64> nextHistoryId();
    Error error(const QSqlQuery &query, const QString &context) const;

    QSqlDatabase m_db;
    const Dialect *m_dialect;
    VersionTables m_tables;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared; // bookkeeping statements by SQL text
    // Known for the store's lifetime once seen (a table never loses columns nor goes back to an
    // older format): the history table has every current column / is of the current format.
    mutable bool m_columnsCurrent = false;
    mutable bool m_formatCurrent = false;
};

} // namespace Stepwise::Core
