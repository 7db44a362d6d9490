#pragma once

#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Stepwise::Core {

// The settings of a Stepwise or Alembic project: where the revision files are and the
// defaults for the database side. Plain value type.
struct ProjectConfig
{
    enum class Kind { Native, Alembic };

    Kind kind = Kind::Native;
    QString projectDir; // absolute; messages name files relative to it
    QString iniPath; // absolute path of stepwise.ini, alembic.ini or pyproject.toml
    QString scriptLocation; // Alembic: absolute script location (holds env.py)
    QStringList versionLocations; // absolute, in configured order (= load order)
    bool recursiveVersionLocations = false; // Alembic ≥ 1.10 option
    QString dialect; // sqlite, postgresql, mysql, … (native: from the ini; Alembic: the URL)
    QString url; // default target; empty when unset or when it holds a password
    // [database] shadow_url: where autogenerate and schema checks build the migrated schema
    // (PostgreSQL / MySQL; SQLite uses a temporary file). Empty when unset or with a password.
    QString shadowUrl;
    QString versionTable = QStringLiteral("stepwise_version");
    QString historyTable = QStringLiteral("stepwise_history");
    QString versionTableSchema;
    bool transactionPerMigration = true;
    // [database] lock_timeout / statement_timeout, in seconds (unset: not given). What a run
    // waits for locks and statements when neither the command line nor the connection profile
    // says (SessionTimeouts).
    std::optional<std::chrono::milliseconds> lockTimeout;
    std::optional<std::chrono::milliseconds> statementTimeout;
    // Alembic: a Flask-Migrate project (migrations/alembic.ini, or an env.py that reads Flask's
    // current_app): its env.py runs inside the Flask app's context.
    bool flaskMigrate = false;
    QStringList notes; // things the user should know (non-literal env.py settings, …)
};

} // namespace Stepwise::Core
