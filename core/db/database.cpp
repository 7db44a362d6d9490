#include "core/db/database.h"

#include "core/db/connectionurl.h"
#include "core/db/dialect.h"
#include "core/db/passwordprovider.h"

#include "core/base/tr.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

// Password sources in order; nullopt when the user declined to give one.
std::optional<QString> resolvePassword(const ConnectionUrl &url, PasswordProvider *passwords)
{
    if (url.hasPassword())
        return url.password();
    const QString fromEnvironment = qEnvironmentVariable("STEPWISE_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (!url.dialect().asksForPassword() || !passwords || url.userName().isEmpty())
        return QString();
    return passwords->password(url);
}

// SQLite opens any file and says "file is not a database" only at the first query, which
// may be anywhere (or, for a query whose failure means "no table yet", nowhere). Reading the
// catalog once here names the file while it is being opened.
Result<void> probeDatabaseFile(QSqlDatabase &db, const ConnectionUrl &url)
{
    const Dialect &dialect = url.dialect();
    if (dialect.urlForm() != Dialect::UrlForm::File || url.isInMemory())
        return {};
    const BoundSql probe = dialect.tableExistsQuery(TableName{{}, u"stepwise_version"_s});
    if (probe.sql.isEmpty())
        return {};
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(probe.sql);
    for (const QVariant &value : probe.values)
        query.addBindValue(value);
    ok = ok && query.exec();
    if (!ok) {
        Error e = fromQueryError(query, Tr::tr("Cannot read the database file %1").arg(url.database()),
                                 &dialect);
        // SQLITE_NOTADB: the URL names a file that is no database — bad input (exit 2), not a
        // database failure; a busy or locked file keeps its own kind.
        if (e.nativeCode() == u"26"_s) {
            Error notADatabase(ErrorCode::Config, e.message());
            notADatabase.withNative(e.nativeCode(), e.nativeText());
            return notADatabase;
        }
        return e;
    }
    return {};
}

Result<void> configureAndOpen(QSqlDatabase &db, const ConnectionUrl &url, const QString &password)
{
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    db.setPassword(password);
    db.setDatabaseName(url.qtDatabaseName());
    db.setConnectOptions(url.qtConnectOptions());
    const QString context = Tr::tr("Cannot connect to %1").arg(url.redacted());
    if (!db.open()) {
        Error error = fromSqlError(db.lastError(), context, &url.dialect());
        if (!password.isEmpty()) // a driver could echo it; never let it out
            error = Error(error.code(), QString(error.message()).replace(password, u"***"_s))
                        .withNative(error.nativeCode(),
                                    QString(error.nativeText()).replace(password, u"***"_s));
        return error;
    }
    for (const QString &sql : url.dialect().sessionSetupSql()) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return fromQueryError(query, context, &url.dialect());
    }
    return probeDatabaseFile(db, url);
}

} // namespace

Result<QSqlDatabase> openDatabase(const ConnectionUrl &url, const QString &connectionName,
                                  PasswordProvider *passwords)
{
    if (!url.isValid())
        return Error(ErrorCode::Usage, Tr::tr("No database URL given"));
    const std::optional<QString> password = resolvePassword(url, passwords);
    if (!password)
        return Error(ErrorCode::Cancelled,
                     Tr::tr("No password given for %1").arg(url.redacted()));
    Result<void> opened;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(url.dialect().qtDriver(), connectionName);
        if (!db.isValid()) {
            opened = Error(ErrorCode::Database,
                           Tr::tr("The Qt SQL driver %1 for %2 is not installed")
                               .arg(url.dialect().qtDriver(), url.redacted()));
        } else {
            opened = configureAndOpen(db, url, *password);
            if (opened)
                return db;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return opened.error();
}

Error fromSqlError(const QSqlError &error, const QString &context, const Dialect *dialect)
{
    const QString nativeCode = error.nativeErrorCode();
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    if (text.isEmpty())
        text = Tr::tr("unknown database error");
    text = redactPasswords(text);
    const bool lockTimeout = dialect && !nativeCode.isEmpty() && dialect->isLockTimeout(nativeCode);
    const QString message = context.isEmpty() ? text : redactPasswords(context) + u": "_s + text;
    return Error(lockTimeout ? ErrorCode::Lock : ErrorCode::Database, message)
        .withNative(nativeCode, text);
}

Error fromQueryError(const QSqlQuery &query, const QString &context, const Dialect *dialect)
{
    return fromSqlError(query.lastError(), context, dialect);
}

Result<QString> serverVersion(const QSqlDatabase &db)
{
    const Dialect &dialect = Dialect::forDriver(db.driverName());
    const QString sql = dialect.serverVersionQuery();
    if (sql.isEmpty())
        return db.driverName();
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return fromQueryError(query, Tr::tr("Cannot read the server version"), &dialect);
    return query.value(0).toString();
}

} // namespace Stepwise::Core
