#pragma once

#include "core/base/result.h"
#include "core/db/connectionurl.h"
#include "core/engine/alembicdriver.h"
#include "core/repository/revisionwriter.h"

#include <QString>

#include <optional>

namespace Stepwise::Core {
class RevisionGraph;
}

namespace Stepwise::Ui {

// What the New revision and Merge heads dialogs share: the core's checks of a candidate
// revision (the graph rebuilt with it, as `stepwise revision` does before writing) and the
// write itself. Stateless.
class RevisionAuthoring
{
public:
    // Every reason the candidate cannot be written, one per line; empty when it can.
    static QString problems(const Core::Project &project, const Core::NewRevision &candidate);
    // Checks, then writes the file next to its first parent when the project has several
    // version locations (as the CLI does). Returns the absolute path written.
    static Core::Result<QString> write(const Core::Project &project,
                                       const Core::RevisionGraph &graph,
                                       const Core::NewRevision &candidate);

    // An Alembic project's revisions are written by its own Alembic (its script.py.mako,
    // file_template and hooks apply): the Python to start and the database autogenerate
    // compares with (none: the project's own).
    struct Alembic
    {
        Core::PythonSetup python;
        std::optional<Core::ConnectionUrl> url;
    };
    // Checks, then `alembic revision` (one parent or none; `autogenerate` compares the models
    // with the database) or `alembic merge` (several parents) through the driver, keeping the
    // candidate's id. Blocks while Python runs: call it off the GUI thread. Returns the file.
    static Core::Result<QString> writeThroughAlembic(const Core::Project &project,
                                                     const Core::RevisionGraph &graph,
                                                     const Core::NewRevision &candidate,
                                                     const Alembic &alembic, bool autogenerate);
};

} // namespace Stepwise::Ui
