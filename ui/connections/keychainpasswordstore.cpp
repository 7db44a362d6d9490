#include "ui/connections/keychainpasswordstore.h"

#include "core/db/connectionprofiles.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

template<typename Job>
Job *makeJob(QObject *parent, const QString &key)
{
    auto *job = new Job(Core::ConnectionProfiles::keychainService(), parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a password never goes to a plain-text file
    job->setKey(key);
    return job;
}

} // namespace

KeychainPasswordStore::KeychainPasswordStore(QObject *parent)
    : PasswordStore(parent)
{
}

void KeychainPasswordStore::read(const QString &key, ReadCallback callback)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [job, callback](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError)
            callback(true, job->textData(), {});
        else
            callback(false, {}, job->errorString());
    });
    job->start();
}

void KeychainPasswordStore::write(const QString &key, const QString &password,
                                  DoneCallback callback)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(this, key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [job, callback](QKeychain::Job *) {
        callback(job->error() == QKeychain::NoError, job->errorString());
    });
    job->start();
}

void KeychainPasswordStore::remove(const QString &key, DoneCallback callback)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(this, key);
    connect(job, &QKeychain::Job::finished, this, [job, callback](QKeychain::Job *) {
        const bool ok = job->error() == QKeychain::NoError
            || job->error() == QKeychain::EntryNotFound;
        callback(ok, job->errorString());
    });
    job->start();
}

} // namespace Stepwise::Ui
