// ODBC against a real data source: the SQLite ODBC driver (Debian libsqliteodbc) through
// unixODBC. The driver and the DSNs are declared in an odbcinst.ini and an odbc.ini of a
// temporary folder (ODBCSYSINI, ODBCINI), so nothing outside the test is read or changed. The
// `stepwise` CLI (STEPWISE_CLI) runs `upgrade head`, `current` and `downgrade base` on a small
// native project through an odbc:// URL; the SQLite file is then read directly (QSQLITE) to check
// the heads and history tables and the schema. core/schema's generic reader (what Stepwise
// Studio's schema browser uses on ODBC) reads the migrated tables back through the DSN.
// A missing driver fails the test (it is installed by scripts/install-deps), it does not skip.
#include "tests/common/enginesupport.h"

#include "core/schema/schemareader.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using Stepwise::Test::runCli;

namespace {

const QString kRev1 = u"a00000000001"_s;
const QString kRev2 = u"a00000000002"_s;

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text.toUtf8()) >= 0;
}

// The SQLite ODBC driver's shared library where Debian (any architecture) and a local build
// put it.
QString findSqliteOdbcDriver()
{
    QStringList candidates;
    const QStringList multiarch = QDir(u"/usr/lib"_s).entryList({ u"*-linux-gnu*"_s }, QDir::Dirs);
    for (const QString &triplet : multiarch)
        candidates << u"/usr/lib/%1/odbc/libsqlite3odbc.so"_s.arg(triplet);
    candidates << u"/usr/lib/odbc/libsqlite3odbc.so"_s << u"/usr/local/lib/libsqlite3odbc.so"_s;
    for (const QString &path : std::as_const(candidates)) {
        if (QFile::exists(path))
            return path;
    }
    return {};
}

// one (reversible) <- two (creates a table and a row).
void writeProject(const QString &dir)
{
    QDir().mkpath(dir + u"/versions"_s);
    writeFile(dir + u"/stepwise.ini"_s,
        u"[repository]\nversions = versions\ndialect = generic\n\n[database]\n"
        "transaction_per_migration = true\n"_s);
    writeFile(dir + u"/versions/%1_one.sql"_s.arg(kRev1),
        u"-- revision: %1\n-- parents:\n-- message: one\n\n-- migrate:up\n"
        "CREATE TABLE odbc_one (id INTEGER PRIMARY KEY);\n\n"
        "-- migrate:down\nDROP TABLE odbc_one;\n"_s.arg(kRev1));
    writeFile(dir + u"/versions/%1_two.sql"_s.arg(kRev2),
        u"-- revision: %1\n-- parents: %2\n-- message: two\n\n-- migrate:up\n"
        "CREATE TABLE odbc_two (id INTEGER PRIMARY KEY, name VARCHAR(20));\n"
        "INSERT INTO odbc_two (id, name) VALUES (1, 'a;b');\n\n"
        "-- migrate:down\nDROP TABLE odbc_two;\n"_s.arg(kRev2, kRev1));
}

} // namespace

class tst_Odbc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upgradeCurrentDowngrade_data();
    void upgradeCurrentDowngrade();
    void schemaReader();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void tst_Odbc::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(Stepwise::Test::cliPath()), "STEPWISE_CLI must name the stepwise binary");
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QODBC"_s),
        "Qt's ODBC driver (QODBC) is missing: install libqt6sql6-odbc (scripts/install-deps)");
    const QString driver = findSqliteOdbcDriver();
    QVERIFY2(!driver.isEmpty(),
        "The SQLite ODBC driver (libsqlite3odbc.so) is missing: install the Debian packages "
        "libsqliteodbc and unixodbc (scripts/install-deps)");

    // The driver and two DSNs, in this test's own folder: one naming the database file, one
    // without a database (the URL supplies it as an attribute).
    const QString dir = m_dir.path();
    QVERIFY(writeFile(dir + u"/odbcinst.ini"_s,
        u"[Stepwise SQLite3]\nDescription = SQLite3 ODBC driver\nDriver = %1\n"_s.arg(driver)));
    QVERIFY(writeFile(dir + u"/odbc.ini"_s,
        u"[stepwise_odbc_file]\nDriver = Stepwise SQLite3\nDatabase = %1\n\n"
        "[stepwise_odbc_nodb]\nDriver = Stepwise SQLite3\n"_s.arg(dir + u"/dsn.db"_s)));
    // Read by unixODBC at each connection; the CLI inherits them.
    qputenv("ODBCSYSINI", QFile::encodeName(dir));
    qputenv("ODBCINI", QFile::encodeName(dir + u"/odbc.ini"_s));

    // The DSN works through Qt's driver at all (a clearer failure than the CLI's).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QODBC"_s, u"odbc-probe"_s);
        db.setDatabaseName(u"stepwise_odbc_file"_s);
        QVERIFY2(db.open(),
            qPrintable(u"ODBC DSN stepwise_odbc_file (driver %1) does not open: %2"_s.arg(
                driver, db.lastError().text())));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"odbc-probe"_s);

    m_project = dir + u"/project"_s;
    writeProject(m_project);
}

void tst_Odbc::upgradeCurrentDowngrade_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("file");
    const QString dir = m_dir.path();
    QTest::newRow("dsn") << u"odbc://stepwise_odbc_file"_s << dir + u"/dsn.db"_s;
    // odbc://DSN?Attribute=value: the attribute reaches the driver (QODBC adds "DSN=" itself).
    QTest::newRow("dsn-with-attribute")
        << u"odbc://stepwise_odbc_nodb?Database="_s
            + QString::fromLatin1(QUrl::toPercentEncoding(dir + u"/attribute.db"_s))
        << dir + u"/attribute.db"_s;
}

void tst_Odbc::upgradeCurrentDowngrade()
{
    QFETCH(QString, url);
    QFETCH(QString, file);
    const QStringList base { u"--project"_s, m_project, u"--url"_s, url };

    auto r = runCli(QStringList { u"upgrade"_s, u"head"_s } + base);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    const QString connection = u"odbc-check-"_s + QString::fromLatin1(QTest::currentDataTag());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(file);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QCOMPARE(Stepwise::Test::column(db, u"SELECT version_num FROM stepwise_version"_s),
            QStringList { kRev2 });
        QCOMPARE(
            Stepwise::Test::column(db, u"SELECT id, name FROM odbc_two"_s), QStringList { u"1 a;b"_s });

        r = runCli(QStringList { u"current"_s } + base);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), kRev2 + u" (head)"_s);

        r = runCli(QStringList { u"downgrade"_s, u"base"_s } + base);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(
            Stepwise::Test::column(db, u"SELECT version_num FROM stepwise_version"_s), QStringList());
        QCOMPARE(
            Stepwise::Test::column(db, u"SELECT name FROM sqlite_master WHERE name LIKE 'odbc%'"_s),
            QStringList());
        QCOMPARE(Stepwise::Test::column(
                     db, u"SELECT id, revision, direction, status FROM stepwise_history"_s),
            (QStringList { u"1 %1 up ok"_s.arg(kRev1), u"2 %1 up ok"_s.arg(kRev2),
                u"3 %1 down ok"_s.arg(kRev2), u"4 %1 down ok"_s.arg(kRev1) }));

        r = runCli(QStringList { u"current"_s } + base);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QString());
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void tst_Odbc::schemaReader()
{
    using namespace Stepwise::Core;
    const QStringList base { u"--project"_s, m_project, u"--url"_s,
        u"odbc://stepwise_odbc_file"_s };
    auto r = runCli(QStringList { u"upgrade"_s, u"head"_s } + base);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QODBC"_s, u"odbc-schema"_s);
        db.setDatabaseName(u"stepwise_odbc_file"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        const auto reader = SchemaReader::create(db);
        QVERIFY(!reader->hasSchemas());
        const auto tables = reader->tables({});
        QVERIFY2(tables.ok(), qPrintable(tables.ok() ? QString() : tables.error().toString()));
        QStringList names;
        for (const TableInfo &t : tables.value())
            names << t.name.name;
        QCOMPARE(names,
            (QStringList {
                u"odbc_one"_s, u"odbc_two"_s, u"stepwise_history"_s, u"stepwise_version"_s }));
        const auto two = reader->table({ {}, u"odbc_two"_s });
        QVERIFY2(two.ok(), qPrintable(two.ok() ? QString() : two.error().toString()));
        QCOMPARE(two->columns.size(), 2);
        QCOMPARE(two->columns.at(0).name, u"id"_s);
        QVERIFY(two->columns.at(0).primaryKey);
        QCOMPARE(two->columns.at(1).name, u"name"_s);
        QVERIFY(!two->columns.at(1).primaryKey);
        QCOMPARE(two->indexes.size(), 1);
        QVERIFY(two->indexes.first().primary);
        QCOMPARE(two->indexes.first().columns, QStringList { u"id"_s });
        db.close();
    }
    QSqlDatabase::removeDatabase(u"odbc-schema"_s);
    r = runCli(QStringList { u"downgrade"_s, u"base"_s } + base);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_Odbc)
#include "tst_odbc.moc"
