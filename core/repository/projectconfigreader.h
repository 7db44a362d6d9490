#pragma once

#include "core/base/result.h"
#include "core/repository/projectconfig.h"

#include <QByteArrayView>
#include <QString>

namespace Stepwise::Core {

struct PyprojectAlembic;

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
