// stamp (alembic-semantics.md §3.4): rows change by lineage, no migration runs. Follows
// Alembic's _stamp_revs and its head bookkeeping, with the ⚑ refusal of conflicting targets
// computed before anything is touched.
#include "planner.h"

#include "base/tr.h"
#include "revisiongraph.h"
#include "target.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

// Alembic replaces the multiple-heads message for stamp (§2.6).
Error stampError(const Error &e)
{
    if (!e.detail().startsWith(u"Multiple heads are present for given argument"_s))
        return e;
    Error m(ErrorCode::Target, u"Multiple heads are present; please specify a single target revision"_s);
    return m.withDetail(e.detail());
}

// filter_for_lineage(rows, arg, include_dependencies=True): the rows related to what `arg`
// names (its label and its revisions); an argument naming nothing (base) matches every row.
Result<QList<int>> rowsSharingLineage(const RevisionGraph &graph, const TargetResolver &resolver,
                                      const QList<int> &rows, const QString &arg)
{
    QList<int> against;
    const qsizetype at = arg.indexOf(u'@');
    const QString branch = at >= 0 ? arg.left(at) : QString();
    const QString symbol = at >= 0 ? arg.mid(at + 1) : arg;
    if (!branch.isEmpty()) {
        const Result<int> b = resolver.lookupOne(branch);
        if (!b)
            return b.error();
        if (*b >= 0)
            against.append(*b);
    }
    if (symbol == u"heads" || symbol == u"head") {
        const Result<QList<int>> r = resolver.lookup(arg);
        if (!r)
            return r.error();
        against.append(*r);
    } else if (symbol != u"base") {
        const Result<int> r = resolver.lookupOne(symbol);
        if (!r)
            return r.error();
        if (*r >= 0)
            against.append(*r);
    }
    if (against.isEmpty())
        return rows;
    QList<int> out;
    for (int row : rows)
        for (int a : std::as_const(against))
            if (graph.sharesLineage(row, a, true) && !out.contains(row)) {
                out.append(row);
                break;
            }
    return out;
}

} // namespace

Result<Plan> Planner::stamp(const RevisionGraph &graph, const QStringList &rowIds,
                            const QStringList &targetsIn, bool purge)
{
    if (!graph.isValid())
        return Error(ErrorCode::Graph, Tr::tr("The revision graph has errors"));
    const TargetResolver resolver(graph);
    Plan plan;
    plan.purge = purge;
    QList<int> rows;
    if (!purge) { // --purge empties the table first, unknown rows included
        const Result<QList<int>> r = resolver.rowIndices(rowIds);
        if (!r)
            return r.error();
        rows = *r;
    }
    const QStringList targets = targetsIn.isEmpty() ? QStringList{u"base"_s} : targetsIn;

    QList<int> from; // F of §3.4, in row order of discovery, no duplicates
    for (const QString &arg : targets) {
        if (arg.isEmpty())
            continue;
        const Result<QList<int>> related = rowsSharingLineage(graph, resolver, rows, arg);
        if (!related)
            return stampError(related.error());
        for (int r : *related)
            if (!from.contains(r))
                from.append(r);
    }
    QList<int> dests;
    for (const QString &arg : targets) {
        const Result<QList<int>> r = resolver.lookup(arg);
        if (!r)
            return stampError(r.error());
        dests.append(*r);
    }

    const Error conflict(ErrorCode::Target,
                         Tr::tr("Stamp targets %1 conflict; stamp them one at a time")
                             .arg(targets.join(u", "_s)));
    QList<int> current = rows;
    if (dests.isEmpty()) {
        for (int h : std::as_const(from)) {
            PlanStep step;
            step.direction = PlanStep::Stamp;
            step.fromIds = {graph.id(h)};
            step.rowChanges = {{RowChange::Delete, graph.id(h), {}}};
            current.removeOne(h);
            plan.steps.append(step);
        }
        plan.rowsAfter = graph.ids(current);
        return plan;
    }
    for (int z : std::as_const(dests)) {
        if (from.contains(z))
            continue;
        PlanStep step;
        step.direction = PlanStep::Stamp;
        step.toIds = {graph.id(z)};
        bool below = false, above = false;
        for (int h : std::as_const(from)) {
            below = below || graph.isAncestor(z, h, true);
            above = above || graph.isAncestor(h, z, true);
        }
        QList<RowChange> changes;
        if (below || above) {
            step.fromIds = graph.ids(from);
            bool someGone = false;
            for (int h : std::as_const(from))
                someGone = someGone || !current.contains(h);
            if (!below && someGone && !current.contains(z)) {
                changes.append({RowChange::Insert, {}, graph.id(z)});
            } else {
                for (qsizetype k = 0; k + 1 < from.size(); ++k)
                    changes.append({RowChange::Delete, graph.id(from.at(k)), {}});
                changes.append({RowChange::Update, graph.id(from.last()), graph.id(z)});
            }
        } else {
            changes.append({RowChange::Insert, {}, graph.id(z)});
        }
        for (const RowChange &c : std::as_const(changes)) {
            const int f = graph.indexOf(c.from), t = graph.indexOf(c.to);
            if (c.kind == RowChange::Insert) {
                if (current.contains(t))
                    return conflict; // ⚑ a destination given twice, or already placed
                current.append(t);
            } else if (!current.contains(f) || (c.kind == RowChange::Update && current.contains(t))) {
                return conflict; // ⚑ a row an earlier step of this command removed
            } else if (c.kind == RowChange::Delete) {
                current.removeOne(f);
            } else {
                current[current.indexOf(f)] = t;
            }
        }
        step.rowChanges = changes;
        plan.steps.append(step);
    }
    plan.rowsAfter = graph.ids(current);
    return plan;
}

} // namespace Stepwise::Core
