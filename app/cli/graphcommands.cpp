// Read-only commands on the revision graph: heads, branches, history, show, and `plan` (the
// planner's answer as JSON, used by the differential tests against Alembic).
#include "cliapp.h"

#include "core/graph/alembicformat.h"
#include "core/graph/planner.h"
#include "core/graph/target.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {
namespace {

QJsonArray toJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject revisionJson(const RevisionGraph &graph, int i)
{
    const Revision &r = graph.revision(i);
    return QJsonObject{
        {u"revision"_s, r.id},
        {u"parents"_s, toJson(r.parents)},
        {u"message"_s, r.message},
        {u"branch_labels"_s, toJson(r.branchLabels)},
        {u"labels"_s, toJson(graph.labels(i))},
        {u"depends_on"_s, toJson(r.dependsOn)},
        {u"is_head"_s, graph.isHead(i)},
        {u"is_real_head"_s, graph.isRealHead(i)},
        {u"is_branch_point"_s, graph.isBranchPoint(i)},
        {u"is_merge_point"_s, graph.isMergePoint(i)},
        {u"path"_s, r.path},
    };
}

QByteArray jsonList(const RevisionGraph &graph, const QList<int> &indices)
{
    QJsonArray list;
    for (int i : indices)
        list.append(revisionJson(graph, i));
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

// The read-only commands print and the process ends: their project is left for the exit to
// reclaim, because freeing tens of thousands of revisions piece by piece costs more than printing
// them (a tenth of `heads` on 10,000 revisions). Still reachable through this pointer.
template <typename T>
const T &keepUntilExit(T loaded)
{
    static T *kept = nullptr;
    delete kept; // a second command in the same process (none today) frees the first
    kept = new T(std::move(loaded));
    return *kept;
}

} // namespace

std::optional<CliApp::Loaded> CliApp::load(bool headersOnly)
{
    const Result<QString> dir = findProjectDir(projectOption());
    if (!dir) {
        m_exitCode = fail(dir.error());
        return std::nullopt;
    }
    LoadOptions options;
    options.headersOnly = headersOnly;
    options.useHeaderIndex = true; // headers-only loads of big projects (STEPWISE_NO_CACHE=1: off)
    Result<Project> project = loadProject(*dir, options);
    if (!project) {
        m_exitCode = fail(project.error());
        return std::nullopt;
    }
    printWarnings(project->warnings);
    ErrorList errors = project->errors;
    RevisionGraph graph = RevisionGraph::build(project->revisions, &errors);
    if (!errors.isEmpty()) {
        m_exitCode = failAll(errors);
        return std::nullopt;
    }
    return Loaded{std::move(project).value(), std::move(graph)};
}

int CliApp::runHeads()
{
    if (!m_line.arguments.isEmpty())
        return usageError(QCoreApplication::translate("cli", "'heads' takes no arguments"));
    const auto &loaded = keepUntilExit(load());
    if (!loaded)
        return m_exitCode;
    const RevisionGraph &g = loaded->graph;
    const bool resolve = m_line.isSet(u"resolve-dependencies"_s);
    if (json()) {
        m_out << jsonList(g, resolve ? g.realHeads() : g.heads());
        return 0;
    }
    m_out << AlembicFormat::heads(g, verbose(), resolve);
    return 0;
}

int CliApp::runBranches()
{
    if (!m_line.arguments.isEmpty())
        return usageError(QCoreApplication::translate("cli", "'branches' takes no arguments"));
    const auto &loaded = keepUntilExit(load());
    if (!loaded)
        return m_exitCode;
    if (json()) {
        QJsonArray list;
        for (int b : loaded->graph.branchPoints()) {
            QJsonObject o = revisionJson(loaded->graph, b);
            o.insert(u"children"_s, toJson(loaded->graph.ids(loaded->graph.children(b))));
            list.append(o);
        }
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    m_out << AlembicFormat::branches(loaded->graph, verbose());
    return 0;
}

int CliApp::runHistory()
{
    if (!m_line.arguments.isEmpty())
        return usageError(QCoreApplication::translate("cli", "'history' takes no arguments"));
    if (m_line.isSet(u"indicate-current"_s))
        return runHistoryWithRows();
    const auto &loaded = keepUntilExit(load());
    if (!loaded)
        return m_exitCode;
    const QString range = m_line.value(u"rev-range"_s);
    if (json()) {
        TargetResolver resolver(loaded->graph);
        const Result<QList<int>> revs = range.isEmpty()
            ? Result<QList<int>>(resolver.historyAll())
            : resolver.historyRange(range, {});
        if (!revs)
            return fail(revs.error());
        m_out << jsonList(loaded->graph, *revs);
        return 0;
    }
    const Result<QString> text = AlembicFormat::history(loaded->graph, range, verbose(), false, {});
    if (!text)
        return fail(text.error());
    m_out << *text;
    return 0;
}

int CliApp::runShow()
{
    if (m_line.arguments.size() != 1)
        return usageError(QCoreApplication::translate("cli", "'show' takes one revision"));
    if (m_line.arguments.first() == u"current"_s)
        return runShowCurrent();
    const auto &loaded = keepUntilExit(load());
    if (!loaded)
        return m_exitCode;
    if (json()) {
        const Result<QList<int>> revs = TargetResolver(loaded->graph).lookup(m_line.arguments.first());
        if (!revs)
            return fail(revs.error());
        m_out << jsonList(loaded->graph, *revs);
        return 0;
    }
    const Result<QString> text = AlembicFormat::show(loaded->graph, m_line.arguments.first(), {});
    if (!text)
        return fail(text.error());
    m_out << *text;
    return 0;
}

QByteArray CliApp::planJson(const RevisionGraph &graph, const Plan &plan)
{
    Q_UNUSED(graph);
    QJsonArray steps;
    for (const PlanStep &s : plan.steps) {
        static const char *const names[] = {"up", "down", "stamp"};
        QJsonArray changes;
        for (const RowChange &c : s.rowChanges) {
            static const char *const kinds[] = {"insert", "update", "delete"};
            QJsonObject o{{u"op"_s, QString::fromLatin1(kinds[c.kind])}};
            if (!c.from.isEmpty())
                o.insert(u"from"_s, c.from);
            if (!c.to.isEmpty())
                o.insert(u"to"_s, c.to);
            changes.append(o);
        }
        steps.append(QJsonObject{{u"revision"_s, s.revision},
                                 {u"direction"_s, QString::fromLatin1(names[s.direction])},
                                 {u"from"_s, toJson(s.fromIds)},
                                 {u"to"_s, toJson(s.toIds)},
                                 {u"rows"_s, changes}});
    }
    const QJsonObject o{{u"ok"_s, true},
                        {u"steps"_s, steps},
                        {u"rows"_s, toJson(plan.rowsAfter)},
                        {u"purge"_s, plan.purge},
                        {u"warnings"_s, toJson(plan.warnings)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// stepwise plan (upgrade|downgrade|stamp) [--purge] [--rows r1,r2] TARGET… — what the
// planner would do from the given version-table rows, without any database.
int CliApp::runPlan()
{
    if (m_line.arguments.isEmpty())
        return usageError(QCoreApplication::translate("cli", "'plan' needs a command and a target"));
    const QString command = m_line.arguments.first();
    const QStringList targets = m_line.arguments.mid(1);
    Planner::Command kind;
    if (command == u"upgrade"_s)
        kind = Planner::Command::Upgrade;
    else if (command == u"downgrade"_s)
        kind = Planner::Command::Downgrade;
    else if (command == u"stamp"_s)
        kind = Planner::Command::Stamp;
    else
        return usageError(QCoreApplication::translate("cli", "unknown plan command '%1'").arg(command));
    if (kind != Planner::Command::Stamp && targets.size() != 1)
        return usageError(QCoreApplication::translate("cli", "'plan %1' takes one target").arg(command));
    if (targets.isEmpty())
        return usageError(QCoreApplication::translate("cli", "'plan stamp' needs a target"));
    const auto loaded = load();
    if (!loaded)
        return m_exitCode;
    const QStringList rows = m_line.value(u"rows"_s).split(u',', Qt::SkipEmptyParts);
    const Result<Plan> plan = Planner::plan(loaded->graph, rows, kind, targets,
                                            PlanOptions{m_line.isSet(u"purge"_s)});
    if (!plan)
        return fail(plan.error());
    if (json()) {
        m_out << planJson(loaded->graph, *plan) << '\n';
        return 0;
    }
    for (const QString &w : plan->warnings)
        m_err << "warning: " << w << '\n';
    for (const PlanStep &s : plan->steps)
        m_out << AlembicFormat::runningLine(loaded->graph, s) << '\n';
    return 0;
}

} // namespace Stepwise::Cli
