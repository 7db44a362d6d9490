// VersionStore against real databases, a row per dialect: SQLite (a temporary file),
// PostgreSQL and MariaDB (the servers scripts/test starts; skipped with a reason when their
// URL is unset, failing when it is set but unreachable). Every table has a unique, hostile
// name (R6) and is dropped afterwards: other tests share the servers.
#include "core/db/connectionurl.h"
#include "core/db/database.h"
#include "core/db/passwordprovider.h"
#include "core/engine/versionstore.h"
#include "tests/common/testdatabases.h"

#include "core/base/version.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

QString uniqueSuffix()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(10);
}

// One connection opened through openDatabase(); drops its tables and removes the connection
// when it goes out of scope.
class TestConnection
{
public:
    ~TestConnection()
    {
        if (m_db.isOpen()) {
            if (QTest::currentTestFailed())
                m_db.rollback(); // a failed check may leave a transaction open (aborted on PostgreSQL)
            for (const TableName &table : std::as_const(m_tables)) {
                QSqlQuery query(m_db);
                query.exec(u"DROP TABLE IF EXISTS "_s + dialect().qualifiedName(table));
            }
            m_db.close();
        }
        m_db = QSqlDatabase();
        if (!m_name.isEmpty())
            QSqlDatabase::removeDatabase(m_name);
    }

    // Empty: open. "SKIP…": the server's URL is unset. Otherwise why it failed.
    QString open(const QString &dialectName)
    {
        QString text;
        if (dialectName == u"sqlite"_s) {
            text = u"sqlite:///versions.db"_s; // relative to the project folder
        } else {
            const auto server = dialectName == u"postgresql"_s ? Stepwise::Test::Server::PostgreSQL
                                                               : Stepwise::Test::Server::MySQL;
            text = Stepwise::Test::serverUrl(server);
            if (text.isEmpty())
                return u"SKIP "_s + Stepwise::Test::envName(server)
                    + u" is not set; run through scripts/test, which starts the server"_s;
        }
        const Result<ConnectionUrl> url = ConnectionUrl::parse(text, m_dir.path());
        if (!url)
            return url.error().message();
        m_name = u"tst_versionstore-"_s + uniqueSuffix();
        const Result<QSqlDatabase> db = openDatabase(*url, m_name);
        if (!db) {
            m_name.clear();
            return db.error().message();
        }
        m_db = *db;
        return {};
    }

    const Dialect &dialect() const { return Dialect::forDriver(m_db.driverName()); }
    QSqlDatabase db() const { return m_db; }
    VersionTables uniqueTables(const QString &schema = {})
    {
        const QString suffix = uniqueSuffix();
        VersionTables tables { { schema, u"we\"ird; name "_s + suffix },
                               { schema, u"hist'ory; "_s + suffix } };
        m_tables << tables.heads << tables.history;
        return tables;
    }
    QString tempPath() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_name;
    QSqlDatabase m_db;
    QList<TableName> m_tables;
};

#define OPEN_CONNECTION(connection, dialectName)                                                  \
    TestConnection connection;                                                                     \
    if (const QString why = connection.open(dialectName); why.startsWith(u"SKIP "_s))              \
        QSKIP(qPrintable(why.mid(5)));                                                             \
    else                                                                                           \
        QVERIFY2(why.isEmpty(), qPrintable(why));

// Evaluates `expression` once.
#define QVERIFY_RESULT(expression)                                                                 \
    do {                                                                                           \
        const auto &result_ = (expression);                                                        \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error().toString())); \
    } while (false)

} // namespace

class tst_VersionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openSession_data();
    void openSession();
    void passwords_data() { serverRows(); }
    void passwords();
    void readOnlyCreatesNothing_data() { dialectRows(); }
    void readOnlyCreatesNothing();
    void schemaQualified_data() { dialectRows(); }
    void schemaQualified();
    void heads_data();
    void heads();
    void rowCountChecks_data() { dialectRows(); }
    void rowCountChecks();
    void history_data() { dialectRows(); }
    void history();
    void sameTransaction_data() { dialectRows(); }
    void sameTransaction();
    void unresolvedStep_data() { dialectRows(); }
    void unresolvedStep();
    void newTablesAreCurrent_data() { dialectRows(); }
    void newTablesAreCurrent();
    void upgradeInPlace_data() { dialectRows(); }
    void upgradeInPlace();
    void newerRefusedBeforeCreating_data() { dialectRows(); }
    void newerRefusedBeforeCreating();
    void unknownHistoryTable_data() { dialectRows(); }
    void unknownHistoryTable();

private:
    static void dialectRows();
    static void serverRows();
};

namespace {

class CountingProvider : public PasswordProvider
{
public:
    explicit CountingProvider(std::optional<QString> answer) : m_answer(std::move(answer)) { }
    std::optional<QString> password(const ConnectionUrl &url) override
    {
        ++calls;
        asked = url.redacted();
        return m_answer;
    }
    int calls = 0;
    QString asked;

private:
    std::optional<QString> m_answer;
};

} // namespace

void tst_VersionStore::serverRows()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("postgresql") << u"postgresql"_s;
    QTest::newRow("mariadb") << u"mysql"_s;
}

void tst_VersionStore::openSession_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("settingQuery");
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("version");
    QTest::newRow("sqlite foreign keys") << u"sqlite"_s << u"PRAGMA foreign_keys"_s << u"1"_s << u"SQLite 3."_s;
    QTest::newRow("sqlite busy timeout") << u"sqlite"_s << u"PRAGMA busy_timeout"_s << u"5000"_s << u"SQLite 3."_s;
    QTest::newRow("postgresql application_name") << u"postgresql"_s << u"SHOW application_name"_s
        << u"stepwise"_s << u"PostgreSQL"_s;
    QTest::newRow("mariadb utf8mb4") << u"mysql"_s << u"SELECT @@character_set_client"_s
        << u"utf8mb4"_s << u"MariaDB"_s;
}

// openDatabase() prepares each session the way the engine relies on.
void tst_VersionStore::openSession()
{
    QFETCH(QString, dialect);
    QFETCH(QString, settingQuery);
    QFETCH(QString, setting);
    QFETCH(QString, version);
    OPEN_CONNECTION(c, dialect);
    QSqlQuery query(c.db());
    QVERIFY(query.exec(settingQuery) && query.next());
    QCOMPARE(query.value(0).toString(), setting);
    const Result<QString> serverVersion = Stepwise::Core::serverVersion(c.db());
    QVERIFY_RESULT(serverVersion);
    QVERIFY2(serverVersion->contains(version), qPrintable(*serverVersion));
}

// Password sources in order, and R6 for the failures.
void tst_VersionStore::passwords()
{
    QFETCH(QString, dialect);
    const auto server = dialect == u"postgresql"_s ? Stepwise::Test::Server::PostgreSQL
                                                   : Stepwise::Test::Server::MySQL;
    STEPWISE_REQUIRE_SERVER_URL(server);
    const QString text = Stepwise::Test::serverUrl(server);
    const Result<ConnectionUrl> full = ConnectionUrl::parse(text);
    QVERIFY_RESULT(full);
    QVERIFY(full->hasPassword());
    const QString password = full->password();
    ConnectionUrl bare = *full;
    bare.setPassword({});
    const QString name = u"tst_versionstore-pw-"_s + uniqueSuffix();
    auto opens = [&](const ConnectionUrl &url, PasswordProvider *provider) -> Result<void> {
        Result<void> outcome;
        {
            const Result<QSqlDatabase> db = openDatabase(url, name, provider);
            if (!db)
                outcome = db.error();
        }
        QSqlDatabase::removeDatabase(name);
        return outcome;
    };

    // STEPWISE_PASSWORD comes before the provider.
    qputenv("STEPWISE_PASSWORD", password.toUtf8());
    CountingProvider unused(u"wrong"_s);
    const Result<void> fromEnvironment = opens(bare, &unused);
    qunsetenv("STEPWISE_PASSWORD");
    QVERIFY_RESULT(fromEnvironment);
    QCOMPARE(unused.calls, 0);

    CountingProvider right(password);
    (void)opens(bare, &right);
    CountingProvider declines(std::nullopt);
    const Result<void> declined = opens(bare, &declines);
    if (dialect == u"postgresql"_s) {
        // libpq's own PGPASSWORD / ~/.pgpass come before asking anyone.
        QCOMPARE(right.calls, 0);
        QCOMPARE(declines.calls, 0);
    } else {
        QCOMPARE(right.calls, 1);
        QVERIFY(!right.asked.contains(password));
        QVERIFY_RESULT(opens(bare, &right));
        QVERIFY(!declined.ok());
        QCOMPARE(declined.error().code(), ErrorCode::Cancelled);
    }

    // A wrong password: the server's words and code, never the password (R6).
    ConnectionUrl wrong = *full;
    wrong.setPassword(u"wrong-s3cret"_s);
    const Result<void> refused = opens(wrong, nullptr);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code(), ErrorCode::Database);
    // QPSQL has no SQLSTATE for a failed connection; its text says what happened.
    if (dialect == u"postgresql"_s)
        QVERIFY2(refused.error().nativeText().contains(u"password authentication failed"_s),
                 qPrintable(refused.error().nativeText()));
    else
        QCOMPARE(refused.error().nativeCode(), u"1045"_s);
    QVERIFY2(refused.error().message().startsWith(u"Cannot connect to "_s + wrong.redacted() + u": "_s),
             qPrintable(refused.error().message()));
    for (const QString &shown : { refused.error().message(), refused.error().nativeText() }) {
        QVERIFY(!shown.contains(u"wrong-s3cret"_s));
        QVERIFY(!shown.contains(password));
    }
    QVERIFY(!QSqlDatabase::contains(name)); // a failed open removes its connection name

    // An unreachable server is an error naming the URL, not a hang.
    const Result<ConnectionUrl> closed = ConnectionUrl::parse(
        text.section(u'@', 0, 0) + u"@127.0.0.1:1/x"_s);
    QVERIFY_RESULT(closed);
    const Result<void> unreachable = opens(*closed, nullptr);
    QVERIFY(!unreachable.ok());
    QVERIFY(unreachable.error().message().startsWith(u"Cannot connect to "_s + closed->redacted()));
    QVERIFY(!unreachable.error().message().contains(password));
}

void tst_VersionStore::dialectRows()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
    QTest::newRow("mariadb") << u"mysql"_s;
}

void tst_VersionStore::readOnlyCreatesNothing()
{
    QFETCH(QString, dialect);
    OPEN_CONNECTION(c, dialect);
    VersionStore store(c.db(), c.dialect(), c.uniqueTables());
    const Result<QStringList> heads = store.readHeads();
    QVERIFY_RESULT(heads);
    QVERIFY(heads->isEmpty());
    QVERIFY_RESULT(store.readHistory());
    QVERIFY(store.readHistory()->isEmpty());
    QVERIFY_RESULT(store.lastAppliedChecksums());
    QVERIFY_RESULT(store.unresolvedStep());
    QVERIFY(!store.unresolvedStep()->has_value());
    for (const Result<bool> &exists : { store.headsTableExists(), store.historyTableExists() }) {
        QVERIFY_RESULT(exists);
        QVERIFY(!*exists);
    }
}

// version_table_schema: both tables in a named schema (SQLite: "main"; MariaDB: the database).
void tst_VersionStore::schemaQualified()
{
    QFETCH(QString, dialect);
    OPEN_CONNECTION(c, dialect);
    QString schema = u"main"_s;
    QSqlQuery query(c.db());
    if (dialect == u"postgresql"_s) {
        schema = u"sch\"ema "_s + uniqueSuffix();
        QVERIFY(query.exec(u"CREATE SCHEMA "_s + c.dialect().quoteIdentifier(schema)));
    } else if (dialect == u"mysql"_s) {
        QVERIFY(query.exec(u"SELECT DATABASE()"_s) && query.next());
        schema = query.value(0).toString();
    }
    const auto dropSchema = qScopeGuard([&] {
        if (dialect == u"postgresql"_s)
            QSqlQuery(c.db()).exec(u"DROP SCHEMA "_s + c.dialect().quoteIdentifier(schema) + u" CASCADE"_s);
    });
    const VersionTables tables = c.uniqueTables(schema);
    VersionStore store(c.db(), c.dialect(), tables);
    QCOMPARE(*store.readHeads(), QStringList());
    QVERIFY(!*store.headsTableExists());
    QVERIFY_RESULT(store.ensureTables());
    QVERIFY(*store.headsTableExists());
    QVERIFY_RESULT(store.insertHead(u"a"_s));
    QVERIFY_RESULT(store.updateHead(u"a"_s, u"b"_s));
    QCOMPARE(*store.readHeads(), QStringList{ u"b"_s });
    // The same name without the schema is another table.
    VersionStore unqualified(c.db(), c.dialect(), { { {}, tables.heads.name }, { {}, tables.history.name } });
    if (dialect == u"postgresql"_s)
        QVERIFY(!*unqualified.headsTableExists());
    HistoryEntry entry;
    entry.revision = u"b"_s;
    QVERIFY_RESULT(store.insertHistory(entry));
    QCOMPARE(store.readHistory()->size(), 1);
}

void tst_VersionStore::heads_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QStringList>("afterUpdate");
    // Rows come back in the engine's natural order (no ORDER BY, Alembic §3.7): SQLite keeps an
    // updated row in place, PostgreSQL appends the new row version, InnoDB reads in key order.
    QTest::newRow("sqlite") << u"sqlite"_s << QStringList{ u"c"_s, u"z"_s, u"b"_s };
    QTest::newRow("postgresql") << u"postgresql"_s << QStringList{ u"c"_s, u"b"_s, u"z"_s };
    QTest::newRow("mariadb") << u"mysql"_s << QStringList{ u"b"_s, u"c"_s, u"z"_s };
}

void tst_VersionStore::heads()
{
    QFETCH(QString, dialect);
    QFETCH(QStringList, afterUpdate);
    OPEN_CONNECTION(c, dialect);
    VersionStore store(c.db(), c.dialect(), c.uniqueTables());
    QVERIFY_RESULT(store.ensureTables());
    QVERIFY_RESULT(store.ensureTables()); // idempotent
    QVERIFY(*store.headsTableExists());
    QVERIFY(*store.historyTableExists());
    QCOMPARE(*store.readHeads(), QStringList());

    for (const QString &id : { u"c"_s, u"a"_s, u"b"_s })
        QVERIFY_RESULT(store.insertHead(id));
    QVERIFY_RESULT(store.updateHead(u"a"_s, u"z"_s));
    QCOMPARE(*store.readHeads(), afterUpdate);

    QVERIFY_RESULT(store.deleteHead(u"c"_s));
    QStringList remaining = *store.readHeads();
    remaining.sort();
    QCOMPARE(remaining, (QStringList{ u"b"_s, u"z"_s }));

    // A revision id is a value, never SQL.
    const QString hostile = u"x'); DROP TABLE t; --"_s.left(32);
    QVERIFY_RESULT(store.insertHead(hostile));
    QVERIFY(store.readHeads()->contains(hostile));

    const Result<int> purged = store.deleteAllHeads();
    QVERIFY_RESULT(purged);
    QCOMPARE(*purged, 3);
    QCOMPARE(*store.readHeads(), QStringList());
    QVERIFY(*store.headsTableExists()); // emptied, never dropped
}

void tst_VersionStore::rowCountChecks()
{
    QFETCH(QString, dialect);
    OPEN_CONNECTION(c, dialect);
    const VersionTables tables = c.uniqueTables();
    VersionStore store(c.db(), c.dialect(), tables);
    QVERIFY_RESULT(store.ensureTables());
    QVERIFY_RESULT(store.insertHead(u"a"_s));

    const Result<void> update = store.updateHead(u"nope"_s, u"b"_s);
    QVERIFY(!update.ok());
    QCOMPARE(update.error().code(), ErrorCode::Database);
    QCOMPARE(update.error().message(),
             u"Online migration expected to match one row when updating 'nope' to 'b' in '"_s
                 + tables.heads.name + u"'; 0 found"_s);

    const Result<void> remove = store.deleteHead(u"nope"_s);
    QVERIFY(!remove.ok());
    QCOMPARE(remove.error().message(),
             u"Online migration expected to match one row when deleting 'nope' in '"_s
                 + tables.heads.name + u"'; 0 found"_s);

    QCOMPARE(*store.readHeads(), QStringList{ u"a"_s }); // nothing changed
    // The primary key refuses a second row with the same revision.
    const Result<void> duplicate = store.insertHead(u"a"_s);
    QVERIFY(!duplicate.ok());
    QVERIFY(!duplicate.error().nativeCode().isEmpty());
}

void tst_VersionStore::history()
{
    QFETCH(QString, dialect);
    OPEN_CONNECTION(c, dialect);
    VersionStore store(c.db(), c.dialect(), c.uniqueTables());
    QVERIFY_RESULT(store.ensureTables());
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);

    HistoryEntry up;
    up.revision = u"3f2a9c1b7d4e"_s;
    up.checksum = QString(64, u'a');
    up.status = HistoryStatus::Ok;
    up.durationMs = 42;
    up.statementsDone = 2;
    const Result<qint64> first = store.insertHistory(up);
    QVERIFY_RESULT(first);

    HistoryEntry failing;
    failing.revision = u"9f8e7d6c5b4a"_s;
    failing.checksum = QString(64, u'b');
    const Result<qint64> second = store.insertHistory(failing); // Running, no duration yet
    QVERIFY_RESULT(second);
    QVERIFY(*second > *first);
    QVERIFY_RESULT(store.updateHistoryProgress(*second, 1));
    QVERIFY_RESULT(store.finishHistory(*second, HistoryStatus::Failed, 1500,
                                       u"connect postgresql://me:s3cret@h/d failed"_s, 1));
    QVERIFY(!store.finishHistory(*second + 1000, HistoryStatus::Ok, 1, {}, 0).ok());

    const Result<QList<HistoryEntry>> rows = store.readHistory();
    QVERIFY_RESULT(rows);
    QCOMPARE(rows->size(), 2);
    const HistoryEntry &a = rows->at(0);
    QCOMPARE(a.id, *first);
    QCOMPARE(a.revision, up.revision);
    QCOMPARE(a.direction, HistoryDirection::Up);
    QCOMPARE(a.checksum, up.checksum);
    QCOMPARE(a.status, HistoryStatus::Ok);
    QCOMPARE(a.durationMs, 42);
    QCOMPARE(a.statementsDone, 2);
    QCOMPARE(a.toolVersion, toolVersion());
    QCOMPARE(a.osUser, VersionStore::currentOsUser());
    QVERIFY(a.error.isEmpty());
    QVERIFY2(a.startedAt.isValid() && a.startedAt >= before
                 && a.startedAt <= QDateTime::currentDateTimeUtc().addSecs(2),
             qPrintable(a.startedAt.toString(Qt::ISODateWithMs)));
    QCOMPARE(a.startedAt.timeSpec(), Qt::UTC);

    const HistoryEntry &b = rows->at(1);
    QCOMPARE(b.status, HistoryStatus::Failed);
    QCOMPARE(b.durationMs, 1500);
    QCOMPARE(b.statementsDone, 1);
    QCOMPARE(b.error, u"connect postgresql://me:***@h/d failed"_s); // R6: stored redacted

    // An explicit start time survives the round trip to the millisecond, in UTC.
    HistoryEntry stamp;
    stamp.revision = u"abc"_s;
    stamp.direction = HistoryDirection::Stamp;
    stamp.status = HistoryStatus::Ok;
    stamp.startedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    QVERIFY_RESULT(store.insertHistory(stamp));
    const HistoryEntry readBack = store.readHistory()->last();
    QCOMPARE(readBack.startedAt, stamp.startedAt);
    QCOMPARE(readBack.direction, HistoryDirection::Stamp);
    QVERIFY(readBack.checksum.isEmpty());
    QCOMPARE(readBack.durationMs, -1);
}

void tst_VersionStore::sameTransaction()
{
    QFETCH(QString, dialect);
    OPEN_CONNECTION(c, dialect);
    VersionStore store(c.db(), c.dialect(), c.uniqueTables());
    QVERIFY_RESULT(store.ensureTables());
    QSqlDatabase db = c.db();

    // A step's heads row and history row commit or roll back together.
    QVERIFY(db.transaction());
    QVERIFY_RESULT(store.insertHead(u"a"_s));
    HistoryEntry entry;
    entry.revision = u"a"_s;
    entry.status = HistoryStatus::Ok;
    QVERIFY_RESULT(store.insertHistory(entry));
    QVERIFY(db.rollback());
    QCOMPARE(*store.readHeads(), QStringList());
    QVERIFY(store.readHistory()->isEmpty());

    QVERIFY(db.transaction());
    QVERIFY_RESULT(store.insertHead(u"a"_s));
    QVERIFY_RESULT(store.insertHistory(entry));
    QVERIFY(db.commit());
    QCOMPARE(*store.readHeads(), QStringList{ u"a"_s });
    QCOMPARE(store.readHistory()->size(), 1);
}

void tst_VersionStore::unresolvedStep()
{
    QFETCH(QString, dialect);
    OPEN_CONNECTION(c, dialect);
    VersionStore store(c.db(), c.dialect(), c.uniqueTables());
    QVERIFY_RESULT(store.ensureTables());

    auto add = [&](const QString &revision, HistoryDirection direction, HistoryStatus status,
                   const QString &checksum, int done) {
        HistoryEntry entry;
        entry.revision = revision;
        entry.direction = direction;
        entry.status = status;
        entry.checksum = checksum;
        entry.statementsDone = done;
        return store.insertHistory(entry).ok();
    };
    using D = HistoryDirection;
    using S = HistoryStatus;
    QVERIFY(add(u"a"_s, D::Up, S::Ok, u"c1"_s, 1));
    QVERIFY(add(u"b"_s, D::Up, S::Ok, u"c2"_s, 1));
    QVERIFY(add(u"b"_s, D::Down, S::Ok, {}, 1));
    QVERIFY(add(u"a"_s, D::Down, S::Ok, {}, 1));
    QVERIFY(add(u"a"_s, D::Up, S::Ok, u"c3"_s, 1));
    QVERIFY(add(u"c"_s, D::Up, S::Failed, u"c4"_s, 0)); // rolled back entirely: harmless
    const QHash<QString, QString> expected { { u"a"_s, u"c3"_s } };
    QCOMPARE(*store.lastAppliedChecksums(), expected);
    QVERIFY(!store.unresolvedStep()->has_value());

    QVERIFY(add(u"d"_s, D::Up, S::Failed, u"c5"_s, 2)); // half-applied (MariaDB)
    const Result<std::optional<HistoryEntry>> open = store.unresolvedStep();
    QVERIFY_RESULT(open);
    QVERIFY(open->has_value());
    QCOMPARE(open->value().revision, u"d"_s);
    QCOMPARE(open->value().statementsDone, 2);

    QVERIFY(add(u"d"_s, D::Up, S::Ok, u"c5"_s, 3)); // fixed and re-run
    QVERIFY(!store.unresolvedStep()->has_value());
    QVERIFY(add(u"e"_s, D::Up, S::Running, u"c6"_s, 0)); // killed mid-step
    QCOMPARE(store.unresolvedStep()->value().revision, u"e"_s);
    QVERIFY(add(u"d"_s, D::Stamp, S::Ok, {}, 0)); // the user stamped: settled
    QVERIFY(!store.unresolvedStep()->has_value());
}

namespace {

// The history table of format 1 (revision-format.md: no statements_done), as Stepwise wrote it,
// under any name; `marker` as the later formats carry it, when given.
QStringList formatOneHistory(const QString &dialect, const Dialect &d, const TableName &table,
                             const QString &marker = {})
{
    const QString id = dialect == u"sqlite"_s ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s
        : dialect == u"postgresql"_s          ? u"BIGSERIAL PRIMARY KEY"_s
                                              : u"BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY"_s;
    const QString timestamp = dialect == u"sqlite"_s ? u"VARCHAR(32)"_s
        : dialect == u"postgresql"_s                 ? u"TIMESTAMP WITH TIME ZONE"_s
                                                     : u"DATETIME(3)"_s;
    const QString name = d.qualifiedName(table);
    QStringList statements{
        u"CREATE TABLE %1 (\n%4    id %2,\n    revision VARCHAR(255) NOT NULL,\n    direction VARCHAR(8) NOT NULL,\n"
        "    checksum VARCHAR(64),\n    started_at %3 NOT NULL,\n    duration_ms BIGINT,\n"
        "    os_user VARCHAR(255),\n    tool_version VARCHAR(64),\n    status VARCHAR(16) NOT NULL,\n"
        "    error TEXT\n)"_s.arg(name, id, timestamp,
                              dialect == u"sqlite"_s && !marker.isEmpty() ? u"    -- "_s + marker + u'\n' : QString())};
    if (!marker.isEmpty() && dialect == u"postgresql"_s)
        statements << u"COMMENT ON TABLE %1 IS '%2'"_s.arg(name, marker);
    else if (!marker.isEmpty() && dialect == u"mysql"_s)
        statements << u"ALTER TABLE %1 COMMENT = '%2'"_s.arg(name, marker);
    const QString ts = dialect == u"postgresql"_s ? u"'2026-01-02 03:04:05.678+00'"_s : u"'2026-01-02 03:04:05.678'"_s;
    statements << u"INSERT INTO %1 (revision, direction, checksum, started_at, duration_ms, os_user, "
                  "tool_version, status, error) VALUES ('r1', 'up', 'c1', %2, 5, 'alice', '0.1.0', 'ok', NULL)"_s
                      .arg(name, ts)
               << u"INSERT INTO %1 (revision, direction, checksum, started_at, duration_ms, os_user, "
                  "tool_version, status, error) VALUES ('r2', 'up', 'c2', %2, 6, 'bob', '0.1.0', 'failed', 'x''y')"_s
                      .arg(name, ts);
    return statements;
}

bool execAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

} // namespace

void tst_VersionStore::newTablesAreCurrent()
{
    QFETCH(QString, dialect);
    OPEN_CONNECTION(c, dialect);
    VersionStore store(c.db(), c.dialect(), c.uniqueTables());
    const Result<TablesFormat> none = store.tablesFormat();
    QVERIFY_RESULT(none);
    QVERIFY(!none->historyExists);
    QCOMPARE(none->version, 0);
    QVERIFY(!none->older());
    QVERIFY_RESULT(store.ensureTables());
    // A second store: nothing remembered, everything read from the database.
    const VersionStore fresh(c.db(), c.dialect(), store.tables());
    const Result<TablesFormat> format = fresh.tablesFormat();
    QVERIFY_RESULT(format);
    QVERIFY(format->historyExists);
    QCOMPARE(format->version, Dialect::tablesFormat);
    QVERIFY(format->marked);
    QCOMPARE(format->columns, Dialect::historyColumns());
    QVERIFY(fresh.readHistory()->isEmpty()); // no row says the new tables were upgraded
}

// Format 1 under a hostile name (quotes, ';', a space): upgraded in place, rows and ids kept,
// the upgrade recorded once; the heads table missing beside it is created.
void tst_VersionStore::upgradeInPlace()
{
    QFETCH(QString, dialect);
    OPEN_CONNECTION(c, dialect);
    const VersionTables tables = c.uniqueTables();
    QVERIFY(execAll(c.db(), formatOneHistory(dialect, c.dialect(), tables.history)));
    VersionStore store(c.db(), c.dialect(), tables);
    const Result<TablesFormat> old = store.tablesFormat();
    QVERIFY_RESULT(old);
    QCOMPARE(old->version, 1);
    QVERIFY(!old->marked);
    QVERIFY(old->older());
    const Result<QList<HistoryEntry>> before = store.readHistory();
    QVERIFY_RESULT(before);
    QCOMPARE(before->size(), 2);
    QCOMPARE(before->at(1).error, u"x'y"_s);
    QCOMPARE(*store.tablesFormat(), *old); // reading changed nothing

    QVERIFY_RESULT(store.ensureTables());
    QVERIFY(*store.headsTableExists());
    const Result<TablesFormat> now = VersionStore(c.db(), c.dialect(), tables).tablesFormat();
    QVERIFY_RESULT(now);
    QCOMPARE(now->version, Dialect::tablesFormat);
    QVERIFY(now->marked);
    QCOMPARE(now->columns, Dialect::historyColumns());
    const Result<int> again = store.upgradeTables();
    QVERIFY_RESULT(again);
    QCOMPARE(*again, 0);

    const Result<QList<HistoryEntry>> after = store.readHistory();
    QVERIFY_RESULT(after);
    QCOMPARE(after->size(), 3);
    for (int i = 0; i < 2; ++i) {
        const HistoryEntry &a = before->at(i);
        const HistoryEntry &b = after->at(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.revision, a.revision);
        QCOMPARE(b.checksum, a.checksum);
        QCOMPARE(b.startedAt, a.startedAt);
        QCOMPARE(b.durationMs, a.durationMs);
        QCOMPARE(b.osUser, a.osUser);
        QCOMPARE(b.status, a.status);
        QCOMPARE(b.error, a.error);
        QCOMPARE(b.statementsDone, 0);
    }
    const HistoryEntry &upgrade = after->at(2);
    QVERIFY(upgrade.id > before->at(1).id);
    QCOMPARE(upgrade.direction, HistoryDirection::Tables);
    QCOMPARE(upgrade.revision, u"format 1 -> %1"_s.arg(Dialect::tablesFormat));
    QCOMPARE(upgrade.status, HistoryStatus::Ok);
    QCOMPARE(upgrade.toolVersion, toolVersion());
    QVERIFY(upgrade.statementsDone > 0);
    QVERIFY(!store.lastAppliedChecksums()->contains(upgrade.revision));
    // New rows get new ids after the kept ones.
    HistoryEntry next;
    next.revision = u"r3"_s;
    const Result<qint64> id = store.insertHistory(next);
    QVERIFY_RESULT(id);
    QVERIFY(*id > upgrade.id);
}

// A history table of a newer format: refused naming both versions, and not even the missing
// heads table is created.
void tst_VersionStore::newerRefusedBeforeCreating()
{
    QFETCH(QString, dialect);
    OPEN_CONNECTION(c, dialect);
    const VersionTables tables = c.uniqueTables();
    QVERIFY(execAll(c.db(), formatOneHistory(dialect, c.dialect(), tables.history,
                                             Dialect::tablesFormatMarker(Dialect::tablesFormat + 6))));
    VersionStore store(c.db(), c.dialect(), tables);
    const Result<TablesFormat> format = store.tablesFormat();
    QVERIFY_RESULT(format);
    QCOMPARE(format->version, Dialect::tablesFormat + 6);
    QVERIFY(format->newer());
    const QString expected = u"%1 has format version %2; this Stepwise knows up to %3: upgrade Stepwise"_s
                                 .arg(tables.history.name)
                                 .arg(Dialect::tablesFormat + 6)
                                 .arg(Dialect::tablesFormat);
    for (const Result<void> &refused : { store.checkTablesFormat(), store.ensureTables() }) {
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Unsupported);
        QCOMPARE(refused.error().message(), expected);
    }
    const Result<int> upgrade = store.upgradeTables();
    QVERIFY(!upgrade.ok());
    QCOMPARE(upgrade.error().message(), expected);
    QVERIFY(!*store.headsTableExists());
    QCOMPARE(store.readHistory()->size(), 2); // still readable, nothing added
}

void tst_VersionStore::unknownHistoryTable()
{
    QFETCH(QString, dialect);
    OPEN_CONNECTION(c, dialect);
    const VersionTables tables = c.uniqueTables();
    QVERIFY(execAll(c.db(), { u"CREATE TABLE "_s + c.dialect().qualifiedName(tables.history)
                              + u" (id INTEGER PRIMARY KEY, revision VARCHAR(40))"_s }));
    VersionStore store(c.db(), c.dialect(), tables);
    const QString expected = u"%1 is not a history table Stepwise knows: it has no column direction"_s
                                 .arg(tables.history.name);
    for (const Result<void> &refused : { store.checkTablesFormat(), store.ensureTables() }) {
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code(), ErrorCode::Unsupported);
        QCOMPARE(refused.error().message(), expected);
    }
    const Result<QList<HistoryEntry>> read = store.readHistory();
    QVERIFY(!read.ok());
    QCOMPARE(read.error().message(), expected);
    QVERIFY(!*store.headsTableExists());
}

QTEST_GUILESS_MAIN(tst_VersionStore)
#include "tst_versionstore.moc"
