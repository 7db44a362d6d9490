// core/engine: RevisionStates, the one classification of revisions against a database state
// (Studio's node states and `stepwise check` both read it). Pure: graphs built in code.

#include "core/engine/databasestate.h"
#include "core/engine/revisionstates.h"
#include "core/graph/revisiongraph.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

// a ← b ← c ← d, and e on b (a second branch): native revisions with up-section checksums.
Revision native(const QString &id, const QStringList &parents)
{
    Revision r;
    r.id = id;
    r.parents = parents;
    r.message = u"rev "_s + id;
    r.relativePath = u"versions/"_s + id + u".sql"_s;
    r.up.present = true;
    r.up.checksum = u"sum-"_s + id;
    return r;
}

RevisionGraph graph()
{
    ErrorList errors;
    RevisionGraph g = RevisionGraph::build({native(u"a"_s, {}), native(u"b"_s, {u"a"_s}),
                                            native(u"c"_s, {u"b"_s}), native(u"d"_s, {u"c"_s}),
                                            native(u"e"_s, {u"b"_s})},
                                           &errors);
    Q_ASSERT(errors.isEmpty());
    return g;
}

HistoryEntry step(const QString &revision, HistoryDirection direction, HistoryStatus status)
{
    HistoryEntry e;
    e.revision = revision;
    e.direction = direction;
    e.status = status;
    return e;
}

QString states(const RevisionGraph &g, const RevisionStates &s)
{
    static const char *const names[] = {"unknown", "pending", "applied", "current",
                                        "drifted", "failed", "missing"};
    QStringList out;
    for (int i = 0; i < g.size(); ++i)
        out << g.id(i) + u'=' + QLatin1String(names[int(s.state(i))]);
    return out.join(u' ');
}

} // namespace

class tst_RevisionStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownWithoutDatabase();
    void classify_data();
    void classify();
    void driftListsBothChecksums();
    void missingFileRevisions();
    void failedOnlyWhenNotApplied();
};

void tst_RevisionStates::unknownWithoutDatabase()
{
    const RevisionGraph g = graph();
    const RevisionStates s = RevisionStates::unknown(g);
    QCOMPARE(states(g, s), u"a=unknown b=unknown c=unknown d=unknown e=unknown"_s);
    QCOMPARE(s.count(RevisionState::Unknown), 5);
    QVERIFY(s.drifted().isEmpty());
    QVERIFY(s.unknownHeads().isEmpty());
}

void tst_RevisionStates::classify_data()
{
    QTest::addColumn<QStringList>("heads");
    QTest::addColumn<QStringList>("applied"); // id=checksum recorded by its last upgrade
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty database") << QStringList() << QStringList()
                                    << u"a=pending b=pending c=pending d=pending e=pending"_s;
    QTest::newRow("at c: below applied, c current, rest pending")
        << QStringList{u"c"_s} << QStringList{u"a=sum-a"_s, u"b=sum-b"_s, u"c=sum-c"_s}
        << u"a=applied b=applied c=current d=pending e=pending"_s;
    QTest::newRow("two heads")
        << QStringList{u"d"_s, u"e"_s} << QStringList()
        << u"a=applied b=applied c=applied d=current e=current"_s;
    QTest::newRow("drifted: recorded checksum differs")
        << QStringList{u"c"_s} << QStringList{u"a=sum-a"_s, u"b=other"_s, u"c=sum-c"_s}
        << u"a=applied b=drifted c=current d=pending e=pending"_s;
    QTest::newRow("drifted head")
        << QStringList{u"c"_s} << QStringList{u"c=changed"_s}
        << u"a=applied b=applied c=drifted d=pending e=pending"_s;
    QTest::newRow("stamped: no checksum recorded, no drift")
        << QStringList{u"b"_s} << QStringList{u"b="_s}
        << u"a=applied b=current c=pending d=pending e=pending"_s;
    QTest::newRow("history knows e applied under a head whose file is gone")
        << QStringList{u"zz"_s} << QStringList{u"e=sum-e"_s}
        << u"a=applied b=applied c=pending d=pending e=applied"_s;
}

void tst_RevisionStates::classify()
{
    QFETCH(QStringList, heads);
    QFETCH(QStringList, applied);
    QFETCH(QString, expected);
    DatabaseState db;
    db.headsTableExists = true;
    db.heads = heads;
    for (const QString &a : applied)
        db.appliedChecksums.insert(a.section(u'=', 0, 0), a.section(u'=', 1));
    const RevisionGraph g = graph();
    const RevisionStates s = RevisionStates::classify(g, db);
    QCOMPARE(states(g, s), expected);
    int total = 0;
    for (RevisionState st : {RevisionState::Pending, RevisionState::Applied, RevisionState::Current,
                             RevisionState::Drifted, RevisionState::Failed})
        total += s.count(st);
    QCOMPARE(total, g.size());
}

void tst_RevisionStates::driftListsBothChecksums()
{
    DatabaseState db;
    db.heads = {u"d"_s};
    db.appliedChecksums = {{u"c"_s, u"old-c"_s}, {u"a"_s, u"old-a"_s}, {u"b"_s, u"sum-b"_s}};
    const RevisionGraph g = graph();
    const RevisionStates s = RevisionStates::classify(g, db);
    QCOMPARE(s.drifted().size(), 2);
    QCOMPARE(s.drifted().at(0).revision, u"a"_s); // by id
    QCOMPARE(s.drifted().at(0).appliedChecksum, u"old-a"_s);
    QCOMPARE(s.drifted().at(0).fileChecksum, u"sum-a"_s);
    QCOMPARE(s.drifted().at(0).relativePath, u"versions/a.sql"_s);
    QCOMPARE(s.drifted().at(1).revision, u"c"_s);
    QCOMPARE(s.count(RevisionState::Drifted), 2);
}

void tst_RevisionStates::missingFileRevisions()
{
    DatabaseState db;
    db.heads = {u"z9"_s, u"c"_s, u"y8"_s, u"z9"_s};
    db.appliedChecksums = {{u"x7"_s, u"s"_s}, {u"c"_s, u"sum-c"_s}, {u"w6"_s, u"s"_s}};
    const RevisionGraph g = graph();
    const RevisionStates s = RevisionStates::classify(g, db);
    // Heads rows no file defines, in table order, once each; applied ones sorted.
    QCOMPARE(s.unknownHeads(), (QStringList{u"z9"_s, u"y8"_s}));
    QCOMPARE(s.unknownApplied(), (QStringList{u"w6"_s, u"x7"_s}));
    QCOMPARE(s.count(RevisionState::Missing), 2);
    QCOMPARE(s.state(g.size()), RevisionState::Missing); // beyond the graph
    QCOMPARE(states(g, s), u"a=applied b=applied c=current d=pending e=pending"_s);
}

void tst_RevisionStates::failedOnlyWhenNotApplied()
{
    DatabaseState db;
    db.heads = {u"b"_s};
    db.history = {step(u"c"_s, HistoryDirection::Up, HistoryStatus::Failed),
                  step(u"e"_s, HistoryDirection::Up, HistoryStatus::Failed),
                  step(u"e"_s, HistoryDirection::Up, HistoryStatus::Ok),
                  step(u"b"_s, HistoryDirection::Up, HistoryStatus::Failed)};
    const RevisionGraph g = graph();
    const RevisionStates s = RevisionStates::classify(g, db);
    // c's last step failed: Failed. e's last step succeeded (then stamped away): Pending.
    // b failed last but is below a head: Current wins.
    QCOMPARE(states(g, s), u"a=applied b=current c=failed d=pending e=pending"_s);
    QCOMPARE(s.count(RevisionState::Failed), 1);
}

QTEST_APPLESS_MAIN(tst_RevisionStates)
#include "tst_revisionstates.moc"
