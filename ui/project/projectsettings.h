#pragma once

#include "core/engine/alembicdriver.h"

#include <QString>

namespace Stepwise::Core {
struct ProjectConfig;
}

namespace Stepwise::Ui {

// Studio's own settings of one project, kept in Studio's settings under the project's folder
// (nothing is written into the project): the Python that runs an Alembic project's revisions
// and, for Flask-Migrate, the app (FLASK_APP) when neither the environment nor .flaskenv/.env
// names it. GUI thread.
struct ProjectSettings
{
    QString python;   // empty: STEPWISE_PYTHON, else found (Core::PythonSetup::locate)
    QString flaskApp; // empty: FLASK_APP of the environment or .flaskenv/.env

    static ProjectSettings load(const QString &projectDir);
    void save(const QString &projectDir) const;

    // What the driver is started with: this setting, else STEPWISE_PYTHON, else found.
    Core::PythonSetup pythonSetup() const;
};

// The Python setup of the project `config` describes, as every Studio action that starts its
// Alembic uses it (runs, the SQL of the confirmation, authoring).
Core::PythonSetup studioPythonSetup(const Core::ProjectConfig &config);

} // namespace Stepwise::Ui
