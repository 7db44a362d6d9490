#pragma once

#include "core/base/result.h"
#include "core/db/dialect.h"
#include "core/db/sessiontimeouts.h"

#include <QList>
#include <QString>

namespace Stepwise::Core {

// A database URL in SQLAlchemy's form, parsed and checked:
//   sqlite:///relative.db (relative to the project folder), sqlite:////abs/path.db, sqlite://,
//   sqlite:///:memory:, postgresql://user:pw@host:5432/db?sslmode=require (also postgres://,
//   postgresql+psycopg2://), mysql://…, mariadb://…, mysql+pymysql://…, odbc://user@DSN?opt=….
// The password is kept in memory only: toString() leaves it out, redacted() shows ***.
// A plain value; safe to copy between threads.
class ConnectionUrl
{
public:
    ConnectionUrl() = default;

    // Errors (ErrorCode::Config) name the bad part of the URL, never the password.
    static Result<ConnectionUrl> parse(const QString &text, const QString &baseDirectory = {});
    // The scheme of a URL text without parsing the rest ("postgresql+psycopg2" of
    // "postgresql+psycopg2://…"): enough to choose the dialect of an offline script.
    static QString schemeOf(const QString &text);

    bool isValid() const { return m_dialect != nullptr; }
    const Dialect &dialect() const { return *m_dialect; }
    QString scheme() const { return m_scheme; }     // as written: "postgresql+psycopg2"
    QString userName() const { return m_userName; } // percent-decoded
    QString password() const { return m_password; } // percent-decoded; empty when none
    bool hasPassword() const { return !m_password.isEmpty(); }
    bool passwordInUrl() const { return m_passwordInUrl; }
    void setPassword(const QString &password) { m_password = password; }
    QString host() const { return m_host; }
    int port() const { return m_port; } // -1 when not written
    int effectivePort() const;           // port() or the dialect's default
    // SQLite: the absolute file path or ":memory:"; otherwise the database name (ODBC: DSN).
    QString database() const { return m_database; }
    bool isInMemory() const { return m_database == QLatin1String(":memory:"); }
    QList<UrlOption> options() const { return m_options; }
    // The Qt driver's connect options: Stepwise's defaults, then the URL's options mapped.
    QString qtConnectOptions() const;
    QString qtDatabaseName() const;

    QString toString() const;       // without the password
    QString redacted() const;       // the password as ***
    // With the password, percent-encoded: for a program that connects by itself (the Alembic
    // driver gives it to env.py). Never print it.
    QString withPassword() const;
    QString alembicDisplay() const; // the password as XXXXX, as `alembic current -v` prints it

    // Variables the project's own code reads to find this database (a Flask app's
    // DATABASE_URL), set for the Alembic driver when it runs on this connection; values may
    // hold {url} (this URL with its password, as SQLAlchemy reads it) and {password}. From the
    // connection profile; not part of the URL text.
    QList<std::pair<QString, QString>> environment() const { return m_environment; }
    void setEnvironment(const QList<std::pair<QString, QString>> &variables) { m_environment = variables; }
    // How long runs on this database may wait for locks and statements, from the connection
    // profile; not part of the URL text. The command line's settings go over these.
    SessionTimeouts sessionTimeouts() const { return m_sessionTimeouts; }
    void setSessionTimeouts(const SessionTimeouts &timeouts) { m_sessionTimeouts = timeouts; }

private:
    QString render(const QString &passwordText) const;
    Result<void> parseSqlite(const QString &rest, const QString &baseDirectory);
    Result<void> parseNetwork(const QString &rest);
    Result<void> parseUserInfo(const QString &userInfo);
    Result<void> parseAuthority(const QString &authority);
    Result<void> parseQuery(const QString &query);

    const Dialect *m_dialect = nullptr;
    QString m_scheme;
    QString m_userName;
    QString m_password;
    bool m_passwordInUrl = false;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_databaseText; // as written, for display
    QList<UrlOption> m_options;
    QStringList m_qtOptions;
    QList<std::pair<QString, QString>> m_environment;
    SessionTimeouts m_sessionTimeouts;
};

// Replaces the password of every URL in `text` (and password=… / PWD=… pairs) with ***, for
// logs and error messages.
QString redactPasswords(const QString &text);

} // namespace Stepwise::Core
