#pragma once

#include "ui/connections/passwordstore.h"

namespace Stepwise::Ui {

// The OS keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store). Never falls back to a plain-text file.
class KeychainPasswordStore : public PasswordStore
{
    Q_OBJECT

public:
    explicit KeychainPasswordStore(QObject *parent = nullptr);

    void read(const QString &key, ReadCallback callback) override;
    void write(const QString &key, const QString &password, DoneCallback callback) override;
    void remove(const QString &key, DoneCallback callback) override;
};

} // namespace Stepwise::Ui
