#include "core/engine/databaselock.h"

#include "core/db/database.h"

#include "core/base/tr.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

bool run(QSqlQuery &query, const BoundSql &statement)
{
    if (!query.prepare(statement.sql))
        return false;
    for (const QVariant &value : statement.values)
        query.addBindValue(value);
    return query.exec();
}

QString secondsText(std::chrono::milliseconds timeout)
{
    return QString::number(double(timeout.count()) / 1000.0);
}

} // namespace

DatabaseLock::DatabaseLock(const QSqlDatabase &db, const Dialect &dialect, const TableName &headsTable)
    : m_db(db)
    , m_dialect(&dialect)
{
    // Advisory locks are per database already; GET_LOCK names are server-wide, so the name
    // carries the database (MySQL's schema) and stays within its 64 characters.
    const QString qualified = dialect.qualifiedName(headsTable);
    const QByteArray digest =
        QCryptographicHash::hash((u"stepwise-lock:"_s + qualified).toUtf8(), QCryptographicHash::Sha256);
    m_key = qFromBigEndian<qint64>(digest.constData());
    const QString database = headsTable.schema.isEmpty() ? db.databaseName() : headsTable.schema;
    m_name = u"stepwise:"_s + database + u'.' + headsTable.name;
    if (m_name.size() > 64)
        m_name = u"stepwise:"_s + QString::fromLatin1(QCryptographicHash::hash(
                     (database + u'.' + headsTable.name).toUtf8(), QCryptographicHash::Sha256)
                                                        .toHex()
                                                        .left(32));
}

DatabaseLock::~DatabaseLock()
{
    if (m_held)
        (void)release();
}

Result<bool> DatabaseLock::tryOnce()
{
    QSqlQuery query(m_db);
    if (!run(query, m_dialect->tryLockQuery(m_name, m_key)) || !query.next())
        return fromQueryError(query, Tr::tr("Cannot take the migration lock"), m_dialect);
    // PostgreSQL answers true/false, MySQL 1/0 (NULL on error).
    return query.value(0).toBool() || query.value(0).toInt() == 1;
}

// The holder's session id (to notice a new holder) and its description.
std::pair<QString, QString> DatabaseLock::describeHolder() const
{
    QSqlQuery query(m_db);
    if (!run(query, m_dialect->lockHolderQuery(m_name, m_key)) || !query.next())
        return { QString(), Tr::tr("another session") };
    const QString session = query.value(0).toString();
    return { session,
             Tr::tr("session %1 (user %2 from %3, since %4 UTC)")
                 .arg(session, query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString()) };
}

Result<void> DatabaseLock::acquire(std::chrono::milliseconds timeout,
                                   const std::function<void(const QString &holder)> &onWaiting,
                                   const std::atomic<bool> *cancelled)
{
    if (m_held)
        return {};
    if (!m_dialect->hasSessionLock()) {
        // SQLite: BEGIN IMMEDIATE of each step waits for the write lock this long.
        const QString sql = m_dialect->busyTimeoutSql(int(qMin<qint64>(timeout.count(), INT_MAX)));
        if (!sql.isEmpty()) {
            QSqlQuery query(m_db);
            if (!query.exec(sql))
                return fromQueryError(query, Tr::tr("Cannot set the lock timeout"), m_dialect);
        }
        m_held = true;
        return {};
    }
    QElapsedTimer clock;
    clock.start();
    QString lastHolder; // session id
    bool reported = false;
    qint64 interval = 50;
    for (;;) {
        const Result<bool> got = tryOnce();
        if (!got)
            return got.error();
        if (*got) {
            m_held = true;
            return {};
        }
        const auto [session, holder] = describeHolder();
        if ((!reported || session != lastHolder) && onWaiting)
            onWaiting(holder);
        reported = true;
        lastHolder = session;
        if (cancelled && *cancelled)
            return Error(ErrorCode::Cancelled,
                         Tr::tr("Stopped waiting for the migration lock held by %1").arg(holder));
        const qint64 remaining = timeout.count() - clock.elapsed();
        if (remaining <= 0)
            return Error(ErrorCode::Lock,
                         Tr::tr("Timed out after %1 s waiting for the migration lock held by %2")
                             .arg(secondsText(timeout), holder));
        QThread::msleep(quint64(qMin(interval, remaining)));
        interval = qMin<qint64>(interval * 2, 500);
    }
}

Result<void> DatabaseLock::release()
{
    if (!m_held)
        return {};
    m_held = false;
    if (!m_dialect->hasSessionLock() || !m_db.isOpen())
        return {};
    QSqlQuery query(m_db);
    if (!run(query, m_dialect->unlockQuery(m_name, m_key)))
        return fromQueryError(query, Tr::tr("Cannot release the migration lock"), m_dialect);
    return {};
}

} // namespace Stepwise::Core
