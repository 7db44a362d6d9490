// stepwise upgrade|downgrade|stamp TARGET…: run the planned steps against the database
// (runOnline, with progress on stderr), or with --sql write them as a script (runOffline).
#include "clitr.h"
#include "cliconnection.h"
#include "cliprogress.h"
#include "clicontext.h"
#include "commands.h"
#include "revisionjson.h"

#include "core/db/dialect.h"
#include "core/engine/migrationsession.h"
#include "core/engine/offlineaction.h"
#include "core/engine/revisionlint.h"
#include "core/graph/alembicformat.h"
#include "core/graph/planner.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {
namespace {


const char *directionName(PlanStep::Direction d)
{
    return d == PlanStep::Up ? "up" : d == PlanStep::Down ? "down" : "stamp";
}

StepChecks checksFor(const CommandLine &line)
{
    StepChecks checks;
    checks.allowEmptyDown = line.isSet(u"allow-empty-down"_s);
    return checks;
}

// Alembic projects: the script of their Python revisions comes from Alembic's own offline mode,
// run by the project's Python (the selected URL names the dialect).
int runAlembicOffline(CliContext &session, const CliContext::Loaded &loaded, Planner::Command command,
                      const QStringList &texts)
{
    const ProjectConfig &config = loaded.project.config;
    const Result<ConnectionUrl> url = CliConnection(session).databaseUrl(config);
    if (!url)
        return session.fail(url.error());
    const Result<OfflineAction> action = OfflineAction::fromTargetTexts(loaded.graph, command, texts);
    if (!action)
        return session.fail(action.error());
    const Result<OfflineAction::Script> script =
        action->renderThroughAlembic(loaded.graph, config, *url, session.pythonSetup());
    if (!script)
        return session.fail(script.error());
    if (!session.quiet())
        for (const PlanStep &s : script->plan.steps)
            session.err() << AlembicFormat::runningLine(loaded.graph, s) << '\n';
    session.out() << script->sql;
    // As `alembic --sql` fails there, the script is printed as far as it goes and the
    // command fails: a pipeline must not take a partial script for the whole.
    if (!script->incomplete.isEmpty())
        return session.fail(Error(ErrorCode::Database,
                                  CliText::tr("The SQL is incomplete: %1")
                                      .arg(script->incomplete)));
    return 0;
}

int runOffline(CliContext &session, const CliContext::Loaded &loaded, Planner::Command command,
               const QStringList &texts)
{
    if (loaded.project.config.kind == ProjectConfig::Kind::Alembic && command != Planner::Command::Stamp)
        return runAlembicOffline(session, loaded, command, texts);
    const ProjectConfig &config = loaded.project.config;
    const Result<const Dialect *> dialect = CliConnection(session).offlineDialect(config);
    if (!dialect)
        return session.fail(dialect.error());
    Result<OfflineAction> action = OfflineAction::fromTargetTexts(loaded.graph, command, texts);
    if (!action)
        return session.fail(action.error());
    action->setChecks(checksFor(session.line()));
    const Result<OfflineAction::Script> script = action->render(loaded.graph, config, **dialect);
    if (!script)
        return session.fail(script.error());
    if (!session.quiet())
        for (const PlanStep &s : script->plan.steps)
            session.err() << AlembicFormat::runningLine(loaded.graph, s) << '\n';
    session.out() << script->sql;
    return 0;
}

int runOnline(CliContext &session, const CliContext::Loaded &loaded, Planner::Command command,
              const QStringList &targets)
{
    const CommandLine &line = session.line();
    const ProjectConfig &config = loaded.project.config;
    CliConnection connection(session);
    const Result<ConnectionUrl> url = connection.databaseUrl(config);
    if (!url)
        return session.fail(url.error());
    auto migration = connection.open(*url, loaded);
    if (!migration)
        return session.fail(migration.error());
    MigrationSession::Options options;
    options.transactionPerMigration = config.transactionPerMigration;
    options.resume = line.isSet(u"resume"_s);
    options.checks = checksFor(line);
    options.python = session.pythonSetup();
    // ⚑ The safety checks refuse an upgrade or downgrade with an error-level finding unless
    // its code is allowed (stamp runs no statement).
    options.lint.enabled = command != Planner::Command::Stamp;
    if (line.isSet(u"allow"_s)) {
        const Result<QStringList> allowed = parseAllowedLintCodes(line.valueList(u"allow"_s).join(u','));
        if (!allowed)
            return session.fail(allowed.error());
        options.lint.allowed = *allowed;
    }
    for (const auto &[name, field] : {std::pair{u"lock-timeout"_s, &options.timeouts.lock},
                                      std::pair{u"statement-timeout"_s, &options.timeouts.statement}}) {
        if (!line.isSet(name))
            continue;
        bool ok = false;
        const double seconds = line.value(name).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 1e9)
            return session.usageError(CliText::tr("--%1 takes a number of seconds").arg(name));
        *field = std::chrono::milliseconds(qint64(seconds * 1000 + 0.5));
    }
    CliProgress progress(loaded.graph, session.err(), session.quiet() || session.json());
    progress.setVerbose(session.verbose());
    const Result<MigrationSession::Outcome> outcome = (*migration)->run(
        command, targets, options, PlanOptions{line.isSet(u"purge"_s)}, &progress);
    if (!outcome) {
        progress.failed(outcome.error());
        return session.fail(outcome.error());
    }
    if (session.json()) {
        QJsonArray steps;
        for (const RunReport::Step &s : outcome->report.steps)
            steps.append(QJsonObject{{u"revision"_s, s.revision},
                                     {u"direction"_s, QString::fromLatin1(directionName(s.direction))},
                                     {u"duration_ms"_s, s.durationMs}});
        session.out() << QJsonDocument(QJsonObject{{u"ok"_s, true},
                                                   {u"steps"_s, steps},
                                                   {u"heads"_s, toJson(outcome->report.rowsAfter)},
                                                   {u"cancelled"_s, outcome->report.cancelled}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
    }
    return outcome->report.cancelled ? 1 : 0;
}

int runMigration(CliContext &session, Planner::Command command, const QStringList &targets)
{
    const CommandLine &line = session.line();
    const bool offline = line.isSet(u"sql"_s);
    bool range = false;
    for (const QString &t : targets)
        range = range || t.contains(u':');
    if (range && !offline) // Alembic's text
        return session.fail(Error(ErrorCode::Usage, u"Range revision not allowed"_s));
    if (offline && command == Planner::Command::Downgrade && !range)
        return session.fail(
            Error(ErrorCode::Usage, u"downgrade with --sql requires <fromrev>:<torev>"_s));
    if (offline && line.isSet(u"purge"_s))
        return session.fail(Error(ErrorCode::Usage, u"Can't use --purge with --sql mode"_s));
    if (offline && line.isSet(u"resume"_s))
        return session.usageError(
            CliText::tr("--resume runs against a database; it cannot be combined with --sql"));
    const auto loaded = session.load(false);
    if (!loaded)
        return session.exitCode();
    if (offline)
        return runOffline(session, *loaded, command, targets);
    return runOnline(session, *loaded, command, targets);
}

} // namespace

int runUpgrade(CliContext &session)
{
    const CommandLine &line = session.line();
    if (line.arguments.size() > 1)
        return session.usageError(CliText::tr("'upgrade' takes one target"));
    return runMigration(session, Planner::Command::Upgrade,
                        line.arguments.isEmpty() ? QStringList{u"heads"_s} : line.arguments);
}

int runDowngrade(CliContext &session)
{
    const CommandLine &line = session.line();
    if (line.arguments.size() != 1)
        return session.usageError(CliText::tr("'downgrade' takes one target"));
    return runMigration(session, Planner::Command::Downgrade, line.arguments);
}

int runStamp(CliContext &session)
{
    const CommandLine &line = session.line();
    if (line.arguments.isEmpty())
        return session.usageError(CliText::tr("'stamp' needs at least one revision"));
    return runMigration(session, Planner::Command::Stamp, line.arguments);
}

} // namespace Stepwise::Cli
