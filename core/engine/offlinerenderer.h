#pragma once

#include "core/base/result.h"
#include "core/engine/stepscript.h"
#include "core/engine/versionstore.h"
#include "core/graph/planner.h"

#include <QString>
#include <QStringList>

namespace Stepwise::Core {

class Dialect;
class RevisionGraph;

// Renders a plan as the complete SQL script an action would run (`--sql`, the GUI's preview):
// Alembic's offline layout (alembic-semantics §4.3) — every item followed by an empty line,
// BEGIN;/COMMIT; only where DDL is transactional, the heads table created when starting from
// no rows, `-- Running …` comments, the migration's statements, then the heads-table
// statements. Native projects also get Stepwise's history table and one history row per step;
// Alembic projects get exactly Alembic's text. Pure: no database.
class OfflineRenderer
{
public:
    struct Options
    {
        bool transactionPerMigration = true;
        bool historyTable = true;   // native projects: history DDL/DML included
        QString toolVersion;        // recorded in the history rows
        QString osUser;             // recorded in the history rows
        StepChecks checks;  // what the user confirmed (`--allow-empty-down`)
    };

    // The graph's revisions must be loaded with their sections (LoadOptions{false}).
    // startRows: the version-table rows the script assumes (empty = a new database).
    static Result<QString> render(const RevisionGraph &graph, const Plan &plan,
                                  const Dialect &dialect, const VersionTables &tables,
                                  const QStringList &startRows, const Options &options);

    // The statements one step sends (its section split for the dialect), or an error naming
    // file:line; an error too when a downgrade step has no down section (irreversible).
    static Result<QStringList> stepStatements(const RevisionGraph &graph, const PlanStep &step,
                                              const Dialect &dialect);
};

} // namespace Stepwise::Core
