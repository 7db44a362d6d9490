#pragma once

#include "core/base/result.h"
#include "core/db/sessiontimeouts.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

class QSettings;

namespace Stepwise::Core {

class ConnectionUrl;

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
    // Extra environment for an Alembic project's own Python on this connection (e.g.
    // DATABASE_URL={url}); see ConnectionUrl::environment().
    QList<std::pair<QString, QString>> environment;
    // Lock and statement timeouts for runs on this connection (lockTimeout, statementTimeout:
    // seconds); stepwise.ini's settings give way to them, the command line's go over them.
    SessionTimeouts timeouts;

    bool isValid() const { return !name.isEmpty() && !driver.isEmpty(); }
    // The key under which the keychain holds this profile's password.
    QString keychainKey() const;
    // "postgresql://user@host:5432/db?sslmode=require" (never a password) for labels.
    QString displayUrl() const;

    bool operator==(const ConnectionProfile &other) const = default;
};

// The one format of Stepwise Studio's saved connections, shared by Studio and the CLI:
// a QSettings array "connections" (name, driver, host, port, database, user, savePassword,
// options as "key=value" strings, lockTimeout/statementTimeout in seconds when set). No
// password is ever written.
namespace ConnectionProfiles {

// The QSettings of Stepwise Studio (organization "Stepwise", application "stepwise-studio",
// the platform's native format): where the CLI finds the profiles Studio saved. On Linux
// $XDG_CONFIG_HOME/Stepwise/stepwise-studio.conf.
std::unique_ptr<QSettings> studioSettings();

// The service name under which Studio keeps saved passwords in the OS keychain.
QString keychainService();

// Valid profiles of the array, in order (entries without a name or driver are skipped).
QList<ConnectionProfile> read(QSettings &settings);
// Replaces the whole array with `profiles`.
void write(QSettings &settings, const QList<ConnectionProfile> &profiles);
// The profile called `name`, or an ErrorCode::Config error naming the known profiles.
Result<ConnectionProfile> find(const QList<ConnectionProfile> &profiles, const QString &name);

// A profile written as a SQLAlchemy-style URL, never with a password:
// "postgresql://user@host:5432/db?sslmode=require", "sqlite:////abs/file.db". ConnectionUrl
// owns the grammar and reads it back.
QString toUrl(const ConnectionProfile &profile);
// The profile as a ConnectionUrl value (no password yet): what a connection is opened with.
// A relative SQLite file is taken relative to baseDirectory.
Result<ConnectionUrl> connectionUrl(const ConnectionProfile &profile, const QString &baseDirectory = {});
// The fields of a parsed URL (its password is not kept); the name is the database's last path
// part, or the host.
ConnectionProfile fromUrl(const ConnectionUrl &url);

} // namespace ConnectionProfiles

} // namespace Stepwise::Core
