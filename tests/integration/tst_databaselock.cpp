// DatabaseLock: two connections contend for the migration lock (PostgreSQL advisory lock,
// MariaDB GET_LOCK); the second waits, reports the holder, times out with ErrorCode::Lock and
// succeeds after release. SQLite: the write lock of BEGIN IMMEDIATE with the lock timeout as
// busy timeout. Lock names derive from unique table names, so parallel tests do not collide.
#include "core/db/connectionurl.h"
#include "core/db/database.h"
#include "core/engine/databaselock.h"
#include "core/engine/versionstore.h"
#include "tests/common/testdatabases.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;
using namespace std::chrono_literals;

namespace {

QString uniqueSuffix()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(10);
}

// The URL of a row's database; empty for an unset server URL.
QString rowUrl(const QString &dialect, const QString &sqliteFile)
{
    if (dialect == u"sqlite"_s)
        return u"sqlite:///"_s + sqliteFile;
    return Stepwise::Test::serverUrl(dialect == u"postgresql"_s ? Stepwise::Test::Server::PostgreSQL
                                                              : Stepwise::Test::Server::MySQL);
}

QString skipReason(const QString &dialect)
{
    return Stepwise::Test::envName(dialect == u"postgresql"_s ? Stepwise::Test::Server::PostgreSQL
                                                            : Stepwise::Test::Server::MySQL)
        + u" is not set; run through scripts/test, which starts the server"_s;
}

// A connection made through openDatabase(), removed when it goes out of scope (declare the
// locks after it, so they are gone first).
class Connection
{
public:
    explicit Connection(const QString &url)
        : m_name(u"tst_databaselock-"_s + uniqueSuffix())
    {
        const Result<ConnectionUrl> parsed = ConnectionUrl::parse(url);
        if (!parsed) {
            m_error = parsed.error().message();
            return;
        }
        const Result<QSqlDatabase> db = openDatabase(*parsed, m_name);
        if (db)
            m_db = *db;
        else
            m_error = db.error().message();
    }
    ~Connection()
    {
        const bool opened = m_db.isValid();
        m_db = QSqlDatabase();
        if (opened)
            QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return m_db; }
    const Dialect &dialect() const { return Dialect::forDriver(m_db.driverName()); }
    QString error() const { return m_error; }
    QString scalar(const QString &sql) const
    {
        QSqlQuery query(m_db);
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

#define REQUIRE_URL(url, dialect)                                                                  \
    if ((url).isEmpty())                                                                           \
        QSKIP(qPrintable(skipReason(dialect)));

#define OPEN(connection, url)                                                                      \
    Connection connection(url);                                                                    \
    QVERIFY2(connection.error().isEmpty(), qPrintable(connection.error()));

#define QVERIFY_RESULT(expression)                                                                 \
    do {                                                                                           \
        const auto &result_ = (expression);                                                        \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error().toString())); \
    } while (false)

} // namespace

class tst_DatabaseLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contention_data() { serverRows(); }
    void contention();
    void waitsThenSucceeds_data() { serverRows(); }
    void waitsThenSucceeds();
    void destructorReleases_data() { serverRows(); }
    void destructorReleases();
    void sqliteWriteLock();
    void concurrentRuns_data();
    void concurrentRuns();

private:
    static void serverRows();
    QTemporaryDir m_dir;
};

void tst_DatabaseLock::serverRows()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("sessionIdQuery");
    QTest::newRow("postgresql") << u"postgresql"_s << u"SELECT pg_backend_pid()"_s;
    QTest::newRow("mariadb") << u"mysql"_s << u"SELECT CONNECTION_ID()"_s;
}

void tst_DatabaseLock::contention()
{
    QFETCH(QString, dialect);
    QFETCH(QString, sessionIdQuery);
    const QString url = rowUrl(dialect, {});
    REQUIRE_URL(url, dialect);
    OPEN(first, url);
    OPEN(second, url);
    const TableName table { {}, u"lock \"test; "_s + uniqueSuffix() };
    const QString holderId = first.scalar(sessionIdQuery);
    QVERIFY(!holderId.isEmpty());

    DatabaseLock held(first.db(), first.dialect(), table);
    DatabaseLock waiting(second.db(), second.dialect(), table);
    QCOMPARE(waiting.lockKey(), held.lockKey());
    QCOMPARE(waiting.lockName(), held.lockName());
    QVERIFY(held.lockName().size() <= 64);
    QVERIFY_RESULT(held.acquire(0ms));
    QVERIFY(held.isHeld());

    QStringList reports;
    QElapsedTimer clock;
    clock.start();
    const Result<void> timedOut = waiting.acquire(700ms, [&](const QString &holder) { reports << holder; });
    QVERIFY(!timedOut.ok());
    qInfo("%s", qPrintable(timedOut.error().message()));
    QVERIFY(clock.elapsed() >= 650);
    QVERIFY(!waiting.isHeld());
    QCOMPARE(timedOut.error().code(), ErrorCode::Lock);
    const QString expected = u"Timed out after 0.7 s waiting for the migration lock held by session "_s
        + holderId + u" (user stepwise from "_s;
    QVERIFY2(timedOut.error().message().startsWith(expected), qPrintable(timedOut.error().message()));
    QVERIFY2(timedOut.error().message().endsWith(u" UTC)"_s), qPrintable(timedOut.error().message()));
    QCOMPARE(reports.size(), 1); // the holder did not change while we waited
    QVERIFY(reports.first().startsWith(u"session "_s + holderId + u' '));

    // Another project's heads table in the same database is another lock.
    DatabaseLock otherProject(second.db(), second.dialect(), { {}, table.name + u"-other"_s });
    QVERIFY(otherProject.lockKey() != held.lockKey());
    QVERIFY_RESULT(otherProject.acquire(0ms));
    QVERIFY_RESULT(otherProject.release());

    // A cancelled wait ends at once, before the timeout.
    const std::atomic<bool> cancel = true;
    clock.restart();
    const Result<void> cancelled = waiting.acquire(10s, {}, &cancel);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code(), ErrorCode::Cancelled);
    QVERIFY(clock.elapsed() < 5000);

    QVERIFY_RESULT(held.release());
    QVERIFY(!held.isHeld());
    QVERIFY_RESULT(waiting.acquire(2s));
    QVERIFY(waiting.isHeld());
    QVERIFY(!held.acquire(0ms).ok()); // now the first one is locked out
    QVERIFY_RESULT(waiting.release());
    QVERIFY_RESULT(held.acquire(0ms));
    QVERIFY_RESULT(held.release());
}

void tst_DatabaseLock::waitsThenSucceeds()
{
    QFETCH(QString, dialect);
    const QString url = rowUrl(dialect, {});
    REQUIRE_URL(url, dialect);
    OPEN(first, url);
    const TableName table { {}, u"lock wait "_s + uniqueSuffix() };
    DatabaseLock held(first.db(), first.dialect(), table);
    QVERIFY_RESULT(held.acquire(0ms));

    // The waiter is another run: its own thread with its own connection, made there.
    std::atomic<bool> started = false;
    bool acquired = false;
    qint64 waitedMs = 0;
    QStringList reports;
    QString failure;
    std::thread waiter([&] {
        Connection second(url);
        if (!second.error().isEmpty()) {
            failure = second.error();
            started = true;
            return;
        }
        DatabaseLock lock(second.db(), second.dialect(), table);
        QElapsedTimer clock;
        clock.start();
        started = true;
        const Result<void> result = lock.acquire(10s, [&](const QString &holder) { reports << holder; });
        waitedMs = clock.elapsed();
        acquired = result.ok();
        if (!result.ok())
            failure = result.error().toString();
    });
    while (!started)
        QThread::msleep(10);
    QThread::msleep(800);
    QVERIFY_RESULT(held.release());
    waiter.join();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(acquired);
    QVERIFY2(waitedMs >= 600 && waitedMs < 9000, qPrintable(QString::number(waitedMs)));
    QVERIFY(!reports.isEmpty());
    QVERIFY(reports.first().startsWith(u"session "_s));
}

void tst_DatabaseLock::destructorReleases()
{
    QFETCH(QString, dialect);
    const QString url = rowUrl(dialect, {});
    REQUIRE_URL(url, dialect);
    OPEN(first, url);
    OPEN(second, url);
    const TableName table { u"ignored_for_key"_s, u"lock scope "_s + uniqueSuffix() };
    {
        DatabaseLock scoped(first.db(), first.dialect(), table);
        QVERIFY_RESULT(scoped.acquire(0ms));
        DatabaseLock blocked(second.db(), second.dialect(), table);
        QVERIFY(!blocked.acquire(0ms).ok());
    }
    DatabaseLock after(second.db(), second.dialect(), table);
    QVERIFY_RESULT(after.acquire(0ms));
    QVERIFY_RESULT(after.release());
}

// SQLite has no session lock: the busy timeout set by acquire() bounds how long a step's
// BEGIN IMMEDIATE waits for another run's write lock, and the failure is ErrorCode::Lock.
void tst_DatabaseLock::sqliteWriteLock()
{
    const QString url = rowUrl(u"sqlite"_s, m_dir.filePath(u"lock.db"_s));
    OPEN(first, url);
    OPEN(second, url);
    const Dialect &dialect = first.dialect();
    QCOMPARE(dialect.beginStepSql(), u"BEGIN IMMEDIATE"_s);
    DatabaseLock lock(second.db(), dialect, { {}, u"stepwise_version"_s });
    QVERIFY_RESULT(lock.acquire(300ms));
    QCOMPARE(second.scalar(u"PRAGMA busy_timeout"_s), u"300"_s);

    QSqlQuery writer(first.db());
    QVERIFY(writer.exec(dialect.beginStepSql()));
    {
        QSqlQuery blocked(second.db());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!blocked.exec(dialect.beginStepSql()));
        QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
        const Error error = fromQueryError(blocked, u"Step 3f2a"_s, &dialect);
        QCOMPARE(error.code(), ErrorCode::Lock);
        QVERIFY2(error.message().startsWith(u"Step 3f2a: "_s), qPrintable(error.message()));
    }
    QVERIFY(writer.exec(u"COMMIT"_s));
    QSqlQuery next(second.db());
    QVERIFY(next.exec(dialect.beginStepSql()));
    QVERIFY(next.exec(u"ROLLBACK"_s));
    QVERIFY_RESULT(lock.release());
}

void tst_DatabaseLock::concurrentRuns_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
    QTest::newRow("mariadb") << u"mysql"_s;
}

namespace {

// One simulated `upgrade heads` of r1…r5: lock, then per step a transaction that re-reads the
// heads inside it and applies the step only if it is still pending. Empty on success.
QString upgradeRun(const QString &url, const VersionTables &tables, std::atomic<int> &waits)
{
    Connection connection(url);
    if (!connection.error().isEmpty())
        return connection.error();
    QSqlDatabase db = connection.db();
    const Dialect &dialect = connection.dialect();
    DatabaseLock lock(db, dialect, tables.heads);
    if (const Result<void> r = lock.acquire(60s, [&](const QString &) { ++waits; }); !r)
        return r.error().toString();
    VersionStore store(db, dialect, tables);
    auto begin = [&] {
        if (dialect.beginStepSql().isEmpty())
            return db.transaction();
        return QSqlQuery(db).exec(dialect.beginStepSql());
    };
    if (!begin())
        return u"begin failed"_s;
    if (const Result<void> r = store.ensureTables(); !r)
        return r.error().toString();
    if (!db.commit())
        return u"commit failed"_s;
    for (int n = 1; n <= 5; ++n) {
        const QString id = u"r"_s + QString::number(n);
        if (!begin())
            return u"begin failed"_s;
        const Result<QStringList> heads = store.readHeads();
        if (!heads)
            return heads.error().toString();
        const int current = heads->isEmpty() ? 0 : heads->first().mid(1).toInt();
        if (current < n) {
            const Result<void> row = current == 0 ? store.insertHead(id)
                                                  : store.updateHead(heads->first(), id);
            HistoryEntry entry;
            entry.revision = id;
            entry.status = HistoryStatus::Ok;
            if (!row || !store.insertHistory(entry))
                return u"step failed"_s;
        }
        if (!db.commit())
            return u"commit failed"_s;
    }
    return lock.release().ok() ? QString() : u"release failed"_s;
}

} // namespace

// R2 at the database layer: four runs at once apply every revision exactly once.
void tst_DatabaseLock::concurrentRuns()
{
    QFETCH(QString, dialect);
    const QString url = rowUrl(dialect, m_dir.filePath(u"concurrent-"_s + uniqueSuffix() + u".db"_s));
    REQUIRE_URL(url, dialect);
    const QString suffix = uniqueSuffix();
    const VersionTables tables { { {}, u"conc \"heads "_s + suffix }, { {}, u"conc history "_s + suffix } };
    std::atomic<int> waits = 0;
    QString failures[4];
    {
        std::thread runs[4];
        for (int i = 0; i < 4; ++i)
            runs[i] = std::thread([&, i] { failures[i] = upgradeRun(url, tables, waits); });
        for (std::thread &run : runs)
            run.join();
    }
    OPEN(check, url);
    const auto dropTables = qScopeGuard([&] {
        for (const TableName &table : { tables.heads, tables.history })
            QSqlQuery(check.db()).exec(u"DROP TABLE IF EXISTS "_s + check.dialect().qualifiedName(table));
    });
    for (const QString &failure : failures)
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    VersionStore store(check.db(), check.dialect(), tables);
    QCOMPARE(*store.readHeads(), QStringList{ u"r5"_s });
    const Result<QList<HistoryEntry>> history = store.readHistory();
    QVERIFY(history.ok());
    QStringList applied;
    for (const HistoryEntry &entry : *history)
        applied << entry.revision;
    QCOMPARE(applied, (QStringList{ u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s, u"r5"_s }));
    if (check.dialect().hasSessionLock())
        QVERIFY(waits > 0); // somebody had to wait, and said so
}

QTEST_GUILESS_MAIN(tst_DatabaseLock)
#include "tst_databaselock.moc"
