// Dialect: lookup, quoting (R6), Alembic's exact heads-table text per dialect (§3.5, §4.2,
// §4.3 and the evidence logs), transactions, history DDL, and fromSqlError.
#include "core/db/database.h"
#include "core/db/dialect.h"

#include <QSqlError>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

class tst_Dialect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookup_data();
    void lookup();
    void quoting_data();
    void quoting();
    void createHeadsTable_data();
    void createHeadsTable();
    void headStatements_data();
    void headStatements();
    void onlineStatements_data();
    void onlineStatements();
    void transactions_data();
    void transactions();
    void historyTable_data();
    void historyTable();
    void sqlError_data();
    void sqlError();
};

static const Dialect &byName(const QString &name)
{
    return *Dialect::forScheme(name == u"generic"_s ? u"odbc"_s : name);
}

void tst_Dialect::lookup_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("splitter");

    QTest::newRow("sqlite") << u"sqlite"_s << u"QSQLITE"_s << u"sqlite"_s << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s << u"QPSQL"_s << u"postgresql"_s << u"postgresql"_s;
    QTest::newRow("postgres") << u"postgres"_s << u"QPSQL"_s << u"postgresql"_s << u"postgresql"_s;
    QTest::newRow("psycopg2 suffix") << u"postgresql+psycopg2"_s << u"QPSQL"_s << u"postgresql"_s << u"postgresql"_s;
    QTest::newRow("mysql") << u"mysql"_s << u"QMYSQL"_s << u"mysql"_s << u"mysql"_s;
    QTest::newRow("mariadb") << u"mariadb"_s << u"QMYSQL"_s << u"mysql"_s << u"mysql"_s;
    QTest::newRow("pymysql suffix") << u"mysql+pymysql"_s << u"QMYSQL"_s << u"mysql"_s << u"mysql"_s;
    QTest::newRow("odbc") << u"odbc"_s << u"QODBC"_s << u"generic"_s << u"generic"_s;
}

void tst_Dialect::lookup()
{
    QFETCH(QString, scheme);
    QFETCH(QString, driver);
    QFETCH(QString, name);
    QFETCH(QString, splitter);
    const Dialect *dialect = Dialect::forScheme(scheme);
    QVERIFY(dialect);
    QCOMPARE(dialect->name(), name);
    QCOMPARE(dialect->qtDriver(), driver);
    QCOMPARE(dialect->splitterName(), splitter);
    QCOMPARE(&Dialect::forDriver(driver), dialect);
    QVERIFY(!Dialect::forScheme(u"oracle"_s));
    QCOMPARE(Dialect::forDriver(u"QIBASE"_s).name(), u"generic"_s);
}

void tst_Dialect::quoting_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("quoted");   // quoteIdentifier(): always
    QTest::addColumn<QString>("alembic");  // alembicIdentifier(): as SQLAlchemy renders it

    const QString weird = u"we\"ird; name"_s;
    for (const QString &d : { u"sqlite"_s, u"postgresql"_s, u"generic"_s }) {
        const QByteArray p = d.toLatin1() + ' ';
        QTest::newRow(QByteArray(p + "weird").constData()) << d << weird << u"\"we\"\"ird; name\""_s << u"\"we\"\"ird; name\""_s;
        QTest::newRow(QByteArray(p + "plain").constData()) << d << u"alembic_version"_s << u"\"alembic_version\""_s << u"alembic_version"_s;
        QTest::newRow(QByteArray(p + "upper case").constData()) << d << u"Versions"_s << u"\"Versions\""_s << u"\"Versions\""_s;
        QTest::newRow(QByteArray(p + "leading digit").constData()) << d << u"1st"_s << u"\"1st\""_s << u"\"1st\""_s;
        QTest::newRow(QByteArray(p + "dollar inside").constData()) << d << u"v$1"_s << u"\"v$1\""_s << u"v$1"_s;
        QTest::newRow(QByteArray(p + "reserved").constData()) << d << u"table"_s << u"\"table\""_s << u"\"table\""_s;
    }
    QTest::newRow("mysql weird") << u"mysql"_s << weird << u"`we\"ird; name`"_s << u"`we\"ird; name`"_s;
    QTest::newRow("mysql backtick") << u"mysql"_s << u"a`b"_s << u"`a``b`"_s << u"`a``b`"_s;
    QTest::newRow("mysql plain") << u"mysql"_s << u"alembic_version"_s << u"`alembic_version`"_s << u"alembic_version"_s;
    QTest::newRow("mysql reserved") << u"mysql"_s << u"order"_s << u"`order`"_s << u"`order`"_s;
    QTest::newRow("postgresql user") << u"postgresql"_s << u"user"_s << u"\"user\""_s << u"\"user\""_s;
    QTest::newRow("sqlite user not reserved") << u"sqlite"_s << u"user"_s << u"\"user\""_s << u"user"_s;
}

void tst_Dialect::quoting()
{
    QFETCH(QString, dialect);
    QFETCH(QString, identifier);
    QFETCH(QString, quoted);
    QFETCH(QString, alembic);
    const Dialect &d = byName(dialect);
    QCOMPARE(d.quoteIdentifier(identifier), quoted);
    QCOMPARE(d.alembicIdentifier(identifier), alembic);
    QCOMPARE(d.qualifiedName(QString(), identifier), quoted);
    QCOMPARE(d.qualifiedName(u"s"_s, identifier), d.quoteIdentifier(u"s"_s) + u'.' + quoted);
}

void tst_Dialect::createHeadsTable_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("expected");

    // Byte for byte from logs/offline_sqlite_upgrade_base_b.sql and offline_pg_*.sql.
    const QString alembic = u"CREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL, \n"
                            "    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n)"_s;
    for (const QString &d : { u"sqlite"_s, u"postgresql"_s, u"mysql"_s, u"generic"_s })
        QTest::newRow(qPrintable(d)) << d << QString() << u"alembic_version"_s << alembic;
    QTest::newRow("schema") << u"postgresql"_s << u"audit"_s << u"stepwise_version"_s
        << u"CREATE TABLE audit.stepwise_version (\n    version_num VARCHAR(32) NOT NULL, \n"
           "    CONSTRAINT stepwise_version_pkc PRIMARY KEY (version_num)\n)"_s;
    QTest::newRow("weird postgresql") << u"postgresql"_s << QString() << u"we\"ird; name"_s
        << u"CREATE TABLE \"we\"\"ird; name\" (\n    version_num VARCHAR(32) NOT NULL, \n"
           "    CONSTRAINT \"we\"\"ird; name_pkc\" PRIMARY KEY (version_num)\n)"_s;
    QTest::newRow("weird mysql") << u"mysql"_s << u"My Schema"_s << u"we\"ird; name"_s
        << u"CREATE TABLE `My Schema`.`we\"ird; name` (\n    version_num VARCHAR(32) NOT NULL, \n"
           "    CONSTRAINT `we\"ird; name_pkc` PRIMARY KEY (version_num)\n)"_s;
}

void tst_Dialect::createHeadsTable()
{
    QFETCH(QString, dialect);
    QFETCH(QString, schema);
    QFETCH(QString, table);
    QFETCH(QString, expected);
    const Dialect &d = byName(dialect);
    QCOMPARE(d.createHeadsTableSql({ schema, table }), expected);
    // The online form differs only in always quoting.
    const QString online = d.createHeadsTableQuery({ schema, table });
    QVERIFY(online.startsWith(u"CREATE TABLE "_s + d.qualifiedName(schema, table) + u" (\n"_s));
    QVERIFY(online.contains(u"CONSTRAINT "_s + d.quoteIdentifier(table + u"_pkc"_s)));
}

void tst_Dialect::headStatements_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("insert");
    QTest::addColumn<QString>("update");
    QTest::addColumn<QString>("remove");

    // From logs/offline_pg_*.sql, offline_sqlite_upgrade_base_b.sql and s01's MySQL run.
    QTest::newRow("sqlite") << u"sqlite"_s << u"alembic_version"_s
        << u"INSERT INTO alembic_version (version_num) VALUES ('a')"_s
        << u"UPDATE alembic_version SET version_num='b' WHERE alembic_version.version_num = 'a'"_s
        << u"DELETE FROM alembic_version WHERE alembic_version.version_num = 'a'"_s;
    QTest::newRow("postgresql") << u"postgresql"_s << u"alembic_version"_s
        << u"INSERT INTO alembic_version (version_num) VALUES ('a') RETURNING alembic_version.version_num"_s
        << u"UPDATE alembic_version SET version_num='b' WHERE alembic_version.version_num = 'a'"_s
        << u"DELETE FROM alembic_version WHERE alembic_version.version_num = 'a'"_s;
    QTest::newRow("mysql") << u"mysql"_s << u"alembic_version"_s
        << u"INSERT INTO alembic_version (version_num) VALUES ('a')"_s
        << u"UPDATE alembic_version SET version_num='b' WHERE alembic_version.version_num = 'a'"_s
        << u"DELETE FROM alembic_version WHERE alembic_version.version_num = 'a'"_s;
    QTest::newRow("postgresql weird") << u"postgresql"_s << u"we\"ird; name"_s
        << u"INSERT INTO \"we\"\"ird; name\" (version_num) VALUES ('a') RETURNING \"we\"\"ird; name\".version_num"_s
        << u"UPDATE \"we\"\"ird; name\" SET version_num='b' WHERE \"we\"\"ird; name\".version_num = 'a'"_s
        << u"DELETE FROM \"we\"\"ird; name\" WHERE \"we\"\"ird; name\".version_num = 'a'"_s;
    QTest::newRow("mysql weird") << u"mysql"_s << u"we\"ird; name"_s
        << u"INSERT INTO `we\"ird; name` (version_num) VALUES ('a')"_s
        << u"UPDATE `we\"ird; name` SET version_num='b' WHERE `we\"ird; name`.version_num = 'a'"_s
        << u"DELETE FROM `we\"ird; name` WHERE `we\"ird; name`.version_num = 'a'"_s;
}

void tst_Dialect::headStatements()
{
    QFETCH(QString, dialect);
    QFETCH(QString, table);
    QFETCH(QString, insert);
    QFETCH(QString, update);
    QFETCH(QString, remove);
    const Dialect &d = byName(dialect);
    QCOMPARE(d.insertHeadSql({ {}, table }, u"a"_s), insert);
    QCOMPARE(d.updateHeadSql({ {}, table }, u"a"_s, u"b"_s), update);
    QCOMPARE(d.deleteHeadSql({ {}, table }, u"a"_s), remove);
}

void tst_Dialect::onlineStatements_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("insert");
    QTest::addColumn<QString>("update");
    QTest::addColumn<QString>("select");

    QTest::newRow("postgresql") << u"postgresql"_s
        << u"INSERT INTO \"s\".\"we\"\"ird; name\" (version_num) VALUES (?)"_s
        << u"UPDATE \"s\".\"we\"\"ird; name\" SET version_num = ? WHERE version_num = ?"_s
        << u"SELECT version_num FROM \"s\".\"we\"\"ird; name\""_s;
    QTest::newRow("mysql") << u"mysql"_s
        << u"INSERT INTO `s`.`we\"ird; name` (version_num) VALUES (?)"_s
        << u"UPDATE `s`.`we\"ird; name` SET version_num = ? WHERE version_num = ?"_s
        << u"SELECT version_num FROM `s`.`we\"ird; name`"_s;
}

void tst_Dialect::onlineStatements()
{
    QFETCH(QString, dialect);
    QFETCH(QString, insert);
    QFETCH(QString, update);
    QFETCH(QString, select);
    const Dialect &d = byName(dialect);
    const TableName table { u"s"_s, u"we\"ird; name"_s };
    const BoundSql ins = d.insertHeadQuery(table, u"x'; DROP TABLE t; --"_s);
    QCOMPARE(ins.sql, insert);
    QCOMPARE(ins.values, QVariantList{ u"x'; DROP TABLE t; --"_s }); // values are bound, never spliced
    const BoundSql upd = d.updateHeadQuery(table, u"a"_s, u"b"_s);
    QCOMPARE(upd.sql, update);
    QCOMPARE(upd.values, (QVariantList{ u"b"_s, u"a"_s }));
    QCOMPARE(d.selectHeadsQuery(table), select);
    QVERIFY(!d.selectHeadsQuery(table).contains(u"ORDER"_s));
}

void tst_Dialect::transactions_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("transactionalDdl");
    QTest::addColumn<QString>("begin");
    QTest::addColumn<QString>("commit");
    QTest::addColumn<QString>("beginStep");
    QTest::addColumn<bool>("sessionLock");

    QTest::newRow("sqlite") << u"sqlite"_s << false << QString() << QString() << u"BEGIN IMMEDIATE"_s << false;
    QTest::newRow("postgresql") << u"postgresql"_s << true << u"BEGIN;"_s << u"COMMIT;"_s << QString() << true;
    QTest::newRow("mysql") << u"mysql"_s << false << QString() << QString() << QString() << true;
    QTest::newRow("generic") << u"generic"_s << false << QString() << QString() << QString() << false;
}

void tst_Dialect::transactions()
{
    QFETCH(QString, dialect);
    QFETCH(bool, transactionalDdl);
    QFETCH(QString, begin);
    QFETCH(QString, commit);
    QFETCH(QString, beginStep);
    QFETCH(bool, sessionLock);
    const Dialect &d = byName(dialect);
    QCOMPARE(d.hasTransactionalDdl(), transactionalDdl);
    QCOMPARE(d.beginSql(), begin);
    QCOMPARE(d.commitSql(), commit);
    QCOMPARE(d.beginStepSql(), beginStep);
    QCOMPARE(d.hasSessionLock(), sessionLock);
    if (sessionLock) {
        QVERIFY(!d.tryLockQuery(u"n"_s, 42).sql.isEmpty());
        QVERIFY(!d.unlockQuery(u"n"_s, 42).sql.isEmpty());
        QVERIFY(!d.lockHolderQuery(u"n"_s, 42).sql.isEmpty());
    }
}

void tst_Dialect::historyTable_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("idColumn");
    QTest::addColumn<QString>("timestampType");
    QTest::addColumn<QString>("now");

    QTest::newRow("sqlite") << u"sqlite"_s << u"id INTEGER PRIMARY KEY AUTOINCREMENT"_s << u"VARCHAR(32)"_s
        << u"strftime('%Y-%m-%d %H:%M:%f', 'now')"_s;
    QTest::newRow("postgresql") << u"postgresql"_s << u"id BIGSERIAL PRIMARY KEY"_s
        << u"TIMESTAMP WITH TIME ZONE"_s << u"CURRENT_TIMESTAMP"_s;
    QTest::newRow("mysql") << u"mysql"_s << u"id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY"_s
        << u"DATETIME(3)"_s << u"UTC_TIMESTAMP(3)"_s;
    QTest::newRow("generic") << u"generic"_s << u"id BIGINT NOT NULL PRIMARY KEY"_s << u"VARCHAR(32)"_s
        << u"CURRENT_TIMESTAMP"_s;
}

void tst_Dialect::historyTable()
{
    QFETCH(QString, dialect);
    QFETCH(QString, idColumn);
    QFETCH(QString, timestampType);
    QFETCH(QString, now);
    const Dialect &d = byName(dialect);
    QCOMPARE(d.currentTimestampSql(), now);
    const QString ddl = d.createHistoryTableSql({ {}, u"we\"ird; name"_s });
    QVERIFY2(ddl.startsWith(u"CREATE TABLE "_s + d.quoteIdentifier(u"we\"ird; name"_s) + u" (\n"_s), qPrintable(ddl));
    QVERIFY2(ddl.contains(u"    "_s + idColumn + u",\n"_s), qPrintable(ddl));
    QVERIFY2(ddl.contains(u"    started_at "_s + timestampType + u" NOT NULL,\n"_s), qPrintable(ddl));
    for (const QString &column : Dialect::historyColumns())
        QVERIFY2(ddl.contains(u"\n    "_s + column + u' '), qPrintable(column));
    QCOMPARE(d.generatesHistoryIds(), dialect != u"generic"_s);
}

void tst_Dialect::sqlError_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<QString>("nativeCode");
    QTest::addColumn<int>("code");

    QTest::newRow("sqlite busy") << u"sqlite"_s << u"5"_s << int(ErrorCode::Lock);
    QTest::newRow("sqlite busy snapshot") << u"sqlite"_s << u"517"_s << int(ErrorCode::Lock);
    QTest::newRow("sqlite constraint") << u"sqlite"_s << u"19"_s << int(ErrorCode::Database);
    QTest::newRow("postgresql lock") << u"postgresql"_s << u"55P03"_s << int(ErrorCode::Lock);
    QTest::newRow("postgresql syntax") << u"postgresql"_s << u"42601"_s << int(ErrorCode::Database);
    QTest::newRow("mysql lock wait") << u"mysql"_s << u"1205"_s << int(ErrorCode::Lock);
    QTest::newRow("mysql denied") << u"mysql"_s << u"1045"_s << int(ErrorCode::Database);
}

void tst_Dialect::sqlError()
{
    QFETCH(QString, dialect);
    QFETCH(QString, nativeCode);
    QFETCH(int, code);
    const QString serverText = u"failed for postgresql://u:s3cret@h/d (password=s3cret)"_s;
    const QSqlError sqlError(u"driver text"_s, serverText, QSqlError::StatementError, nativeCode);
    const Error error = fromSqlError(sqlError, u"Running 3f2a via mysql://me:pw9@h/d"_s, &byName(dialect));
    QCOMPARE(int(error.code()), code);
    QCOMPARE(error.nativeCode(), nativeCode);
    QCOMPARE(error.nativeText(), u"failed for postgresql://u:***@h/d (password=***)"_s);
    QCOMPARE(error.message(), u"Running 3f2a via mysql://me:***@h/d: failed for postgresql://u:***@h/d (password=***)"_s);
    // Without a dialect nothing is a lock error; without server text the driver's is used.
    QCOMPARE(fromSqlError(sqlError, QString()).code(), ErrorCode::Database);
    const QSqlError driverOnly(u"Driver not loaded"_s, QString(), QSqlError::ConnectionError);
    QCOMPARE(fromSqlError(driverOnly, u"ctx"_s).message(), u"ctx: Driver not loaded"_s);
}

QTEST_GUILESS_MAIN(tst_Dialect)
#include "tst_dialect.moc"
