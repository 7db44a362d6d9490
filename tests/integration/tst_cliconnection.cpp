// `stepwise --connection NAME`: the CLI reads the connection profiles Stepwise Studio saved
// (core/db/connectionprofiles, in $XDG_CONFIG_HOME/Stepwise/stepwise-studio.conf — here a
// temporary folder, never the user's), resolves the named one to its URL and runs the command;
// an unknown name, or --url with --connection, is a usage error (exit 2) that touches nothing.
#include "tests/common/enginesupport.h"

#include "core/db/connectionprofiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

QString revision(const QString &id, const QString &parent, const QString &table)
{
    return u"-- revision: %1\n-- parents: %2\n-- message: %1\n\n-- migrate:up\nCREATE TABLE %3 (id INTEGER PRIMARY KEY);\n\n-- migrate:down\nDROP TABLE %3;\n"_s
        .arg(id, parent, table);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_CliConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void commands_data();
    void commands();

private:
    Run stepwise(const QStringList &arguments);
    QString databasePath() const { return m_dir.filePath(u"profile.db"_s); }

    QTemporaryDir m_dir;
    QString m_project;
    QString m_config; // XDG_CONFIG_HOME of the CLI processes
};

void tst_CliConnection::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(Stepwise::Test::cliPath()), "STEPWISE_CLI must name the stepwise binary");
    m_project = m_dir.filePath(u"project"_s);
    QVERIFY(QDir().mkpath(m_project + u"/versions"_s));
    QVERIFY(Stepwise::Test::setProjectDialect(m_project, u"sqlite"_s));
    QVERIFY(writeFile(m_project + u"/versions/c1.sql"_s, revision(u"c00000000001"_s, {}, u"c_one"_s)));
    QVERIFY(writeFile(m_project + u"/versions/c2.sql"_s,
                      revision(u"c00000000002"_s, u"c00000000001"_s, u"c_two"_s)));

    // Studio's settings file in a temporary config folder, written with the core's format
    // at the location the CLI computes from XDG_CONFIG_HOME.
    m_config = m_dir.filePath(u"config"_s);
    QVERIFY(QDir().mkpath(m_config));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config);
    const std::unique_ptr<QSettings> settings = ConnectionProfiles::studioSettings();
    QCOMPARE(settings->fileName(), m_config + u"/Stepwise/stepwise-studio.conf"_s);
    ConnectionProfile local;
    local.name = u"Local file"_s;
    local.driver = u"QSQLITE"_s;
    local.database = databasePath();
    ConnectionProfile server;
    server.name = u"Server"_s;
    server.driver = u"QPSQL"_s;
    server.host = u"127.0.0.1"_s;
    server.port = 1; // never reached by these tests
    server.database = u"nothing"_s;
    server.user = u"nobody"_s;
    ConnectionProfiles::write(*settings, {local, server});
}

void tst_CliConnection::init()
{
    QFile::remove(databasePath());
}

Run tst_CliConnection::stepwise(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_config);
    env.remove(u"STEPWISE_PASSWORD"_s);
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(Stepwise::Test::cliPath(), QStringList{u"--project"_s, m_project} + arguments);
    Run run;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        run.err = u"timed out"_s;
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

void tst_CliConnection::commands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("headsAfter"); // {} with databaseCreated false: no file at all
    QTest::addColumn<bool>("databaseCreated");
    QTest::addColumn<QString>("outputPart"); // in stdout or stderr

    const QString local = u"Local file"_s;
    QTest::newRow("upgrade-head")
        << QStringList{u"--connection"_s, local, u"upgrade"_s, u"head"_s} << 0
        << QStringList{u"c00000000002"_s} << true << QString();
    QTest::newRow("upgrade-one-then-json")
        << QStringList{u"--connection"_s, local, u"--json"_s, u"upgrade"_s, u"c00000000001"_s} << 0
        << QStringList{u"c00000000001"_s} << true << u"\"ok\":true"_s;
    QTest::newRow("stamp")
        << QStringList{u"stamp"_s, u"c00000000002"_s, u"--connection"_s, local} << 0
        << QStringList{u"c00000000002"_s} << true << QString();
    QTest::newRow("offline-sql-in-the-profile-dialect")
        << QStringList{u"--connection"_s, local, u"upgrade"_s, u"head"_s, u"--sql"_s} << 0
        << QStringList() << false << u"CREATE TABLE c_two"_s;
    QTest::newRow("unknown-name-lists-known")
        << QStringList{u"--connection"_s, u"Nope"_s, u"upgrade"_s, u"head"_s} << 2 << QStringList()
        << false << u"'Nope'; known profiles: 'Local file', 'Server'"_s;
    QTest::newRow("unknown-name-current")
        << QStringList{u"--connection"_s, u"local file"_s, u"current"_s} << 2 << QStringList()
        << false << u"'Local file'"_s;
    QTest::newRow("url-and-connection")
        << QStringList{u"--connection"_s, local, u"--url"_s, u"sqlite:///"_s + databasePath(),
                       u"upgrade"_s, u"head"_s}
        << 2 << QStringList() << false << u"--url and --connection"_s;
}

void tst_CliConnection::commands()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, headsAfter);
    QFETCH(bool, databaseCreated);
    QFETCH(QString, outputPart);
    const Run run = stepwise(arguments);
    const QString output = run.out + run.err;
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(u"exit %1, expected %2:\n%3"_s.arg(run.exitCode).arg(exitCode).arg(output)));
    if (!outputPart.isEmpty())
        QVERIFY2(output.contains(outputPart), qPrintable(output));
    QCOMPARE(QFile::exists(databasePath()), databaseCreated);
    if (!databaseCreated)
        return;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(databasePath());
        QVERIFY(db.open());
        QCOMPARE(Stepwise::Test::column(db, u"SELECT version_num FROM stepwise_version"_s), headsAfter);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    // `current` through the profile reads what the run left.
    const Run current = stepwise({u"current"_s, u"--connection"_s, u"Local file"_s});
    QCOMPARE(current.exitCode, 0);
    QVERIFY2(current.out.contains(headsAfter.first()), qPrintable(current.out + current.err));
}

QTEST_GUILESS_MAIN(tst_CliConnection)
#include "tst_cliconnection.moc"
