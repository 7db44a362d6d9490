#include "core/engine/stepscript.h"

#include "core/base/tr.h"
#include "core/db/dialect.h"
#include "core/graph/revisiongraph.h"
#include "core/sql/sqlscript.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

Result<StepScript> StepScript::forStep(const RevisionGraph &graph, const PlanStep &step,
                                       const Dialect &dialect, StepChecks checks)
{
    StepScript script;
    if (step.direction == PlanStep::Stamp)
        return script;
    const int r = graph.indexOf(step.revision);
    if (r < 0)
        return Error(ErrorCode::Graph, Tr::tr("Revision %1 is not in the project").arg(step.revision));
    const Revision &rev = graph.revision(r);
    script.file = rev.relativePath;
    if (rev.format == Revision::Format::Alembic)
        return Error(ErrorCode::Unsupported,
                     Tr::tr("Revision %1 is a Python (Alembic) revision: running Python revisions "
                            "is not supported yet; use alembic for upgrade and downgrade, or "
                            "stepwise stamp")
                         .arg(rev.id),
                     rev.relativePath);
    const bool up = step.direction == PlanStep::Up;
    const RevisionSection &section = up ? rev.up : rev.down;
    if (!up && !section.present)
        return Error(ErrorCode::Target,
                     Tr::tr("Revision %1 has no down section: it is irreversible, so the "
                            "downgrade stops before running anything")
                         .arg(rev.id),
                     rev.relativePath);
    if (!up && !checks.allowEmptyDown && graph.downUndoesNothing(r))
        return Error(ErrorCode::Target,
                     Tr::tr("Revision %1 has an empty down section: downgrading through it would "
                            "record it as undone while its changes stay in the database. Add "
                            "the statements that undo it, or confirm with --allow-empty-down")
                         .arg(rev.id),
                     rev.relativePath, rev.down.markerLine);
    script.checksum = rev.up.checksum;
    script.transactional = section.transactional;
    if (!section.present || section.text.trimmed().isEmpty())
        return script;
    const SqlSyntax syntax = sqlSyntaxFromName(dialect.splitterName());
    const Result<SqlScript> split = SqlScript::split(section.text, syntax, rev.relativePath,
                                                     section.firstLine);
    if (!split)
        return split.error();
    script.statements = split->statements();
    return script;
}

Result<QList<StepScript>> StepScript::forPlan(const RevisionGraph &graph, const Plan &plan,
                                              const Dialect &dialect, StepChecks checks)
{
    QList<StepScript> scripts;
    scripts.reserve(plan.steps.size());
    for (const PlanStep &step : plan.steps) {
        Result<StepScript> s = forStep(graph, step, dialect, checks);
        if (!s)
            return s.error();
        scripts << std::move(s).value();
    }
    return scripts;
}

QStringList StepScript::emptyDowns(const RevisionGraph &graph, const Plan &plan)
{
    QStringList ids;
    for (const PlanStep &step : plan.steps) {
        const int r = step.direction == PlanStep::Down ? graph.indexOf(step.revision) : -1;
        if (r >= 0 && graph.downUndoesNothing(r))
            ids << step.revision;
    }
    return ids;
}

QStringList StepScript::offlineStatements(const Dialect &dialect) const
{
    QStringList list;
    const bool mysql = sqlSyntaxFromName(dialect.splitterName()) == SqlSyntax::MySQL;
    for (const SqlStatement &s : statements) {
        if (mysql && s.text.contains(u';'))
            list << u"DELIMITER //\n"_s + s.text + u"//\nDELIMITER ;"_s;
        else
            list << s.text + u';';
    }
    return list;
}

} // namespace Stepwise::Core
