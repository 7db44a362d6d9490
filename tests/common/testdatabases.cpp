#include "tests/common/testdatabases.h"

#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Stepwise::Test {

QString envName(Server server)
{
    return server == Server::PostgreSQL ? u"STEPWISE_TEST_POSTGRES_URL"_s
                                        : u"STEPWISE_TEST_MYSQL_URL"_s;
}

QString serverUrl(Server server)
{
    return qEnvironmentVariable(envName(server).toLatin1().constData());
}

QString driverName(Server server)
{
    return server == Server::PostgreSQL ? u"QPSQL"_s : u"QMYSQL"_s;
}

QSqlDatabase openServer(Server server, const QString &connectionName, QString *error)
{
    const QUrl url(serverUrl(server));
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName(server), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(server == Server::PostgreSQL ? 5432 : 3306));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    if (server == Server::MySQL)
        db.setConnectOptions(u"MYSQL_OPT_CONNECT_TIMEOUT=5"_s);
    else
        db.setConnectOptions(u"connect_timeout=5"_s);
    if (!db.open() && error)
        *error = db.lastError().text();
    return db;
}

} // namespace Stepwise::Test
