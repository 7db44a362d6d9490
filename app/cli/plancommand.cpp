// stepwise plan (upgrade|downgrade|stamp) [--purge] [--rows r1,r2] TARGET… — what the planner
// would do from the given version-table rows, without any database (as JSON, it is what the
// differential tests compare with Alembic).
#include "clicontext.h"
#include "commands.h"
#include "revisionjson.h"

#include "core/graph/alembicformat.h"
#include "core/graph/planner.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {
namespace {

QByteArray planJson(const Plan &plan)
{
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

} // namespace

int runPlan(CliContext &session)
{
    const CommandLine &line = session.line();
    if (line.arguments.isEmpty())
        return session.usageError(
            QCoreApplication::translate("cli", "'plan' needs a command and a target"));
    const QString command = line.arguments.first();
    const QStringList targets = line.arguments.mid(1);
    Planner::Command kind;
    if (command == u"upgrade"_s)
        kind = Planner::Command::Upgrade;
    else if (command == u"downgrade"_s)
        kind = Planner::Command::Downgrade;
    else if (command == u"stamp"_s)
        kind = Planner::Command::Stamp;
    else
        return session.usageError(
            QCoreApplication::translate("cli", "unknown plan command '%1'").arg(command));
    if (kind != Planner::Command::Stamp && targets.size() != 1)
        return session.usageError(
            QCoreApplication::translate("cli", "'plan %1' takes one target").arg(command));
    if (targets.isEmpty())
        return session.usageError(
            QCoreApplication::translate("cli", "'plan stamp' needs a target"));
    const auto loaded = session.load();
    if (!loaded)
        return session.exitCode();
    const QStringList rows = line.value(u"rows"_s).split(u',', Qt::SkipEmptyParts);
    const Result<Plan> plan = Planner::plan(loaded->graph, rows, kind, targets,
                                            PlanOptions{line.isSet(u"purge"_s)});
    if (!plan)
        return session.fail(plan.error());
    if (session.json()) {
        session.out() << planJson(*plan) << '\n';
        return 0;
    }
    for (const QString &w : plan->warnings)
        session.err() << "warning: " << w << '\n';
    for (const PlanStep &s : plan->steps)
        session.out() << AlembicFormat::runningLine(loaded->graph, s) << '\n';
    return 0;
}

} // namespace Stepwise::Cli
