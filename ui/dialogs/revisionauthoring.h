#pragma once

#include "core/base/result.h"
#include "core/repository/revisionwriter.h"

#include <QString>

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
};

} // namespace Stepwise::Ui
