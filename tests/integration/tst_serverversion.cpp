// The servers scripts/test starts are reachable through the Qt drivers Stepwise uses.
#include "tests/common/testdatabases.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using Stepwise::Test::Server;

class tst_ServerVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version_data();
    void version();
};

void tst_ServerVersion::version_data()
{
    QTest::addColumn<int>("server");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // a word the version string must contain
    QTest::newRow("postgresql") << int(Server::PostgreSQL) << u"SELECT version()"_s << u"PostgreSQL"_s;
    QTest::newRow("mariadb") << int(Server::MySQL) << u"SELECT VERSION()"_s << u"MariaDB"_s;
}

void tst_ServerVersion::version()
{
    QFETCH(int, server);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    {
        STEPWISE_REQUIRE_SERVER(Server(server), db, u"version"_s);
        QSqlQuery q(db);
        QVERIFY2(q.exec(query), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        const QString version = q.value(0).toString();
        qInfo("%s", qPrintable(version));
        QVERIFY2(version.contains(expected), qPrintable(version));
    }
    QSqlDatabase::removeDatabase(u"version"_s);
}

QTEST_GUILESS_MAIN(tst_ServerVersion)
#include "tst_serverversion.moc"
