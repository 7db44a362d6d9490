// Planner: every row of alembic-semantics.md §3.8 (graphs G1–G5 built in code), the plan
// ordering of §3.6 against its literal pseudo-code on random graphs, and stamp conflicts.
#include "core/graph/planner.h"
#include "core/graph/revisiongraph.h"
#include "tests/common/graphfixtures.h"
#include "tests/common/testsupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

using Stepwise::Test::rev;
using Stepwise::Test::semanticsGraph; // G1–G5 of §3.8

// "m: DEL c, UPD e->m; n: UPD m->n" — the notation of the §3.8 table.
QString describe(const Plan &plan)
{
    QStringList steps;
    for (const PlanStep &s : plan.steps) {
        QStringList changes;
        for (const RowChange &c : s.rowChanges) {
            if (c.kind == RowChange::Insert)
                changes.append(u"INS "_s + c.to);
            else if (c.kind == RowChange::Update)
                changes.append(u"UPD "_s + c.from + u"->"_s + c.to);
            else
                changes.append(u"DEL "_s + c.from);
        }
        const QString who = s.direction == PlanStep::Stamp ? u"stamp"_s : s.revision;
        steps.append(who + u": "_s + changes.join(u", "_s));
    }
    return steps.join(u"; "_s);
}

} // namespace

class tst_Planner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workedExamples_data();
    void workedExamples();
    void stepFromTo();
    void orderMatchesPseudoCode_data();
    void orderMatchesPseudoCode();
    void stampConflict();
    void modelCases_data();
    void modelCases();
};

void tst_Planner::workedExamples_data()
{
    QTest::addColumn<QString>("graph");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QStringList>("rowsAfter");
    QTest::addColumn<QString>("error");

    using L = QStringList;
    auto row = [](const char *name, const QString &g, const L &rows, const QString &cmd,
                  const L &targets, const QString &steps, const L &after,
                  const QString &error = {}) {
        QTest::newRow(name) << g << rows << cmd << targets << steps << after << error;
    };
    row("1 G1 upgrade +1", u"G1"_s, {}, u"upgrade"_s, {u"+1"_s}, u"a: INS a"_s, {u"a"_s});
    row("2 G1 upgrade +2", u"G1"_s, {u"a"_s}, u"upgrade"_s, {u"+2"_s}, u"b: UPD a->b; c: UPD b->c"_s,
        {u"c"_s});
    row("3 G1 downgrade -2", u"G1"_s, {u"c"_s}, u"downgrade"_s, {u"-2"_s},
        u"c: UPD c->b; b: UPD b->a"_s, {u"a"_s});
    row("4 G1 downgrade base", u"G1"_s, {u"a"_s}, u"downgrade"_s, {u"base"_s}, u"a: DEL a"_s, {});
    row("5 G1 upgrade a behind", u"G1"_s, {u"b"_s}, u"upgrade"_s, {u"a"_s}, QString(), {u"b"_s});
    row("6 G2 upgrade head", u"G2"_s, {}, u"upgrade"_s, {u"head"_s},
        u"a: INS a; d: UPD a->d; e: UPD d->e; b: INS b; c: UPD b->c; m: DEL c, UPD e->m; "
        u"n: UPD m->n"_s,
        {u"n"_s});
    row("7 G2 downgrade c", u"G2"_s, {u"n"_s}, u"downgrade"_s, {u"c"_s},
        u"n: UPD n->m; m: INS c, UPD m->e"_s, {u"e"_s, u"c"_s});
    row("8 G2 downgrade b", u"G2"_s, {u"e"_s, u"c"_s}, u"downgrade"_s, {u"b"_s}, u"c: UPD c->b"_s,
        {u"e"_s, u"b"_s});
    row("9 G2 downgrade a", u"G2"_s, {u"n"_s}, u"downgrade"_s, {u"a"_s},
        u"n: UPD n->m; m: INS c, UPD m->e; c: UPD c->b; b: DEL b; e: UPD e->d; d: UPD d->a"_s,
        {u"a"_s});
    row("10 G2 upgrade m", u"G2"_s, {u"b"_s}, u"upgrade"_s, {u"m"_s},
        u"d: INS d; e: UPD d->e; c: UPD b->c; m: DEL c, UPD e->m"_s, {u"m"_s});
    row("11 G2 upgrade +1", u"G2"_s, {u"c"_s}, u"upgrade"_s, {u"+1"_s},
        u"d: INS d; e: UPD d->e; m: DEL c, UPD e->m"_s, {u"m"_s});
    row("12 G2 stamp m", u"G2"_s, {u"c"_s, u"e"_s}, u"stamp"_s, {u"m"_s},
        u"stamp: DEL c, UPD e->m"_s, {u"m"_s});
    row("13 G2 stamp c", u"G2"_s, {u"m"_s}, u"stamp"_s, {u"c"_s}, u"stamp: UPD m->c"_s, {u"c"_s});
    row("14 G2 stamp e", u"G2"_s, {u"c"_s}, u"stamp"_s, {u"e"_s}, u"stamp: INS e"_s,
        {u"c"_s, u"e"_s});
    row("15 G2 stamp base", u"G2"_s, {u"c"_s, u"e"_s}, u"stamp"_s, {u"base"_s},
        u"stamp: DEL c; stamp: DEL e"_s, {});
    row("16 G2 stamp --purge c e", u"G2"_s, {u"n"_s}, u"stamp --purge"_s, {u"c"_s, u"e"_s},
        u"stamp: INS c; stamp: INS e"_s, {u"c"_s, u"e"_s});
    row("17 G3 upgrade feature@head", u"G3"_s, {}, u"upgrade"_s, {u"feature@head"_s},
        u"a: INS a; b: UPD a->b; d: UPD b->d; e: UPD d->e"_s, {u"e"_s});
    row("18 G3 upgrade c", u"G3"_s, {u"e"_s}, u"upgrade"_s, {u"c"_s}, u"c: INS c"_s,
        {u"e"_s, u"c"_s});
    row("19 G3 upgrade heads", u"G3"_s, {}, u"upgrade"_s, {u"heads"_s},
        u"a: INS a; b: UPD a->b; d: UPD b->d; e: UPD d->e; c: INS c"_s, {u"e"_s, u"c"_s});
    row("20 G3 downgrade b", u"G3"_s, {u"c"_s, u"e"_s}, u"downgrade"_s, {u"b"_s},
        u"c: DEL c; e: UPD e->d; d: UPD d->b"_s, {u"b"_s});
    row("21 G3 downgrade feature@-1", u"G3"_s, {u"d"_s, u"c"_s}, u"downgrade"_s,
        {u"feature@-1"_s}, u"d: DEL d"_s, {u"c"_s});
    row("22 G3 upgrade feature@+1", u"G3"_s, {u"c"_s}, u"upgrade"_s, {u"feature@+1"_s},
        u"d: INS d"_s, {u"c"_s, u"d"_s});
    row("23 G3 downgrade feature@b", u"G3"_s, {u"c"_s, u"e"_s}, u"downgrade"_s,
        {u"feature@b"_s}, u"e: UPD e->d; d: DEL d"_s, {u"c"_s});
    row("24 G3 downgrade feature@base", u"G3"_s, {u"c"_s, u"e"_s}, u"downgrade"_s,
        {u"feature@base"_s}, u"c: DEL c; e: UPD e->d; d: UPD d->b; b: UPD b->a; a: DEL a"_s, {});
    row("25 G3 stamp feature@base", u"G3"_s, {u"c"_s, u"e"_s}, u"stamp"_s, {u"feature@base"_s},
        u"stamp: DEL e"_s, {u"c"_s});
    row("26 G4 upgrade ybr@head", u"G4"_s, {}, u"upgrade"_s, {u"ybr@head"_s},
        u"x1: INS x1; x2: UPD x1->x2; y1: INS y1; y2: DEL y1, UPD x2->y2; y3: UPD y2->y3"_s,
        {u"y3"_s});
    row("27 G4 upgrade xbr@head", u"G4"_s, {u"y3"_s}, u"upgrade"_s, {u"xbr@head"_s},
        u"x3: INS x3"_s, {u"y3"_s, u"x3"_s});
    row("28 G4 downgrade xbr@-1", u"G4"_s, {u"y3"_s, u"x3"_s}, u"downgrade"_s, {u"xbr@-1"_s},
        u"x3: DEL x3"_s, {u"y3"_s});
    row("29 G4 downgrade -1", u"G4"_s, {u"y2"_s}, u"downgrade"_s, {u"-1"_s},
        u"y2: INS y1, UPD y2->x2"_s, {u"x2"_s, u"y1"_s});
    row("30 G4 downgrade x1", u"G4"_s, {u"y3"_s, u"x3"_s}, u"downgrade"_s, {u"x1"_s},
        u"x3: DEL x3; y3: UPD y3->y2; y2: INS y1, UPD y2->x2; x2: UPD x2->x1"_s,
        {u"x1"_s, u"y1"_s});
    row("31 G5 upgrade heads", u"G5"_s, {}, u"upgrade"_s, {u"heads"_s},
        u"r1: INS r1; p1: INS p1; r2: UPD r1->r2; r3: UPD r2->r3; q1: INS q1; "
        u"q2: DEL q1, UPD p1->q2"_s,
        {u"r3"_s, u"q2"_s});
    row("32 G5 downgrade r2", u"G5"_s, {u"r3"_s}, u"downgrade"_s, {u"r2"_s}, u"r3: UPD r3->r2"_s,
        {u"r2"_s});
    row("33 G2 downgrade -1 two rows", u"G2"_s, {u"c"_s, u"e"_s}, u"downgrade"_s, {u"-1"_s},
        u"c: UPD c->b"_s, {u"b"_s, u"e"_s});
    row("34 G2 upgrade head overlapping rows", u"G2"_s, {u"b"_s, u"a"_s}, u"upgrade"_s,
        {u"head"_s}, QString(), {u"b"_s, u"a"_s},
        u"Requested revision b overlaps with other requested revisions a"_s);
    // §2 / §3.3 consequences quoted with their evidence.
    row("s16 downgrade c@b", u"G3"_s, {u"c"_s, u"e"_s}, u"downgrade"_s, {u"c@b"_s},
        u"c: DEL c"_s, {u"e"_s});
    row("s16 downgrade e@b", u"G3"_s, {u"c"_s, u"e"_s}, u"downgrade"_s, {u"e@b"_s},
        u"e: UPD e->d; d: DEL d"_s, {u"c"_s});
    row("s16 downgrade core@b", u"G3"_s, {u"c"_s, u"e"_s}, u"downgrade"_s, {u"core@b"_s},
        QString(), {}, u"Not a valid downgrade target from current heads"_s);
    row("s04 downgrade xbr@base", u"G4"_s, {u"y3"_s, u"x3"_s}, u"downgrade"_s,
        {u"xbr@base"_s}, u"x3: DEL x3; y3: UPD y3->y2; y2: INS y1, UPD y2->x2; x2: UPD x2->x1; "
                         u"x1: DEL x1"_s,
        {u"y1"_s});
    row("s12 downgrade e from c", u"G2"_s, {u"c"_s}, u"downgrade"_s, {u"e"_s}, QString(), {},
        u"Destination e is not a valid downgrade target from current head(s)"_s);
    row("s02 stamp c from m", u"G2"_s, {u"m"_s}, u"stamp"_s, {u"c"_s}, u"stamp: UPD m->c"_s,
        {u"c"_s});
    row("unknown row", u"G2"_s, {u"zzzz"_s}, u"upgrade"_s, {u"heads"_s}, QString(), {},
        u"Can't locate revision identified by 'zzzz'"_s);
    row("unknown row purged", u"G2"_s, {u"zzzz"_s}, u"stamp --purge"_s, {u"a"_s},
        u"stamp: INS a"_s, {u"a"_s});
    row("multiple heads", u"G3"_s, {}, u"upgrade"_s, {u"core@head"_s}, QString(), {},
        u"Multiple head revisions are present for given argument 'core@head'; please specify a "
        u"specific target revision, '<branchname>@core@head' to narrow to a specific head, or "
        u"'heads' for all heads"_s);
    row("stamp multiple heads", u"G3"_s, {}, u"stamp"_s, {u"head"_s}, QString(), {},
        u"Multiple heads are present; please specify a single target revision"_s);
    row("upgrade -1", u"G1"_s, {u"b"_s}, u"upgrade"_s, {u"-1"_s}, QString(), {},
        u"Relative revision -1 didn't produce 1 migrations"_s);
    row("upgrade +5 overwalk", u"G1"_s, {u"b"_s}, u"upgrade"_s, {u"+5"_s}, QString(), {},
        u"Relative revision +5 didn't produce 5 migrations"_s);
    row("upgrade heads+1", u"G1"_s, {}, u"upgrade"_s, {u"heads+1"_s}, QString(), {},
        u"Relative revision heads+1 didn't produce 1 migrations"_s);
    row("upgrade b+1 at branch point", u"G2"_s, {}, u"upgrade"_s, {u"a+1"_s}, QString(), {},
        u"Ambiguous walk"_s);
    row("downgrade -1 through merge", u"G2"_s, {u"m"_s}, u"downgrade"_s, {u"m-1"_s}, QString(),
        {}, u"Ambiguous walk"_s);
    row("downgrade +1", u"G1"_s, {u"b"_s}, u"downgrade"_s, {u"+1"_s}, QString(), {},
        u"Relative revision +1 didn't produce 1 migrations"_s);
    row("upgrade d+1zzz ignores tail", u"G1"_s, {}, u"upgrade"_s, {u"c+1zzz"_s},
        u"a: INS a; b: UPD a->b; c: UPD b->c; d: UPD c->d"_s, {u"d"_s});
    row("downgrade head-2", u"G1"_s, {u"d"_s}, u"downgrade"_s, {u"head-2"_s},
        u"d: UPD d->c; c: UPD c->b"_s, {u"b"_s});
    row("stamp b d conflict", u"G2"_s, {u"c"_s, u"e"_s}, u"stamp"_s, {u"b"_s, u"d"_s}, QString(),
        {}, u"Stamp targets b, d conflict; stamp them one at a time"_s);
    row("stamp -2 with no rows (arguments resolved lazily)", u"G1"_s, {}, u"stamp"_s, {u"-2"_s},
        u"stamp: INS b"_s, {u"b"_s});
    // ⚑ Alembic asserts when a -N walk from a head lands on the base; Stepwise refuses.
    row("stamp -4 walks onto the base", u"G1"_s, {}, u"stamp"_s, {u"-4"_s}, QString(), {},
        u"Can't locate revision identified by '-4'"_s);
    row("stamp -3 stops at the base revision", u"G1"_s, {}, u"stamp"_s, {u"-3"_s},
        u"stamp: INS a"_s, {u"a"_s});
    row("stamp c c conflict", u"G2"_s, {}, u"stamp"_s, {u"c"_s, u"c"_s}, QString(), {},
        u"Stamp targets c, c conflict; stamp them one at a time"_s);
}

void tst_Planner::workedExamples()
{
    QFETCH(QString, graph);
    QFETCH(QStringList, rows);
    QFETCH(QString, command);
    QFETCH(QStringList, targets);
    QFETCH(QString, steps);
    QFETCH(QStringList, rowsAfter);
    QFETCH(QString, error);

    ErrorList errors;
    const RevisionGraph g = RevisionGraph::build(semanticsGraph(graph), &errors);
    QVERIFY(errors.isEmpty());
    Result<Plan> plan = command == u"upgrade" ? Planner::upgrade(g, rows, targets.first())
        : command == u"downgrade"             ? Planner::downgrade(g, rows, targets.first())
                                              : Planner::stamp(g, rows, targets,
                                                               command.endsWith(u"--purge"));
    if (!error.isEmpty()) {
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().message(), error);
        return;
    }
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message()));
    QCOMPARE(describe(*plan), steps);
    QCOMPARE(plan->rowsAfter, rowsAfter);
    QCOMPARE(plan->purge, command.endsWith(u"--purge"));
    // Example 33: the warning of §2.4 for -N with several rows.
    if (targets.first().startsWith(u'-') && rows.size() > 1)
        QCOMPARE(plan->warnings,
                 QStringList{u"downgrade -1 from multiple heads is ambiguous; this usage will be "
                             u"disallowed in a future release."_s});
    else
        QVERIFY(plan->warnings.isEmpty());
}

void tst_Planner::stepFromTo()
{
    // The "Running upgrade c, e -> m" sides: down_revision ids only, no dependencies.
    const RevisionGraph g2 = RevisionGraph::build(semanticsGraph(u"G2"_s), nullptr);
    const Result<Plan> up = Planner::upgrade(g2, {u"c"_s, u"e"_s}, u"m"_s);
    QVERIFY(up.ok());
    QCOMPARE(up->steps.size(), 1);
    QCOMPARE(up->steps.first().fromIds, (QStringList{u"c"_s, u"e"_s}));
    QCOMPARE(up->steps.first().toIds, QStringList{u"m"_s});
    const RevisionGraph g4 = RevisionGraph::build(semanticsGraph(u"G4"_s), nullptr);
    const Result<Plan> down = Planner::downgrade(g4, {u"y2"_s}, u"-1"_s);
    QVERIFY(down.ok());
    QCOMPARE(down->steps.first().fromIds, QStringList{u"y2"_s});
    QCOMPARE(down->steps.first().toIds, QStringList{u"y1"_s});
    const Result<Plan> st = Planner::stamp(g2, {u"c"_s, u"e"_s}, {u"m"_s});
    QVERIFY(st.ok());
    QCOMPARE(st->steps.first().direction, PlanStep::Stamp);
    QCOMPARE(st->steps.first().fromIds, (QStringList{u"c"_s, u"e"_s}));
    QCOMPARE(st->steps.first().toIds, QStringList{u"m"_s});
}

void tst_Planner::orderMatchesPseudoCode_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 40; ++seed)
        QTest::newRow(qPrintable(u"seed %1"_s.arg(seed))) << seed;
}

void tst_Planner::orderMatchesPseudoCode()
{
    // Random DAGs with merges, several bases and dependencies; every upgrade / downgrade
    // pending set of a random state must be ordered identically by both implementations.
    QFETCH(int, seed);
    QRandomGenerator rng(static_cast<quint32>(seed));
    const int n = 8 + int(rng.bounded(30));
    RevisionList revs;
    for (int i = 0; i < n; ++i) {
        QStringList parents, deps;
        if (i > 0 && rng.bounded(6) != 0) {
            parents.append(u"r%1"_s.arg(rng.bounded(i)));
            if (i > 1 && rng.bounded(4) == 0) {
                const QString second = u"r%1"_s.arg(rng.bounded(i));
                if (!parents.contains(second))
                    parents.append(second);
            }
        }
        if (i > 1 && rng.bounded(4) == 0)
            deps.append(u"r%1"_s.arg(rng.bounded(i)));
        revs.append(rev(u"r%1"_s.arg(i), parents, deps));
    }
    // Shuffle the load order: indices need not follow creation order.
    for (int i = n - 1; i > 0; --i)
        revs.swapItemsAt(i, int(rng.bounded(i + 1)));
    ErrorList errors;
    const RevisionGraph g = RevisionGraph::build(revs, &errors);
    QVERIFY(errors.isEmpty());
    int compared = 0;
    for (int trial = 0; trial < 30; ++trial) {
        QList<int> rows;
        for (int i = 0; i < g.size(); ++i)
            if (rng.bounded(5) == 0)
                rows.append(i);
        QList<int> targets;
        for (int i = 0; i < g.size(); ++i)
            if (rng.bounded(6) == 0)
                targets.append(i);
        // Upgrade: ancestors(targets) − ancestors(rows), started from the targets.
        std::vector<char> pending = g.ancestorMask(targets);
        const std::vector<char> applied = g.ancestorMask(rows);
        for (int i = 0; i < g.size(); ++i)
            pending[size_t(i)] = pending[size_t(i)] && !applied[size_t(i)];
        QCOMPARE(Planner::headFirstOrder(g, pending, targets),
                 Planner::headFirstOrderReference(g, pending, targets));
        // Downgrade: descendants(roots) ∩ applied, started from the rows.
        std::vector<char> drop = g.descendantMask(targets);
        for (int i = 0; i < g.size(); ++i)
            drop[size_t(i)] = drop[size_t(i)] && applied[size_t(i)];
        QCOMPARE(Planner::headFirstOrder(g, drop, rows),
                 Planner::headFirstOrderReference(g, drop, rows));
        compared += 2;
    }
    QCOMPARE(compared, 60);
}

void tst_Planner::stampConflict()
{
    // ⚑ Alembic commits "DEL c, UPD e->b" and then crashes; Stepwise refuses before any step.
    const RevisionGraph g = RevisionGraph::build(semanticsGraph(u"G2"_s), nullptr);
    const Result<Plan> p = Planner::stamp(g, {u"c"_s, u"e"_s}, {u"b"_s, u"d"_s});
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code(), ErrorCode::Target);
    // stamp c e from nothing is fine (two new rows).
    const Result<Plan> ok = Planner::stamp(g, {}, {u"c"_s, u"e"_s});
    QVERIFY(ok.ok());
    QCOMPARE(ok->rowsAfter, (QStringList{u"c"_s, u"e"_s}));
}

void tst_Planner::modelCases_data()
{
    // tests/data/graph/model_cases.txt: random graphs answered by the spec's executable model
    // (make_model_cases.py beside it). A row per graph (structure) and per planned command.
    QTest::addColumn<QStringList>("graphLines");
    QTest::addColumn<QString>("line");
    QFile f(Stepwise::Test::sourceDir() + u"/tests/data/graph/model_cases.txt"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QStringList graphLines;
    QString name;
    int cases = 0;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        if (line.startsWith(u"graph "_s)) {
            name = line;
            graphLines.clear();
        } else if (line.startsWith(u"rev "_s)) {
            graphLines.append(line);
        } else if (line.startsWith(u"heads "_s) || line.startsWith(u"case "_s)) {
            QTest::addRow("%s #%d", qPrintable(name), cases++) << graphLines << line;
        } else if (!line.startsWith(u"end"_s) && !line.isEmpty()) {
            QTest::addRow("%s #%d", qPrintable(name), cases++) << graphLines << line;
        }
    }
    QVERIFY(cases > 1000);
}

void tst_Planner::modelCases()
{
    QFETCH(QStringList, graphLines);
    QFETCH(QString, line);
    RevisionList revs;
    for (const QString &l : std::as_const(graphLines)) {
        const QStringList f = l.mid(4).split(u" | "_s);
        revs.append(rev(f.value(0).trimmed(), f.value(1).split(u' ', Qt::SkipEmptyParts),
                        f.value(2).split(u' ', Qt::SkipEmptyParts),
                        f.value(3).split(u' ', Qt::SkipEmptyParts)));
    }
    ErrorList errors;
    const RevisionGraph g = RevisionGraph::build(revs, &errors);
    QVERIFY(errors.isEmpty());
    const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
    if (words.first() == u"heads")
        QCOMPARE(g.ids(g.heads()), words.mid(1));
    else if (words.first() == u"realheads")
        QCOMPARE(g.ids(g.realHeads()), words.mid(1));
    else if (words.first() == u"bases")
        QCOMPARE(g.ids(g.bases()), words.mid(1));
    else if (words.first() == u"labels") {
        QStringList labels = g.labels(g.indexOf(words.at(1)));
        labels.sort(); // the model keeps sets; display order is tested elsewhere
        QCOMPARE(labels, words.mid(2));
    }
    if (words.first() != u"case")
        return;
    const QStringList f = line.mid(5).split(u" | "_s);
    const QString command = f.at(0);
    const QStringList rows = f.at(1).split(u' ', Qt::SkipEmptyParts);
    const QStringList targets = f.at(2).split(u' ', Qt::SkipEmptyParts);
    const Result<Plan> plan = command == u"upgrade" ? Planner::upgrade(g, rows, targets.first())
        : command == u"downgrade"                    ? Planner::downgrade(g, rows, targets.first())
                                                     : Planner::stamp(g, rows, targets);
    if (f.at(3) == u"conflict") {
        QVERIFY(!plan.ok());
        QVERIFY(plan.error().message().contains(u"conflict"_s));
        return;
    }
    if (f.at(3).startsWith(u"error "_s)) {
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().message(), f.at(3).mid(6));
        return;
    }
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message()));
    QCOMPARE(describe(*plan), f.at(3));
    QCOMPARE(plan->rowsAfter, f.value(4).split(u' ', Qt::SkipEmptyParts));
}

QTEST_GUILESS_MAIN(tst_Planner)
#include "tst_planner.moc"
