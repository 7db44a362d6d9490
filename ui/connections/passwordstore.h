#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Stepwise::Ui {

// Where saved passwords live. Asynchronous: the OS keychain may ask the user or be slow.
// The callback runs on the GUI thread; ok == false carries a human error (no keychain service,
// entry not found, access denied) and the caller falls back to asking.
class PasswordStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(bool ok, const QString &password, const QString &error)>;
    using DoneCallback = std::function<void(bool ok, const QString &error)>;

    using QObject::QObject;

    virtual void read(const QString &key, ReadCallback callback) = 0;
    virtual void write(const QString &key, const QString &password, DoneCallback callback) = 0;
    virtual void remove(const QString &key, DoneCallback callback) = 0;
};

} // namespace Stepwise::Ui
