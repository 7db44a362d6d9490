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

enum class HistoryDirection { Up, Down, Stamp };
enum class HistoryStatus { Running, Ok, Failed };

// The words stored in the history table: "up"/"down"/"stamp", "running"/"ok"/"failed".
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
    // Creates whichever of the two tables is missing. DDL: MySQL/MariaDB commit any open
    // transaction first, so call it before a step's transaction, holding the lock.
    Result<void> ensureTables();

    // Heads-table rows. UPDATE and DELETE must match exactly one row, else Alembic's error
    // ("Online migration expected to match one row when updating 'a' to 'b' in
    // 'alembic_version'; 0 found"), and the caller rolls the step back.
    Result<void> insertHead(const QString &revision);
    Result<void> updateHead(const QString &from, const QString &to);
    Result<void> deleteHead(const QString &revision);
    Result<int> deleteAllHeads(); // stamp --purge; the number of rows removed

    // History rows. A transactional step writes its row with status Ok inside the step; a
    // step on a dialect without transactional DDL inserts a Running row first (committed),
    // records progress after each statement, then finishes it.
    Result<qint64> insertHistory(const HistoryEntry &entry);
    Result<void> updateHistoryProgress(qint64 id, int statementsDone);
    Result<void> finishHistory(qint64 id, HistoryStatus status, qint64 durationMs,
                               const QString &error, int statementsDone);
    // All rows by id (oldest first); no rows when the table is missing.
    Result<QList<HistoryEntry>> readHistory() const;
    // revision → checksum of its last successful "up" not followed by a successful "down".
    Result<QHash<QString, QString>> lastAppliedChecksums() const;
    // The newest step left half-done: status Running (killed) or Failed with statements
    // executed, not followed by a successful row of the same revision nor by any stamp.
    Result<std::optional<HistoryEntry>> unresolvedStep() const;

    static QString currentOsUser();

private:
    static QString lookUpOsUser();
    Result<bool> tableExists(const TableName &table) const;
    Result<QSqlQuery *> execPrepared(const BoundSql &statement, const QString &context);
    Result<int> execCounted(const BoundSql &statement, const QString &context);
    Result<void> expectOne(int found, const QString &action) const;
    Result<qint64> nextHistoryId();
    Error error(const QSqlQuery &query, const QString &context) const;

    QSqlDatabase m_db;
    const Dialect *m_dialect;
    VersionTables m_tables;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared; // bookkeeping statements by SQL text
};

} // namespace Stepwise::Core
