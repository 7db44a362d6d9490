// libFuzzer target: target texts on a fixed graph. The first line of the input is the target,
// the following lines are version-table rows. Besides crashes, hangs and leaks it checks what
// callers rely on: the parser's pieces are a prefix of the text, errors carry a CLI message,
// resolved revisions are valid indices and a plan's final rows are distinct revisions.
#include "core/graph/alembicformat.h"
#include "core/graph/planner.h"
#include "core/graph/revisiongraph.h"
#include "core/graph/targetresolver.h"

#include <QSet>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Stepwise::Core;

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

Revision rev(const char *id, QStringList parents = {}, QStringList deps = {},
             QStringList labels = {})
{
    Revision r;
    r.id = QString::fromLatin1(id);
    r.parents = std::move(parents);
    r.dependsOn = std::move(deps);
    r.branchLabels = std::move(labels);
    r.path = QStringLiteral("/fuzz/") + r.id + QStringLiteral(".py");
    return r;
}

const RevisionGraph &fixedGraph()
{
    // G2's merge, G3's labelled heads, G4's cross-branch dependency and a 12-hex-digit pair.
    static const RevisionGraph g = RevisionGraph::build(
        {rev("a", {}, {}, {QStringLiteral("core")}), rev("b", {QStringLiteral("a")}),
         rev("c", {QStringLiteral("b")}), rev("d", {QStringLiteral("a")}, {}, {QStringLiteral("feature")}),
         rev("e", {QStringLiteral("d")}), rev("m", {QStringLiteral("c"), QStringLiteral("e")}),
         rev("n", {QStringLiteral("m")}), rev("x1", {}, {}, {QStringLiteral("xbr")}),
         rev("x2", {QStringLiteral("x1")}), rev("y1", {}, {}, {QStringLiteral("ybr")}),
         rev("y2", {QStringLiteral("y1")}, {QStringLiteral("x2")}),
         rev("1a2b3c4d5e6f"), rev("1a2b9999aaaa", {QStringLiteral("1a2b3c4d5e6f")})},
        nullptr);
    return g;
}

void checkList(const RevisionGraph &g, const Result<QList<int>> &r)
{
    if (!r.ok()) {
        check(!r.error().message().isEmpty());
        return;
    }
    for (int i : *r)
        check(i >= 0 && i < g.size());
}

void checkPlan(const RevisionGraph &g, const Result<Plan> &p)
{
    if (!p.ok()) {
        check(!p.error().message().isEmpty());
        return;
    }
    check(QSet<QString>(p->rowsAfter.cbegin(), p->rowsAfter.cend()).size() == p->rowsAfter.size());
    for (const QString &row : p->rowsAfter)
        check(g.indexOf(row) >= 0);
    for (const PlanStep &s : p->steps)
        (void)AlembicFormat::runningLine(g, s);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList lines = input.split(QLatin1Char('\n'));
    const QString text = lines.takeFirst();
    const QStringList rows = lines.mid(0, 4);

    const TargetText t = TargetText::parse(text);
    if (t.relative) {
        const QString prefix = (t.hasBranch ? t.branch + QLatin1Char('@') : QString()) + t.symbol
            + t.stepsText;
        check(text.startsWith(prefix) && !t.stepsText.isEmpty());
    }

    const RevisionGraph &g = fixedGraph();
    const TargetResolver resolver(g);
    checkList(g, resolver.lookup(text));
    const Result<QList<int>> rowIndices = resolver.rowIndices(rows);
    checkList(g, rowIndices);
    const QList<int> known = rowIndices.ok() ? *rowIndices : QList<int>();
    checkList(g, resolver.resolveUpgrade(text, known));
    (void)resolver.resolveDowngrade(text, known);
    checkList(g, resolver.historyRange(text, known));
    checkPlan(g, Planner::upgrade(g, rows, text));
    checkPlan(g, Planner::downgrade(g, rows, text));
    checkPlan(g, Planner::stamp(g, rows, text.split(QLatin1Char(' '))));
    (void)AlembicFormat::show(g, text, rows);
    return 0;
}
