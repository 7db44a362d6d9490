// AlembicFormat against Alembic itself: every heads / branches / history / show / current
// command recorded in tests/data/graph/evidence/<scenario>/*.log is replayed on the graph
// rebuilt from that scenario's revision files, and the text compared with Alembic's stdout.
// Orders that the spec fixes differently (⚑ label order, children in load order, current in
// load order) are compared as sets; everything else byte for byte.
#include "core/graph/alembicformat.h"
#include "core/graph/planner.h"
#include "core/graph/revisiongraph.h"
#include "tests/common/testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

QString evidenceDir()
{
    return Stepwise::Test::sourceDir() + u"/tests/data/graph/evidence"_s;
}

QStringList pythonStrings(const QString &value)
{
    static const QRegularExpression str(u"'([^']*)'|\"([^\"]*)\""_s);
    QStringList out;
    for (auto it = str.globalMatch(value); it.hasNext();) {
        const auto m = it.next();
        out.append(m.capturedStart(1) >= 0 ? m.captured(1) : m.captured(2));
    }
    return out;
}

// A deliberately small reader for the generated evidence files (the real one is core/repository).
RevisionList readScenario(const QString &scenario)
{
    RevisionList revs;
    QDir dir(evidenceDir() + u'/' + scenario + u"/versions"_s);
    // Runs of Alembic 1.8.1 loaded files in directory-listing order, which the log records;
    // the "head" runs sort them by name, as Stepwise does.
    QStringList names = dir.entryList({u"*.py"_s}, QDir::Files, QDir::Name);
    QString project = scenario + u".head"_s;
    QFile log(evidenceDir() + u'/' + scenario + u"/alembic.log"_s);
    if (log.open(QIODevice::ReadOnly)) {
        const QString header = QString::fromUtf8(log.read(1000));
        static const QRegularExpression listing(u"files in directory order \\(os.listdir\\): \\[(.*)\\]"_s);
        if (header.contains(u"alembic 1.8.1"_s)) {
            project = QString(scenario).remove(u".v181"_s);
            names = pythonStrings(listing.match(header).captured(1));
        }
    }
    static const QRegularExpression assign(
        u"^(revision|down_revision|branch_labels|depends_on)\\s*(?::[^=]*)?=\\s*(.*)$"_s);
    for (const QString &name : std::as_const(names)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        Revision r;
        r.format = Revision::Format::Alembic;
        r.path = u"<evidence>/projects/%1/migrations/versions/%2"_s.arg(project, name);
        if (text.startsWith(u"\"\"\""_s)) {
            const qsizetype end = text.indexOf(u"\"\"\""_s, 3);
            r.longDoc = text.mid(3, end - 3).trimmed();
            const qsizetype para = r.longDoc.indexOf(u"\n\n"_s);
            r.message = para < 0 ? r.longDoc : r.longDoc.left(para);
        }
        for (const QString &line : text.split(u'\n')) {
            const auto m = assign.match(line);
            if (!m.hasMatch())
                continue;
            const QStringList values = pythonStrings(m.captured(2));
            if (m.captured(1) == u"revision")
                r.id = values.value(0);
            else if (m.captured(1) == u"down_revision")
                r.parents = values;
            else if (m.captured(1) == u"branch_labels")
                r.branchLabels = values;
            else
                r.dependsOn = values;
        }
        revs.append(r);
    }
    return revs;
}

struct Recorded
{
    QString command;
    QStringList rows;
    QString output;
    int exitCode = 0;
};

QList<Recorded> readLog(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<Recorded> out;
    QStringList rows;
    Recorded *cur = nullptr;
    QStringList lines;
    static const QRegularExpression rowsRe(u"^## (?:rows before: |set alembic_version rows to )\\[(.*)\\]$"_s);
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        if (cur) {
            if (line.startsWith(u"[exit "_s)) {
                cur->exitCode = line.mid(6, line.size() - 7).toInt();
                cur->output = lines.join(u'\n');
                cur = nullptr;
            } else if (!line.startsWith(u"INFO  ["_s) && !line.startsWith(u"ERROR ["_s)
                       && !line.startsWith(u"    [sql]"_s)
                       && !line.startsWith(u"    [tx]"_s)) {
                lines.append(line);
            }
            continue;
        }
        const auto m = rowsRe.match(line);
        if (m.hasMatch()) {
            rows = m.captured(1).isEmpty() ? QStringList() : m.captured(1).split(u", "_s);
        } else if (line.startsWith(u"## rows before: (no database file)"_s)) {
            rows.clear();
        } else if (line.startsWith(u"$ alembic "_s)) {
            out.append({line.mid(10), rows, {}, -1});
            cur = &out.last();
            lines.clear();
        }
    }
    return out;
}

// Sorts the items of label-like lists and the "   -> child" runs of branches, whose order
// the spec fixes differently from Alembic's hash order (⚑ §1.6, §1.3, §5.6).
QString normalized(const QString &text, bool sortAllLines)
{
    static const QRegularExpression group(u"\\(([^()]*, [^()]*)\\)"_s);
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        for (const QString &prefix : {u"Branch names: "_s, u"Branches into: "_s}) {
            if (line.startsWith(prefix)) {
                QStringList items = line.mid(prefix.size()).split(u", "_s);
                items.sort();
                line = prefix + items.join(u", "_s);
            }
        }
        // History lines: the "(deps)" group before " -> " keeps its written order.
        QString head;
        if (const qsizetype arrow = line.indexOf(u" -> "_s);
            arrow >= 0 && !line.trimmed().startsWith(u"->"_s)) {
            head = line.left(arrow + 4);
            line = line.mid(arrow + 4);
        }
        QString rebuilt = head;
        qsizetype last = 0;
        for (auto it = group.globalMatch(line); it.hasNext();) {
            const auto m = it.next();
            QStringList items = m.captured(1).split(u", "_s);
            items.sort();
            rebuilt += line.mid(last, m.capturedStart(0) - last) + u'(' + items.join(u", "_s) + u')';
            last = m.capturedEnd(0);
        }
        line = rebuilt + line.mid(last);
    }
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype j = i;
        while (j < lines.size() && lines.at(j).trimmed().startsWith(u"-> "_s))
            ++j;
        if (j > i + 1)
            std::sort(lines.begin() + i, lines.begin() + j);
        i = std::max(j, i + 1);
    }
    if (sortAllLines)
        lines.sort();
    return lines.join(u'\n');
}

// Runs one recorded command; returns Alembic-like stdout ("FAILED: …" for errors).
bool replay(const RevisionGraph &g, const Recorded &rec, QString *output)
{
    QStringList args = rec.command.split(u' ', Qt::SkipEmptyParts);
    const QString cmd = args.takeFirst();
    const bool verbose = args.removeAll(u"-v"_s) > 0;
    Result<QString> text = QString();
    if (cmd == u"heads") {
        text = AlembicFormat::heads(g, verbose, args.removeAll(u"--resolve-dependencies"_s) > 0);
    } else if (cmd == u"branches") {
        text = AlembicFormat::branches(g, verbose);
    } else if (cmd == u"show" && args.size() == 1) {
        text = AlembicFormat::show(g, args.first(), rec.rows);
    } else if (cmd == u"current") {
        const QString url = u"sqlite:///db.sqlite"_s;
        text = AlembicFormat::current(g, rec.rows, verbose, url);
    } else if (cmd == u"history") {
        const bool current = args.removeAll(u"-i"_s) + args.removeAll(u"--indicate-current"_s) > 0;
        QString range;
        if (!args.isEmpty()) {
            QString a = args.join(u' ');
            for (const QString &p : {u"--rev-range="_s, u"--rev-range "_s, u"-r "_s, u"-r"_s})
                if (a.startsWith(p)) {
                    a = a.mid(p.size());
                    break;
                }
            range = a.startsWith(u'=') ? a.mid(1) : a;
        }
        text = AlembicFormat::history(g, range, verbose, current, rec.rows);
    } else {
        return false;
    }
    if (!text.ok())
        *output = u"FAILED: "_s + text.error().message();
    else
        *output = *text;
    while (output->endsWith(u'\n'))
        output->chop(1); // the evidence runner strips trailing newlines
    return true;
}

} // namespace

class tst_AlembicFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evidence_data();
    void evidence();
    void evidencePlans_data();
    void evidencePlans();
    void oddSpacing();
    void runningLines();
};

void tst_AlembicFormat::evidence_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("expected");
    int count = 0;
    const QDir dir(evidenceDir());
    for (const QString &scenario : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const QString &log : QDir(dir.filePath(scenario)).entryList({u"*.log"_s}, QDir::Files)) {
            int n = 0;
            for (const Recorded &rec : readLog(dir.filePath(scenario) + u'/' + log)) {
                ++n;
                if (rec.exitCode != 0 && rec.exitCode != 255)
                    continue; // argparse usage errors and Python tracebacks
                if (log != u"alembic.log" && rec.command.contains(u"-v"_s))
                    continue; // other logs ran on a project whose files are not copied here
                static const QRegularExpression kinds(u"^(heads|branches|history|show|current)\\b"_s);
                if (!kinds.match(rec.command).hasMatch())
                    continue;
                QTest::addRow("%s/%s#%d %s", qPrintable(scenario), qPrintable(log), n,
                              qPrintable(rec.command))
                    << scenario << rec.command << rec.rows << rec.output;
                ++count;
            }
        }
    }
    QVERIFY2(count > 80, "the evidence logs were not found");
}

void tst_AlembicFormat::evidence()
{
    QFETCH(QString, scenario);
    QFETCH(QString, command);
    QFETCH(QStringList, rows);
    QFETCH(QString, expected);
    ErrorList errors;
    const RevisionGraph g = RevisionGraph::build(readScenario(scenario), &errors);
    QVERIFY(errors.isEmpty());
    QString actual;
    QVERIFY(replay(g, {command, rows, {}, 0}, &actual));
    // Alembic lists `current` in hash order; ⚑ Stepwise uses load order.
    const bool unordered = command.startsWith(u"current"_s) && !command.contains(u"-v"_s);
    if (command.startsWith(u"current -v"_s)) {
        // Compare entry by entry, as sets.
        auto entries = [](const QString &t) {
            QStringList e = t.split(u"\nRev: "_s);
            for (QString &entry : e)
                while (entry.endsWith(u'\n'))
                    entry.chop(1);
            e.sort();
            return e;
        };
        QCOMPARE(entries(actual), entries(expected));
        return;
    }
    QCOMPARE(normalized(actual, unordered), normalized(expected, unordered));
}

void tst_AlembicFormat::evidencePlans_data()
{
    // Every online upgrade / downgrade / stamp of the evidence logs: Alembic's "Running …"
    // lines (the plan, in order), its warning and FAILED lines, and the rows after as a set
    // (⚑ §3.5: which row Stepwise updates may differ where Alembic follows hash order).
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QStringList>("running");
    QTest::addColumn<QStringList>("rowsAfter");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<bool>("warned");
    static const QRegularExpression rowsRe(u"^## rows (before|after): \\[(.*)\\]$"_s);
    static const QRegularExpression cmdRe(u"^\\$ alembic (upgrade|downgrade|stamp)( [^-][^ ]*| -[0-9][^ ]*)+$"_s);
    const QDir dir(evidenceDir());
    int count = 0;
    for (const QString &scenario : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile f(dir.filePath(scenario) + u"/alembic.log"_s);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QStringList rows, running;
        QString command, failure;
        bool inCommand = false, warned = false;
        int exitCode = 0;
        for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
            const auto rm = rowsRe.match(line);
            if (!inCommand && line.startsWith(u"## rows before: (no database file)"_s)) {
                rows.clear();
            } else if (!inCommand && rm.hasMatch() && rm.captured(1) == u"before") {
                rows = rm.captured(2).isEmpty() ? QStringList() : rm.captured(2).split(u", "_s);
            } else if (!inCommand && cmdRe.match(line).hasMatch()) {
                inCommand = true;
                command = line.mid(10);
                running.clear();
                failure.clear();
                warned = false;
            } else if (inCommand && line.startsWith(u"INFO  [alembic.runtime.migration] Running "_s)) {
                running.append(line.mid(34));
            } else if (inCommand && line.startsWith(u"FAILED: "_s)) {
                failure = line.mid(8);
            } else if (inCommand && line.contains(u"UserWarning: downgrade -1"_s)) {
                warned = true;
            } else if (inCommand && line.startsWith(u"[exit "_s)) {
                exitCode = line.mid(6, line.size() - 7).toInt();
            } else if (inCommand && rm.hasMatch() && rm.captured(1) == u"after") {
                inCommand = false;
                if (exitCode != 0 && exitCode != 255)
                    continue; // Alembic crashed: the spec's ⚑ rules apply instead
                const QStringList after =
                    rm.captured(2).isEmpty() ? QStringList() : rm.captured(2).split(u", "_s);
                QTest::addRow("%s %s %s", qPrintable(scenario), qPrintable(rows.join(u',')),
                              qPrintable(command))
                    << scenario << command << rows << running << after << failure << warned;
                ++count;
                rows = after;
            }
        }
    }
    QVERIFY(count > 50);
}

void tst_AlembicFormat::evidencePlans()
{
    QFETCH(QString, scenario);
    QFETCH(QString, command);
    QFETCH(QStringList, rows);
    QFETCH(QStringList, running);
    QFETCH(QStringList, rowsAfter);
    QFETCH(QString, failure);
    QFETCH(bool, warned);
    const RevisionGraph g = RevisionGraph::build(readScenario(scenario), nullptr);
    QVERIFY(g.isValid());
    QStringList args = command.split(u' ');
    const QString verb = args.takeFirst();
    const bool purge = args.removeAll(u"--purge"_s) > 0;
    const Result<Plan> plan = verb == u"upgrade" ? Planner::upgrade(g, rows, args.value(0))
        : verb == u"downgrade"                   ? Planner::downgrade(g, rows, args.value(0))
                                                 : Planner::stamp(g, rows, args, purge);
    if (!failure.isEmpty()) {
        QVERIFY2(!plan.ok(), qPrintable(failure));
        QCOMPARE(plan.error().message(), failure);
        return;
    }
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message()));
    QStringList lines;
    for (const PlanStep &s : plan->steps)
        lines.append(AlembicFormat::runningLine(g, s));
    QCOMPARE(lines, running);
    // ⚑ §3.5 "redundant dependency on downgrade" (r3: down r2, depends_on r1): Alembic leaves
    // r1 beside r2 (1.8.1 always, current Alembic when another row exists); Stepwise only r2.
    if (scenario.startsWith(u"s05_effective_head"_s) && rowsAfter.contains(u"r1"_s)
        && rowsAfter.contains(u"r2"_s))
        rowsAfter.removeOne(u"r1"_s);
    QStringList after = plan->rowsAfter, expected = rowsAfter;
    after.sort();
    expected.sort();
    QCOMPARE(after, expected);
    QCOMPARE(!plan->warnings.isEmpty(), warned);
}

void tst_AlembicFormat::oddSpacing()
{
    // §5.1/§5.2: empty message → trailing ", "; no docstring → three empty lines after Path:;
    // a multi-line first paragraph keeps its newline; blank doc lines become four spaces.
    Revision a;
    a.id = u"f08"_s;
    a.path = u"/abs/versions/f08.py"_s;
    Revision b;
    b.id = u"f09"_s;
    b.parents = {u"f08"_s};
    b.path = u"/abs/versions/f09.py"_s;
    b.message = u"first line\nsecond line"_s;
    b.longDoc = u"first line\nsecond line\n\nmore"_s;
    const RevisionGraph g = RevisionGraph::build({a, b}, nullptr);
    const Result<QString> h = AlembicFormat::history(g, QString(), false, false, {});
    QVERIFY(h.ok());
    QCOMPARE(*h, u"f08 -> f09 (head), first line\nsecond line\n<base> -> f08, \n"_s);
    QCOMPARE(AlembicFormat::verbose(g, 0),
             u"Rev: f08\nParent: <base>\nPath: /abs/versions/f08.py\n\n\n\n"_s);
    QCOMPARE(AlembicFormat::verbose(g, 1),
             u"Rev: f09 (head)\nParent: f08\nPath: /abs/versions/f09.py\n\n    first line\n"
             u"    second line\n    \n    more\n\n"_s);
    // branches: as many spaces as the id has characters, then " -> ".
    Revision c;
    c.id = u"f10"_s;
    c.parents = {u"f08"_s};
    const RevisionGraph g2 = RevisionGraph::build({a, b, c}, nullptr);
    QCOMPARE(AlembicFormat::branches(g2, false),
             u"f08 (branchpoint)\n    -> f09 (head)\n    -> f10 (head)\n\n"_s);
    const Result<QString> cur = AlembicFormat::current(g2, {u"f09"_s}, true,
                                                       u"postgresql://u:XXXXX@h/db"_s);
    QVERIFY(cur.ok());
    QVERIFY(cur->startsWith(u"Current revision(s) for postgresql://u:XXXXX@h/db:\nRev: f09 (head)\n"_s));
    const Result<QString> none = AlembicFormat::current(g2, {}, false, {});
    QVERIFY(none.ok());
    QCOMPARE(*none, QString());
}

void tst_AlembicFormat::runningLines()
{
    Revision a, b, m, c;
    a.id = u"a"_s;
    a.message = u"create accounts"_s;
    b.id = u"b"_s;
    b.parents = {u"a"_s};
    c.id = u"c"_s;
    c.parents = {u"a"_s};
    m.id = u"m"_s;
    m.parents = {u"b"_s, u"c"_s};
    m.message = u"merge left and right"_s;
    const RevisionGraph g = RevisionGraph::build({a, b, c, m}, nullptr);
    const Result<Plan> up = Planner::upgrade(g, {}, u"heads"_s);
    QVERIFY(up.ok());
    QStringList lines;
    for (const PlanStep &s : up->steps)
        lines.append(AlembicFormat::runningLine(g, s));
    QCOMPARE(lines, (QStringList{u"Running upgrade  -> a, create accounts"_s,
                                 u"Running upgrade a -> c"_s, u"Running upgrade a -> b"_s,
                                 u"Running upgrade b, c -> m, merge left and right"_s}));
    const Result<Plan> down = Planner::downgrade(g, {u"a"_s}, u"base"_s);
    QVERIFY(down.ok());
    QCOMPARE(AlembicFormat::runningLine(g, down->steps.first()),
             u"Running downgrade a -> , create accounts"_s);
    const Result<Plan> st = Planner::stamp(g, {u"b"_s}, {u"base"_s});
    QVERIFY(st.ok());
    QCOMPARE(AlembicFormat::runningLine(g, st->steps.first()), u"Running stamp_revision b -> "_s);
}

QTEST_GUILESS_MAIN(tst_AlembicFormat)
#include "tst_alembicformat.moc"
