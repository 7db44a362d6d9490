#include "databaseworker.h"

#include "connections/profileurl.h"

#include "db/connectionurl.h"
#include "db/database.h"
#include "engine/versionstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

DatabaseWorker::DatabaseWorker(QString connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(std::move(connectionName))
{
}

DatabaseWorker::~DatabaseWorker()
{
    close();
}

bool DatabaseWorker::isOpen() const
{
    return m_open && QSqlDatabase::contains(m_connectionName);
}

void DatabaseWorker::open(const ConnectionProfile &profile, const QString &password)
{
    Q_ASSERT(QThread::currentThread() == thread());
    close();
    m_profile = profile;
    auto url = Core::ConnectionUrl::parse(profileToUrl(profile));
    if (!url) {
        Q_EMIT openFailed(url.error().message());
        return;
    }
    if (!password.isEmpty())
        url->setPassword(password);
    QString version;
    {
        auto db = Core::openDatabase(url.value(), m_connectionName);
        if (!db) {
            Q_EMIT openFailed(db.error().toString());
            return;
        }
        const auto serverVersion = Core::serverVersion(db.value());
        if (serverVersion)
            version = serverVersion.value();
    }
    m_open = true;
    Q_EMIT opened(version);
}

void DatabaseWorker::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    const bool wasOpen = m_open;
    m_open = false;
    if (wasOpen)
        Q_EMIT closed();
}

void DatabaseWorker::readStatus(const StatusRequest &request)
{
    DatabaseStatus status;
    if (!isOpen()) {
        status.error = tr("Not connected.");
        Q_EMIT statusRead(status);
        return;
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const Core::Dialect &dialect = Core::Dialect::forDriver(db.driverName());
    Core::VersionTables tables;
    tables.heads = { request.schema, request.versionTable };
    tables.history = { request.schema, request.historyTable };
    const Core::VersionStore store(db, dialect, tables);
    // Read-only: a database that was never migrated has no tables, and none are created.
    auto exists = store.headsTableExists();
    auto heads = store.readHeads();
    auto history = store.readHistory();
    auto checksums = store.lastAppliedChecksums();
    for (const Core::Error *error : { exists ? nullptr : &exists.error(), heads ? nullptr : &heads.error(),
                                      history ? nullptr : &history.error(),
                                      checksums ? nullptr : &checksums.error() }) {
        if (error) {
            status.error = error->toString();
            Q_EMIT statusRead(status);
            return;
        }
    }
    status.valid = true;
    status.versionTableExists = exists.value();
    status.heads = heads.value();
    status.appliedChecksums = checksums.value();
    for (const Core::HistoryEntry &e : history.value()) {
        HistoryEntry entry;
        entry.revision = e.revision;
        entry.direction = Core::historyDirectionName(e.direction);
        entry.checksum = e.checksum;
        entry.startedAt = e.startedAt;
        entry.durationMs = qMax<qint64>(0, e.durationMs);
        entry.osUser = e.osUser;
        entry.toolVersion = e.toolVersion;
        entry.status = Core::historyStatusName(e.status);
        entry.error = e.error;
        status.history.append(entry);
    }
    Q_EMIT statusRead(status);
}

void DatabaseWorker::loadSchema(const QStringList &path)
{
    if (!isOpen()) {
        Q_EMIT schemaFailed(path, tr("Not connected."));
        return;
    }
    Q_EMIT schemaFailed(path, tr("The schema browser is not available in this build."));
}

} // namespace Stepwise::Ui
