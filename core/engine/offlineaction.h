#pragma once

#include "core/base/result.h"
#include "core/engine/stepscript.h"
#include "core/graph/planner.h"

#include <QString>
#include <QStringList>

namespace Stepwise::Core {

class ConnectionUrl;
class Dialect;
struct PythonSetup;
class RevisionGraph;
struct ProjectConfig;

// The use case "show the SQL an action would run": `stepwise upgrade|downgrade|stamp … --sql`
// and Studio's preview and run confirmation both come here, so the two are the same text byte
// for byte. An action is a command, its targets and the heads rows the script starts from
// (empty: a new database). Pure: no database, no file system.
class OfflineAction
{
public:
    OfflineAction() = default;
    OfflineAction(Planner::Command command, QStringList targets, QStringList startRows = {});

    // The command line's forms (alembic-semantics §2.5, §4.3): "rev", or "from:to" where the one
    // FROM revision (resolved in the graph; "base" or empty means no rows) is where the script
    // starts. Errors are Alembic's texts.
    static Result<OfflineAction> fromTargetTexts(const RevisionGraph &graph,
                                                 Planner::Command command,
                                                 const QStringList &texts);

    Planner::Command command() const { return m_command; }
    const QStringList &targets() const { return m_targets; }
    const QStringList &startRows() const { return m_startRows; }
    // What the user confirmed (`--allow-empty-down`, Studio's confirmation).
    void setChecks(StepChecks checks) { m_checks = checks; }

    struct Script
    {
        Plan plan;   // the steps in order (the CLI prints a "Running …" line per step)
        QString sql; // the whole script
        // Alembic projects: why the script stops short (a revision or env.py that needs a live
        // connection); the steps left are comments at its end. Empty when complete.
        QString incomplete;
    };
    // Plans from the start rows and renders the script for `dialect` with the project's
    // settings (transaction per migration, version tables, history rows for native projects).
    // The graph must be built from a project loaded with its sections (LoadOptions{false}).
    Result<Script> render(const RevisionGraph &graph, const ProjectConfig &config,
                          const Dialect &dialect) const;

    // Alembic projects: the same action rendered by Alembic's own offline mode, run by the
    // project's Python (AlembicDriver; not pure: it starts a process). `url` names the dialect
    // and is what a plain Alembic env.py receives as sqlalchemy.url.
    Result<Script> renderThroughAlembic(const RevisionGraph &graph, const ProjectConfig &config,
                                        const ConnectionUrl &url, const PythonSetup &python) const;

private:
    Planner::Command m_command = Planner::Command::Upgrade;
    QStringList m_targets;
    QStringList m_startRows;
    StepChecks m_checks;
};

} // namespace Stepwise::Core
