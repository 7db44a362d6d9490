#pragma once

#include "core/base/result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace Stepwise::Core {

struct PyprojectAlembic;

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
    QString versionTable = QStringLiteral("stepwise_version");
    QString historyTable = QStringLiteral("stepwise_history");
    QString versionTableSchema;
    bool transactionPerMigration = true;
    QStringList notes; // things the user should know (non-literal env.py settings, …)
};

// Project discovery and configuration. The parse functions are pure (bytes in, data out);
// read() and findProjectDir() look at the file system.
class ProjectConfigReader
{
public:
    // stepwise.ini; iniDir is the absolute folder of the file (relative paths start there).
    static Result<ProjectConfig> parseStepwiseIni(QByteArrayView bytes, const QString &iniDir);
    // alembic.ini; flaskLayout: found as migrations/alembic.ini, so a missing script_location
    // means the ini's own folder (Flask-Migrate). Version locations are not checked here.
    // pyproject: the [tool.alembic] table beside it (Alembic ≥ 1.16), used for the settings
    // the ini does not give (empty ini bytes: a pyproject.toml-only project).
    static Result<ProjectConfig> parseAlembicIni(QByteArrayView bytes, const QString &iniDir,
        bool flaskLayout, const PyprojectAlembic *pyproject = nullptr);
    // Reads the project in dir (stepwise.ini, else alembic.ini, else migrations/alembic.ini,
    // else pyproject.toml with [tool.alembic]), resolves and checks its folders, and for
    // Alembic reads env.py's literal settings.
    static Result<ProjectConfig> read(const QString &dir);
    // True when the URL's user part holds a password ("scheme://user:secret@host/…").
    static bool urlHasPassword(const QString &url);
};

// The given folder when it holds a project; with an empty startDir the current folder and
// then its parents, the first holding stepwise.ini, alembic.ini, migrations/alembic.ini or a
// pyproject.toml with a [tool.alembic] table.
Result<QString> findProjectDir(const QString &startDir);

} // namespace Stepwise::Core
