#include "keychainpasswordreader.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#ifdef STEPWISE_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace Stepwise::Cli {

#ifndef STEPWISE_HAVE_KEYCHAIN
std::optional<QString> KeychainPasswordReader::read(const QString &, const QString &, QString *error)
{
    *error = QCoreApplication::translate("cli", "this build has no keychain support");
    return std::nullopt;
}
#else
std::optional<QString> KeychainPasswordReader::read(const QString &service, const QString &key,
                                                    QString *error)
{
    const std::chrono::milliseconds timeout = m_timeout;
    auto *job = new QKeychain::ReadPasswordJob(service);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec();
    if (!finished) {
        // Left running (the keychain may never answer); it is deleted when it does.
        QObject::disconnect(job, nullptr, &loop, nullptr);
        QObject::connect(job, &QKeychain::Job::finished, job, &QObject::deleteLater);
        // (A cast in the call's argument list makes lupdate loop forever.)
        const int seconds = int(timeout.count() / 1000);
        *error = QCoreApplication::translate("cli", "the keychain did not answer within %n second(s)",
                                             nullptr, seconds);
        return std::nullopt;
    }
    std::optional<QString> password;
    if (job->error() == QKeychain::NoError)
        password = job->textData();
    else
        *error = job->errorString();
    delete job;
    return password;
}
#endif

} // namespace Stepwise::Cli
