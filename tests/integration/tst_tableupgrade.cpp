// Stepwise's own tables in every earlier format (docs/file-format.md, "Format versions"), made
// by hand with the DDL those versions wrote, on a SQLite file, PostgreSQL and MariaDB (the
// servers scripts/test starts: a server that is missing there fails the test). The real CLI
// upgrades the tables in place and records it, then migrates and downgrades with every old
// history row intact; read-only commands leave old tables as they are; a newer format is
// refused (exit 2) with nothing touched; a failing revision after an upgrade names its
// file:line and the database's words, and the upgrade stays committed.
#include "tests/common/enginesupport.h"
#include "tests/common/testsupport.h"

#include "core/db/dialect.h"
#include "core/engine/databasestate.h"
#include "core/engine/versionstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;
using Stepwise::Test::TestDatabase;

namespace {

// What this Stepwise writes (Dialect::tablesFormat); the test's own constant, so a new format
// has to be added here with its DDL below.
constexpr int currentFormat = 3;

// The history table as Stepwise wrote it in `format` (1: revision-format.md, no
// statements_done; 2: with statements_done, no marker), literally.
QString oldHistoryDdl(const QString &dialect, int format)
{
    const QString id = dialect == u"sqlite"_s ? u"INTEGER PRIMARY KEY AUTOINCREMENT"_s
        : dialect == u"postgresql"_s          ? u"BIGSERIAL PRIMARY KEY"_s
                                              : u"BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY"_s;
    const QString timestamp = dialect == u"sqlite"_s ? u"VARCHAR(32)"_s
        : dialect == u"postgresql"_s                 ? u"TIMESTAMP WITH TIME ZONE"_s
                                                     : u"DATETIME(3)"_s;
    return u"CREATE TABLE stepwise_history (\n"
           "    id %1,\n"
           "    revision VARCHAR(255) NOT NULL,\n"
           "    direction VARCHAR(8) NOT NULL,\n"
           "    checksum VARCHAR(64),\n"
           "    started_at %2 NOT NULL,\n"
           "    duration_ms BIGINT,\n"
           "    os_user VARCHAR(255),\n"
           "    tool_version VARCHAR(64),\n"
           "    status VARCHAR(16) NOT NULL,\n"
           "    error TEXT%3\n)"_s.arg(id, timestamp,
                                      format >= 2 ? u",\n    statements_done INTEGER DEFAULT 0 NOT NULL"_s
                                                  : QString());
}

const QString headsDdl = u"CREATE TABLE stepwise_version (\n    version_num VARCHAR(32) NOT NULL, \n"
                         "    CONSTRAINT stepwise_version_pkc PRIMARY KEY (version_num)\n)"_s;

QString timestampLiteral(const QString &dialect, const QString &utc)
{
    return u'\'' + utc + (dialect == u"postgresql"_s ? u"+00'"_s : u"'"_s);
}

// A few rows of the kinds an older Stepwise wrote (ids from the table, as they were).
QStringList oldHistoryRows(const QString &dialect, int format)
{
    struct Row
    {
        QString values; // revision .. error
        int statementsDone;
    };
    const QString checksum = QString(64, u'a');
    const QList<Row> rows = {
        {u"'a0000000000a', 'up', '%1', %2, 12, 'alice', '0.1.0', 'ok', NULL"_s.arg(
             checksum, timestampLiteral(dialect, u"2026-01-02 03:04:05.678"_s)),
         1},
        {u"'b0000000000b', 'up', '%1', %2, 7, 'bob', '0.1.0', 'failed', 'it''s \"broken\": no such table'"_s.arg(
             QString(64, u'b'), timestampLiteral(dialect, u"2026-01-02 03:05:00.000"_s)),
         0},
        {u"'a0000000000a', 'stamp', NULL, %1, NULL, 'carol', '0.2.0', 'ok', NULL"_s.arg(
             timestampLiteral(dialect, u"2026-01-03 00:00:00.001"_s)),
         0},
    };
    QStringList statements;
    for (const Row &row : rows) {
        const QString columns = u"revision, direction, checksum, started_at, duration_ms, os_user, "
                                "tool_version, status, error"_s;
        statements << (format >= 2
                           ? u"INSERT INTO stepwise_history (%1, statements_done) VALUES (%2, %3)"_s.arg(
                                 columns, row.values, QString::number(row.statementsDone))
                           : u"INSERT INTO stepwise_history (%1) VALUES (%2)"_s.arg(columns, row.values));
    }
    return statements;
}

bool exec(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

// Every history row as text, from the catalog's columns only (the code under test not involved).
QStringList historyRows(const QSqlDatabase &db, const QString &dialect, const QString &where = {})
{
    const QString started = dialect == u"sqlite"_s ? u"started_at"_s
        : dialect == u"postgresql"_s ? u"to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS')"_s
                                     : u"CAST(started_at AS CHAR)"_s;
    QStringList lines;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, revision, direction, checksum, %1, duration_ms, os_user, tool_version, status, "
                "error FROM stepwise_history %2 ORDER BY id"_s.arg(started, where))) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return {u"<unreadable>"_s};
    }
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 10; ++i)
            fields << (q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
        lines << fields.join(u" | "_s);
    }
    return lines;
}

QStringList historyColumns(const QSqlDatabase &db, const QString &dialect)
{
    const QString sql = dialect == u"sqlite"_s
        ? u"SELECT name FROM pragma_table_info('stepwise_history')"_s
        : dialect == u"postgresql"_s
        ? u"SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
          "AND table_name = 'stepwise_history'"_s
        : u"SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() "
          "AND table_name = 'stepwise_history'"_s;
    QStringList names;
    for (const QString &n : Stepwise::Test::column(db, sql))
        names << n.toLower();
    names.sort();
    return names;
}

// The version in the marker the history table carries; 0 when it carries none.
int markerVersion(const QSqlDatabase &db, const QString &dialect)
{
    const QString sql = dialect == u"sqlite"_s
        ? u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'stepwise_history'"_s
        : dialect == u"postgresql"_s ? u"SELECT obj_description('stepwise_history'::regclass, 'pg_class')"_s
                                     : u"SELECT table_comment FROM information_schema.tables WHERE "
                                       "table_schema = DATABASE() AND table_name = 'stepwise_history'"_s;
    const QStringList text = Stepwise::Test::column(db, sql);
    static const QRegularExpression marker(u"stepwise tables format (\\d+)"_s);
    const QRegularExpressionMatch m = marker.match(text.join(u'\n'));
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

QStringList heads(const QSqlDatabase &db)
{
    return Stepwise::Test::column(db, u"SELECT version_num FROM stepwise_version"_s);
}

bool writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(text.toUtf8()) >= 0;
}

QString revisionFile(const QString &id, const QString &parents, const QString &up, const QString &down)
{
    return u"-- revision: %1\n-- parents: %2\n-- message: %1\n\n-- migrate:up\n%3\n\n-- migrate:down\n%4\n"_s
        .arg(id, parents, up, down);
}

const QString revA = u"a0000000000a"_s;
const QString revB = u"b0000000000b"_s;
const QString revC = u"c0000000000c"_s;

// a → b → c, each creating a table; b's up section gets `extraUp` after its CREATE.
QString writeProject(const QString &dir, const QString &dialect, const QString &extraUp = {})
{
    if (!QDir().mkpath(dir + u"/versions"_s) || !Stepwise::Test::setProjectDialect(dir, dialect))
        return {};
    const bool ok = writeFile(dir + u"/versions/a_first.sql"_s,
                              revisionFile(revA, {}, u"CREATE TABLE t_a (id INTEGER PRIMARY KEY);"_s,
                                           u"DROP TABLE t_a;"_s))
        && writeFile(dir + u"/versions/b_second.sql"_s,
                     revisionFile(revB, revA,
                                  u"CREATE TABLE t_b (id INTEGER PRIMARY KEY);\n"_s + extraUp
                                      + u"INSERT INTO t_b (id) VALUES (1);"_s,
                                  u"DROP TABLE t_b;"_s))
        && writeFile(dir + u"/versions/c_third.sql"_s,
                     revisionFile(revC, revB, u"CREATE TABLE t_c (id INTEGER PRIMARY KEY);"_s,
                                  u"DROP TABLE t_c;"_s));
    return ok ? dir : QString();
}

// One database with tables in an old format, the project, and a connection of the test's own.
class OldDatabase
{
public:
    ~OldDatabase()
    {
        if (m_db.isValid())
            m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        if (m_created)
            Stepwise::Test::dropDatabase(*m_created);
    }

    // Empty when ready, else why not.
    QString create(const QString &dialect, const QString &dir, const QString &name)
    {
        QString error;
        m_created = Stepwise::Test::createDatabase(dialect, dir, &error);
        if (!m_created)
            return u"cannot create the database: "_s + error;
        m_connection = u"tst_tableupgrade-"_s + name;
        m_db = Stepwise::Test::connect(*m_created, m_connection);
        if (!m_db.isOpen())
            return u"cannot connect to "_s + m_created->name;
        return {};
    }

    // The tables of `format` with rows, heads at a (whose table exists), as an older Stepwise left them.
    bool makeOld(int format)
    {
        const QString dialect = m_created->dialect;
        return exec(m_db, QStringList{headsDdl, oldHistoryDdl(dialect, format),
                                      u"CREATE TABLE t_a (id INTEGER PRIMARY KEY)"_s,
                                      u"INSERT INTO stepwise_version (version_num) VALUES ('a0000000000a')"_s}
                              + oldHistoryRows(dialect, format));
    }

    const TestDatabase &info() const { return *m_created; }
    QSqlDatabase db() const { return m_db; }
    QString dialect() const { return m_created->dialect; }

private:
    std::optional<TestDatabase> m_created;
    QString m_connection;
    QSqlDatabase m_db;
};

Stepwise::Test::CliResult cli(const QString &project, const QString &url, const QStringList &arguments)
{
    return Stepwise::Test::runCli(QStringList{u"--project"_s, project, u"--url"_s, url} + arguments, {}, 120000);
}

QString describe(const Stepwise::Test::CliResult &r)
{
    return u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(r.exitCode).arg(r.out, r.err);
}

} // namespace

class tst_TableUpgrade : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upgradeMigrateDowngrade_data() { formatRows(); }
    void upgradeMigrateDowngrade();
    void readOnlyLeavesOldTables_data() { formatRows(); }
    void readOnlyLeavesOldTables();
    void newerFormatRefused_data() { dialectRows(); }
    void newerFormatRefused();
    void userColumnsKept_data() { formatRows(); }
    void userColumnsKept();
    void sqlErrorAfterUpgrade_data() { formatRows(); }
    void sqlErrorAfterUpgrade();
    void freshTablesAreCurrent_data() { dialectRows(); }
    void freshTablesAreCurrent();

private:
    static void dialectRows();
    static void formatRows();
    QTemporaryDir m_dir;
    int m_serial = 0;
};

void tst_TableUpgrade::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(Stepwise::Test::cliPath()), "STEPWISE_CLI names the binary");
    QCOMPARE(Dialect::tablesFormat, currentFormat);
}

void tst_TableUpgrade::dialectRows()
{
    Stepwise::Test::addDialectColumn();
    Stepwise::Test::addDialectRows();
}

// Every earlier format on every dialect.
void tst_TableUpgrade::formatRows()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("format");
    for (const QString &dialect : {u"sqlite"_s, u"postgresql"_s, u"mariadb"_s}) {
        for (int format = 1; format < currentFormat; ++format)
            QTest::newRow(qPrintable(u"%1 format %2"_s.arg(dialect).arg(format))) << dialect << format;
    }
}

#define OPEN_OLD_DATABASE(name, dialect)                                                           \
    ENGINE_REQUIRE_DIALECT(dialect);                                                               \
    OldDatabase name;                                                                              \
    if (const QString why = name.create(dialect, m_dir.path(), QString::number(++m_serial));       \
        !why.isEmpty())                                                                            \
        QFAIL(qPrintable(why));

void tst_TableUpgrade::upgradeMigrateDowngrade()
{
    QFETCH(QString, dialect);
    QFETCH(int, format);
    OPEN_OLD_DATABASE(d, dialect);
    QVERIFY(d.makeOld(format));
    const QString project = writeProject(m_dir.filePath(u"migrate-%1-%2"_s.arg(dialect).arg(format)), dialect);
    QVERIFY(!project.isEmpty());
    const QStringList before = historyRows(d.db(), dialect);
    QCOMPARE(before.size(), 3);
    QCOMPARE(markerVersion(d.db(), dialect), 0);
    const QStringList statementsBefore =
        format >= 2 ? Stepwise::Test::column(d.db(), u"SELECT id, statements_done FROM stepwise_history"_s)
                    : QStringList();

    const auto up = cli(project, d.info().url, {u"upgrade"_s, u"head"_s});
    QVERIFY2(up.exitCode == 0, qPrintable(describe(up)));

    // The tables are of the current format, every old row as it was.
    QCOMPARE(markerVersion(d.db(), dialect), currentFormat);
    QVERIFY(historyColumns(d.db(), dialect).contains(u"statements_done"_s));
    QCOMPARE(historyColumns(d.db(), dialect).size(), 11);
    const QStringList after = historyRows(d.db(), dialect);
    QVERIFY2(after.size() == 6, qPrintable(after.join(u'\n')));
    QCOMPARE(after.mid(0, 3), before);
    const QString oldIds = u"WHERE id <= %1"_s.arg(before.last().section(u" | "_s, 0, 0));
    if (format >= 2) {
        QCOMPARE(Stepwise::Test::column(d.db(), u"SELECT id, statements_done FROM stepwise_history "_s + oldIds),
                 statementsBefore);
    } else {
        QCOMPARE(Stepwise::Test::column(d.db(), u"SELECT statements_done FROM stepwise_history "_s + oldIds),
                 QStringList(3, u"0"_s));
    }
    // Then the upgrade of the tables, recorded before the steps it made possible.
    const QStringList upgradeRow = after.at(3).split(u" | "_s);
    QCOMPARE(upgradeRow.at(1), u"format %1 -> %2"_s.arg(format).arg(currentFormat));
    QCOMPARE(upgradeRow.at(2), u"tables"_s);
    QCOMPARE(upgradeRow.at(3), u"NULL"_s);
    QVERIFY(!upgradeRow.at(7).isEmpty() && upgradeRow.at(7) != u"NULL"_s); // tool_version
    QCOMPARE(upgradeRow.at(8), u"ok"_s);
    QCOMPARE(after.at(4).section(u" | "_s, 1, 2), revB + u" | up"_s);
    QCOMPARE(after.at(5).section(u" | "_s, 1, 2), revC + u" | up"_s);
    QCOMPARE(after.at(5).section(u" | "_s, 8, 8), u"ok"_s);
    QCOMPARE(heads(d.db()), QStringList{revC});
    QCOMPARE(Stepwise::Test::userTables(d.db()), (QStringList{u"t_a"_s, u"t_b"_s, u"t_c"_s}));

    // What Stepwise reads back: the old rows with their values, the upgrade as its own kind of row.
    {
        const VersionStore store(d.db(), Dialect::forDriver(d.db().driverName()), VersionTables::native());
        const Result<QList<HistoryEntry>> read = store.readHistory();
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QCOMPARE(read->size(), 6);
        QCOMPARE(read->at(0).osUser, u"alice"_s);
        QCOMPARE(read->at(0).startedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
        QCOMPARE(read->at(0).statementsDone, format >= 2 ? 1 : 0);
        QCOMPARE(read->at(1).error, u"it's \"broken\": no such table"_s);
        QCOMPARE(read->at(2).direction, HistoryDirection::Stamp);
        QCOMPARE(read->at(3).direction, HistoryDirection::Tables);
        QCOMPARE(read->at(3).status, HistoryStatus::Ok);
        const Result<TablesFormat> tables = store.tablesFormat();
        QVERIFY(tables);
        QCOMPARE(tables->version, currentFormat);
        QVERIFY(tables->marked);
    }

    const auto down = cli(project, d.info().url, {u"downgrade"_s, revA});
    QVERIFY2(down.exitCode == 0, qPrintable(describe(down)));
    QCOMPARE(heads(d.db()), QStringList{revA});
    QCOMPARE(Stepwise::Test::userTables(d.db()), QStringList{u"t_a"_s});
    const QStringList end = historyRows(d.db(), dialect);
    QCOMPARE(end.size(), 8);
    QCOMPARE(end.mid(0, 6), after);
    QCOMPARE(end.at(6).section(u" | "_s, 1, 2), revC + u" | down"_s);
    QCOMPARE(end.at(7).section(u" | "_s, 1, 2), revB + u" | down"_s);
    // Upgraded once: the next run found nothing to do.
    QCOMPARE(Stepwise::Test::column(d.db(), u"SELECT COUNT(*) FROM stepwise_history WHERE direction = 'tables'"_s),
             QStringList{u"1"_s});
    QCOMPARE(markerVersion(d.db(), dialect), currentFormat);
}

// `current`, `history -i`, `check` and the state Studio reads: old tables stay old.
void tst_TableUpgrade::readOnlyLeavesOldTables()
{
    QFETCH(QString, dialect);
    QFETCH(int, format);
    OPEN_OLD_DATABASE(d, dialect);
    QVERIFY(d.makeOld(format));
    const QString project = writeProject(m_dir.filePath(u"read-%1-%2"_s.arg(dialect).arg(format)), dialect);
    QVERIFY(!project.isEmpty());
    const QStringList columns = historyColumns(d.db(), dialect);
    const QStringList rows = historyRows(d.db(), dialect);
    QCOMPARE(columns.contains(u"statements_done"_s), format >= 2);

    const auto current = cli(project, d.info().url, {u"current"_s});
    QVERIFY2(current.exitCode == 0, qPrintable(describe(current)));
    QVERIFY2(current.out.contains(revA), qPrintable(describe(current)));
    const auto history = cli(project, d.info().url, {u"history"_s, u"-i"_s});
    QVERIFY2(history.exitCode == 0, qPrintable(describe(history)));
    const auto check = cli(project, d.info().url, {u"check"_s});
    QVERIFY2(check.exitCode == 0 || check.exitCode == 1, qPrintable(describe(check))); // pending: 1
    QVERIFY2(!check.out.contains(u"no such column"_s) && !check.out.contains(u"FAILED"_s),
             qPrintable(describe(check)));

    {
        const VersionStore store(d.db(), Dialect::forDriver(d.db().driverName()), VersionTables::native());
        const Result<DatabaseState> state = DatabaseState::read(store);
        QVERIFY2(state, qPrintable(state ? QString() : state.error().toString()));
        QCOMPARE(state->heads, QStringList{revA});
        QCOMPARE(state->history.size(), 3);
        QCOMPARE(state->history.at(0).statementsDone, format >= 2 ? 1 : 0);
        QCOMPARE(state->history.at(1).status, HistoryStatus::Failed);
        QCOMPARE(state->appliedChecksums.value(revA), QString(64, u'a'));
        const Result<TablesFormat> tables = store.tablesFormat();
        QVERIFY(tables);
        QCOMPARE(tables->version, format);
        QVERIFY(!tables->marked);
        QVERIFY(tables->older());
    }

    QCOMPARE(historyColumns(d.db(), dialect), columns);
    QCOMPARE(markerVersion(d.db(), dialect), 0);
    QCOMPARE(historyRows(d.db(), dialect), rows);
    QCOMPARE(heads(d.db()), QStringList{revA});
}

// Tables of a format this Stepwise does not know: exit 2, both versions named, nothing touched.
// A column a user added to the history table (a note, say) stays with its values through the
// upgrade, also on SQLite, where the table is made again.
void tst_TableUpgrade::userColumnsKept()
{
    QFETCH(QString, dialect);
    QFETCH(int, format);
    OPEN_OLD_DATABASE(d, dialect);
    QVERIFY(d.makeOld(format));
    QVERIFY(exec(d.db(), {u"ALTER TABLE stepwise_history ADD COLUMN note VARCHAR(40) DEFAULT 'none'"_s,
                          u"UPDATE stepwise_history SET note = 'audited' WHERE os_user = 'alice'"_s}));
    const QString project = writeProject(m_dir.filePath(u"extra-%1-%2"_s.arg(dialect).arg(format)), dialect);
    QVERIFY(!project.isEmpty());
    const auto up = cli(project, d.info().url, {u"upgrade"_s, u"head"_s});
    QVERIFY2(up.exitCode == 0, qPrintable(describe(up)));
    QCOMPARE(markerVersion(d.db(), dialect), currentFormat);
    QCOMPARE(Stepwise::Test::column(d.db(), u"SELECT note FROM stepwise_history WHERE os_user IN ('alice', 'bob', 'carol') ORDER BY id"_s),
             (QStringList{u"audited"_s, u"none"_s, u"none"_s}));
    QVERIFY(historyColumns(d.db(), dialect).contains(u"note"_s));
}

void tst_TableUpgrade::newerFormatRefused()
{
    QFETCH(QString, dialect);
    OPEN_OLD_DATABASE(d, dialect);
    QVERIFY(d.makeOld(2));
    // What a later Stepwise might have left: a column of its own and its marker.
    QStringList newer{u"ALTER TABLE stepwise_history ADD COLUMN future_note VARCHAR(20)"_s};
    if (dialect == u"postgresql"_s)
        newer << u"COMMENT ON TABLE stepwise_history IS 'stepwise tables format 5'"_s;
    else if (dialect == u"mariadb"_s)
        newer << u"ALTER TABLE stepwise_history COMMENT = 'stepwise tables format 5'"_s;
    QVERIFY(exec(d.db(), newer));
    if (dialect == u"sqlite"_s) {
        // The marker is a comment in the CREATE TABLE text: the table made again with it.
        const QString ddl = oldHistoryDdl(dialect, 2)
                                .replace(u"stepwise_history (\n"_s,
                                         u"stepwise_history (\n    -- stepwise tables format 5\n"_s)
                                .replace(u"\n)"_s, u",\n    future_note VARCHAR(20)\n)"_s);
        QVERIFY(exec(d.db(), {u"ALTER TABLE stepwise_history RENAME TO old_history"_s, ddl,
                              u"INSERT INTO stepwise_history SELECT * FROM old_history"_s,
                              u"DROP TABLE old_history"_s}));
    }
    QCOMPARE(markerVersion(d.db(), dialect), 5);
    const QString project = writeProject(m_dir.filePath(u"newer-"_s + dialect), dialect);
    QVERIFY(!project.isEmpty());
    const QStringList columns = historyColumns(d.db(), dialect);
    const QStringList rows = historyRows(d.db(), dialect);

    const QString expected = u"stepwise_history has format version 5; this Stepwise knows up to %1: "
                             "upgrade Stepwise"_s.arg(currentFormat);
    for (const QStringList &command : {QStringList{u"upgrade"_s, u"head"_s}, QStringList{u"downgrade"_s, u"base"_s},
                                       QStringList{u"stamp"_s, u"head"_s}}) {
        const auto r = cli(project, d.info().url, command);
        QVERIFY2(r.exitCode == 2, qPrintable(command.join(u' ') + u'\n' + describe(r)));
        QVERIFY2(r.out.contains(expected), qPrintable(describe(r)));
    }
    const auto json = cli(project, d.info().url, {u"upgrade"_s, u"head"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 2);
    QVERIFY2(json.out.contains(expected), qPrintable(describe(json)));

    QCOMPARE(historyColumns(d.db(), dialect), columns);
    QCOMPARE(markerVersion(d.db(), dialect), 5);
    QCOMPARE(historyRows(d.db(), dialect), rows);
    QCOMPARE(heads(d.db()), QStringList{revA});
    QCOMPARE(Stepwise::Test::userTables(d.db()), QStringList{u"t_a"_s});

    // Reading is still possible: what this Stepwise knows of the rows.
    const auto current = cli(project, d.info().url, {u"current"_s});
    QVERIFY2(current.exitCode == 0 && current.out.contains(revA), qPrintable(describe(current)));
}

// A revision that fails right after the tables were upgraded: its file:line and the database's
// own words, and the upgrade committed on its own.
void tst_TableUpgrade::sqlErrorAfterUpgrade()
{
    QFETCH(QString, dialect);
    QFETCH(int, format);
    OPEN_OLD_DATABASE(d, dialect);
    QVERIFY(d.makeOld(format));
    const QString project = writeProject(m_dir.filePath(u"error-%1-%2"_s.arg(dialect).arg(format)), dialect,
                                         u"INSERT INTO nowhere_table (id) VALUES (1);\n"_s);
    QVERIFY(!project.isEmpty());
    const QString text = Stepwise::Test::readFile(project + u"/versions/b_second.sql"_s);
    const int line = int(text.left(text.indexOf(u"nowhere_table"_s)).count(u'\n')) + 1;
    const QStringList before = historyRows(d.db(), dialect);

    const auto r = cli(project, d.info().url, {u"upgrade"_s, u"head"_s});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    const QString where = u"versions/b_second.sql:%1: "_s.arg(line);
    QVERIFY2(r.out.contains(u"FAILED: "_s + where), qPrintable(describe(r)));
    QVERIFY2(r.out.contains(u"nowhere_table"_s), qPrintable(describe(r))); // the database's message
    QVERIFY2(!r.out.contains(u"statements_done"_s), qPrintable(describe(r)));

    QCOMPARE(markerVersion(d.db(), dialect), currentFormat);
    QVERIFY(historyColumns(d.db(), dialect).contains(u"statements_done"_s));
    const QStringList after = historyRows(d.db(), dialect);
    QCOMPARE(after.mid(0, 3), before);
    QVERIFY2(after.size() >= 4, qPrintable(after.join(u'\n')));
    QCOMPARE(after.at(3).section(u" | "_s, 1, 2), u"format %1 -> %2 | tables"_s.arg(format).arg(currentFormat));
    QCOMPARE(heads(d.db()), QStringList{revA});
    // The failed step is recorded after the upgrade (rolled back or half-applied, by dialect).
    QVERIFY2(after.last().section(u" | "_s, 1, 1) == revB && after.last().section(u" | "_s, 8, 8) != u"ok"_s,
             qPrintable(after.join(u'\n')));
}

// A database without tables gets them in the current format (online and in --sql scripts),
// and no row says they were upgraded.
void tst_TableUpgrade::freshTablesAreCurrent()
{
    QFETCH(QString, dialect);
    OPEN_OLD_DATABASE(d, dialect);
    const QString project = writeProject(m_dir.filePath(u"fresh-"_s + dialect), dialect);
    QVERIFY(!project.isEmpty());

    const auto offline = cli(project, d.info().url, {u"upgrade"_s, u"head"_s, u"--sql"_s});
    QVERIFY2(offline.exitCode == 0, qPrintable(describe(offline)));
    QVERIFY2(offline.out.contains(u"stepwise tables format %1"_s.arg(currentFormat)), qPrintable(offline.out));
    QVERIFY2(offline.out.contains(u"statements_done INTEGER DEFAULT 0 NOT NULL"_s), qPrintable(offline.out));

    const auto up = cli(project, d.info().url, {u"upgrade"_s, u"head"_s});
    QVERIFY2(up.exitCode == 0, qPrintable(describe(up)));
    QCOMPARE(markerVersion(d.db(), dialect), currentFormat);
    QCOMPARE(historyColumns(d.db(), dialect).size(), 11);
    const QStringList rows = historyRows(d.db(), dialect);
    QCOMPARE(rows.size(), 3);
    for (const QString &row : rows)
        QCOMPARE(row.section(u" | "_s, 2, 2), u"up"_s);

    // The same script run by hand makes the same tables.
    OldDatabase byHand;
    QVERIFY(byHand.create(dialect, m_dir.path(), QString::number(++m_serial)).isEmpty());
    QStringList statements;
    for (const QString &item : offline.out.split(u";\n"_s)) {
        QString sql = item.trimmed();
        if (!sql.isEmpty() && sql != u"BEGIN"_s && sql != u"COMMIT"_s)
            statements << sql;
    }
    QVERIFY(exec(byHand.db(), statements));
    QCOMPARE(markerVersion(byHand.db(), dialect), currentFormat);
    QCOMPARE(historyColumns(byHand.db(), dialect), historyColumns(d.db(), dialect));
    QCOMPARE(heads(byHand.db()), QStringList{revC});
}

QTEST_GUILESS_MAIN(tst_TableUpgrade)
#include "tst_tableupgrade.moc"
