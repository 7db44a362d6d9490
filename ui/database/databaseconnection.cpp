#include "ui/database/databaseconnection.h"

#include "ui/database/databaseworker.h"

#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

DatabaseConnection::DatabaseConnection(QObject *parent)
    : QObject(parent)
{
}

DatabaseConnection::~DatabaseConnection()
{
    stopWorker();
}

void DatabaseConnection::startWorker()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"stepwise-db"_s);
    const QString name = u"stepwise-ui-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_worker = new DatabaseWorker(name);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DatabaseWorker::opened, this, [this](const QString &version) {
        m_serverVersion = version;
        setState(State::Connected);
    });
    connect(m_worker, &DatabaseWorker::openFailed, this, [this](const QString &error) {
        setState(State::Disconnected);
        Q_EMIT connectFailed(error);
    });
    connect(m_worker, &DatabaseWorker::statusRead, this, [this](const DatabaseStatus &status) {
        m_status = status;
        Q_EMIT statusChanged(status);
    });
    connect(m_worker, &DatabaseWorker::schemaLoaded, this, &DatabaseConnection::schemaLoaded);
    connect(m_worker, &DatabaseWorker::schemaFailed, this, &DatabaseConnection::schemaFailed);
    connect(m_worker, &DatabaseWorker::completionsLoaded, this, &DatabaseConnection::completionsLoaded);
    connect(m_worker, &DatabaseWorker::log, this, &DatabaseConnection::log);
    m_thread->start();
}

void DatabaseConnection::stopWorker()
{
    if (!m_thread)
        return;
    // close() runs in the worker thread, where the connection was made (style.md §6).
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &DatabaseWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void DatabaseConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void DatabaseConnection::connectTo(const Core::ConnectionProfile &profile, const QString &password)
{
    startWorker();
    m_profile = profile;
    m_status = DatabaseStatus();
    setState(State::Connecting);
    Core::Result<Core::ConnectionUrl> url = Core::ConnectionProfiles::connectionUrl(profile);
    if (!url) {
        m_url = Core::ConnectionUrl();
        QMetaObject::invokeMethod(m_worker, &DatabaseWorker::close);
        setState(State::Disconnected);
        Q_EMIT connectFailed(url.error().message());
        return;
    }
    if (!password.isEmpty())
        url->setPassword(password);
    connectTo(profile, *url);
}

void DatabaseConnection::connectTo(const Core::ConnectionProfile &profile, const Core::ConnectionUrl &url)
{
    startWorker();
    m_profile = profile;
    m_status = DatabaseStatus();
    m_url = url;
    setState(State::Connecting);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, connection = m_url] {
        worker->open(connection);
    });
}

void DatabaseConnection::disconnectFromDatabase()
{
    stopWorker();
    m_status = DatabaseStatus();
    m_serverVersion.clear();
    m_url = Core::ConnectionUrl();
    setState(State::Disconnected);
    Q_EMIT statusChanged(m_status);
}

void DatabaseConnection::refreshStatus(const Core::VersionTables &tables)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, tables] { worker->readStatus(tables); });
}

void DatabaseConnection::loadSchema(const QStringList &path)
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path] { worker->loadSchema(path); });
}

void DatabaseConnection::loadCompletions()
{
    if (!m_worker)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->loadCompletions(); });
}

} // namespace Stepwise::Ui
