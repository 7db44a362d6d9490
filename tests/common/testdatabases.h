#pragma once

#include <QSqlDatabase>
#include <QString>

// Fixtures for integration tests against the servers scripts/test starts.
//   STEPWISE_TEST_POSTGRES_URL = postgresql://user:pw@127.0.0.1:PORT/db
//   STEPWISE_TEST_MYSQL_URL    = mysql://user:pw@127.0.0.1:PORT/db
// When the variable is set the server must be reachable (the test fails otherwise); when it
// is unset (running a test by hand outside scripts/test) the test skips and says why.
namespace Stepwise::Test {

enum class Server { PostgreSQL, MySQL };

QString envName(Server server);
QString serverUrl(Server server); // empty when unset
QString driverName(Server server); // QPSQL / QMYSQL

// Opens a connection named `connectionName` to the server's URL; on failure returns an invalid
// database and fills *error with the driver's message.
QSqlDatabase openServer(Server server, const QString &connectionName, QString *error);

} // namespace Stepwise::Test

// In a test function: skip (with reason) when the URL is unset, fail when it is set but the
// server cannot be reached. Leaves an open QSqlDatabase `db` named `connection`.
// Skips (saying which variable is unset) when the server's URL is not set; under scripts/test it
// always is, so a missing server then fails in the connection that follows instead.
#define STEPWISE_REQUIRE_SERVER_URL(server)                                                        \
    if (Stepwise::Test::serverUrl(server).isEmpty())                                                 \
        QSKIP(qPrintable(Stepwise::Test::envName(server)                                             \
                         + QStringLiteral(" is not set; run through scripts/test, which starts "  \
                                          "the server")));

#define STEPWISE_REQUIRE_SERVER(server, db, connection)                                            \
    STEPWISE_REQUIRE_SERVER_URL(server)                                                            \
    QString db##_error;                                                                    \
    QSqlDatabase db = Stepwise::Test::openServer(server, connection, &db##_error);           \
    if (!db.isOpen())                                                                              \
        QFAIL(qPrintable(QStringLiteral("cannot connect to %1: %2")                              \
                             .arg(Stepwise::Test::envName(server), db##_error)));
