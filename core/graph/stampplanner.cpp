// stamp (alembic-semantics.md §3.4): rows change by lineage, no migration runs. Follows
// Alembic's _stamp_revs and its head bookkeeping, with the ⚑ refusal of conflicting targets
// computed before anything is touched.
#include "core/graph/stampplanner.h"

#include "core/base/tr.h"
#include "core/graph/revisiongraph.h"
#include "core/graph/targetresolver.h"

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
    // Alembic resolves an argument's label and revision only while testing rows against it
    // (a lazy generator in filter_for_lineage): with no rows, `-2` or an ambiguous prefix is
    // never looked up here, and the destinations' lookup reports first. `head`/`heads` are
    // resolved eagerly, as Alembic's _resolve_revision_number does.
    const bool lazy = rows.isEmpty();
    if (!branch.isEmpty() && !lazy) {
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
    } else if (symbol != u"base" && !lazy) {
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

// ⚑ A bare `-N` (or `L@-N`) whose walk from a head ends on the base marker — the head is
// fewer than N steps above its base — makes Alembic's stamp crash (is_revision assertion on
// 'base'); Stepwise refuses the stamp before anything changes.
Result<void> checkRelativeDestination(const RevisionGraph &graph, const TargetResolver &resolver,
                                      const QString &arg)
{
    const qsizetype at = arg.lastIndexOf(u'@');
    const QString branch = at >= 0 ? arg.left(at) : QString();
    const QString symbol = at >= 0 ? arg.mid(at + 1) : arg;
    bool ok = false;
    const qint64 n = symbol.toLongLong(&ok);
    if (!ok || n >= 0)
        return {};
    for (int h : graph.realHeads()) {
        if (!branch.isEmpty() && !graph.hasLabel(h, branch))
            continue;
        const Result<QList<int>> w = resolver.walk(h, n, {}, true);
        if (!w)
            return w.error();
        if (w->contains(TargetResolver::BaseMarker))
            return Error(ErrorCode::Target, u"Can't locate revision identified by '%1'"_s.arg(arg))
                .withDetail(u"Walking %1 from head %2 reaches the base: there is no revision to "
                            "stamp there"_s.arg(symbol, graph.id(h)));
    }
    return {};
}

// The statements stamping destination z from the rows F (§3.4 step 3), given the rows as the
// earlier destinations of this command left them.
bool related(const RevisionGraph &graph, const QList<int> &from, int z)
{
    for (int h : from)
        if (graph.sharesLineage(h, z, true))
            return true;
    return false;
}

QList<RowChange> stampChanges(const RevisionGraph &graph, const QList<int> &from, int z,
                              const QList<int> &current)
{
    if (!related(graph, from, z)) // a branch not represented: a new row
        return {{RowChange::Insert, {}, graph.id(z)}};
    bool below = false;
    for (int h : from)
        below = below || graph.isAncestor(z, h, true);
    bool someGone = false;
    for (int h : from)
        someGone = someGone || !current.contains(h);
    if (!below && someGone && !current.contains(z))
        return {{RowChange::Insert, {}, graph.id(z)}};
    QList<RowChange> changes;
    for (qsizetype k = 0; k + 1 < from.size(); ++k)
        changes.append({RowChange::Delete, graph.id(from.at(k)), {}});
    changes.append({RowChange::Update, graph.id(from.last()), graph.id(z)});
    return changes;
}

// Applies the changes to the rows; false when one would touch a row an earlier step removed,
// or create one that exists (⚑ §3.4: the whole stamp is then refused).
bool applyStamp(const RevisionGraph &graph, const QList<RowChange> &changes, QList<int> &current)
{
    for (const RowChange &c : changes) {
        const int f = graph.indexOf(c.from), t = graph.indexOf(c.to);
        if (c.kind == RowChange::Insert) {
            if (current.contains(t))
                return false;
            current.append(t);
        } else if (!current.contains(f) || (c.kind == RowChange::Update && current.contains(t))) {
            return false;
        } else if (c.kind == RowChange::Delete) {
            current.removeOne(f);
        } else {
            current[current.indexOf(f)] = t;
        }
    }
    return true;
}

} // namespace

Result<Plan> StampPlanner::plan(const RevisionGraph &graph, const QStringList &rowIds,
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
    QList<int> dests;
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
    for (const QString &arg : targets) {
        if (Result<void> c = checkRelativeDestination(graph, resolver, arg); !c)
            return c.error();
        const Result<QList<int>> r = resolver.lookup(arg);
        if (!r)
            return stampError(r.error());
        dests.append(*r);
    }
    QList<int> current = rows;
    if (dests.isEmpty()) { // everything is base: delete the related rows, one step each
        for (int h : std::as_const(from)) {
            plan.steps.append({{}, PlanStep::Stamp, {graph.id(h)}, {},
                               {{RowChange::Delete, graph.id(h), {}}}});
            current.removeOne(h);
        }
        plan.rowsAfter = graph.ids(current);
        return plan;
    }
    for (int z : std::as_const(dests)) {
        if (from.contains(z))
            continue; // already a row
        PlanStep step{{}, PlanStep::Stamp, {}, {graph.id(z)}, stampChanges(graph, from, z, current)};
        // "Running stamp_revision c, e -> b": the rows F, unless z starts a new branch.
        if (related(graph, from, z))
            step.fromIds = graph.ids(from);
        if (!applyStamp(graph, step.rowChanges, current))
            return Error(ErrorCode::Target,
                         Tr::tr("Stamp targets %1 conflict; stamp them one at a time")
                             .arg(targets.join(u", "_s)));
        plan.steps.append(step);
    }
    plan.rowsAfter = graph.ids(current);
    return plan;
}

} // namespace Stepwise::Core
