#pragma once

#include "core/base/result.h"
#include "core/db/dialect.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <utility>

namespace Stepwise::Core {

// The lock that keeps two runs against one database from applying a revision twice.
// PostgreSQL: a session-level advisory lock, MySQL/MariaDB: GET_LOCK, both polled so a waiting
// run can say who holds the lock; the key/name is derived from the heads table's qualified
// name, so two projects in one database do not block each other.
// SQLite has no session lock: acquire() only sets the busy timeout to the lock timeout, and
// the runner opens each step with BEGIN IMMEDIATE (Dialect::beginStepSql()) and re-reads the
// heads inside that transaction; a step that cannot get the write lock in time fails with
// ErrorCode::Lock (fromSqlError maps SQLITE_BUSY). Generic ODBC databases have no lock.
// Used in the connection's thread; the lock belongs to the connection (session), so it is
// released by release(), by the destructor, or when the connection closes.
class DatabaseLock
{
public:
    DatabaseLock(const QSqlDatabase &db, const Dialect &dialect, const TableName &headsTable);
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

    // Waits up to `timeout`; `onWaiting` is called with a description of the holder when the
    // wait starts and whenever the holder changes. On timeout: ErrorCode::Lock, "Timed out
    // after 30 s waiting for the migration lock held by …". Setting *cancelled (from any
    // thread) ends the wait with ErrorCode::Cancelled.
    Result<void> acquire(std::chrono::milliseconds timeout,
                         const std::function<void(const QString &holder)> &onWaiting = {},
                         const std::atomic<bool> *cancelled = nullptr);
    Result<void> release();
    bool isHeld() const { return m_held; }

    QString lockName() const { return m_name; } // GET_LOCK name
    qint64 lockKey() const { return m_key; }    // advisory lock key

private:
    Result<bool> tryOnce();
    std::pair<QString, QString> describeHolder() const;

    QSqlDatabase m_db;
    const Dialect *m_dialect;
    QString m_name;
    qint64 m_key = 0;
    bool m_held = false;
};

} // namespace Stepwise::Core
