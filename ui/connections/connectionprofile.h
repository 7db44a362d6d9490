#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace Stepwise::Ui {

// A saved connection: everything needed to connect except the password, which lives in the
// OS keychain (when savePassword) or is asked for. Plain value type.
struct ConnectionProfile
{
    QString name;
    QString driver; // Qt driver name: QSQLITE, QPSQL, QMYSQL, QODBC
    QString host;
    int port = -1;
    QString database; // database name, or the file for SQLite, or the DSN for ODBC
    QString user;
    QList<std::pair<QString, QString>> options; // URL query options such as sslmode
    bool savePassword = false;

    bool isValid() const { return !name.isEmpty() && !driver.isEmpty(); }
    // The key under which the keychain holds this profile's password.
    QString keychainKey() const;
    // "postgresql://user@host:5432/db?sslmode=require" (never a password) for labels.
    QString displayUrl() const;

    bool operator==(const ConnectionProfile &other) const = default;
};

} // namespace Stepwise::Ui
