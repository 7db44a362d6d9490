#include "clidefinitions.h"
#include "commands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Stepwise::Cli {

// clang-format off
const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> specs = {
        {u"init"_s, "DIR [--dialect D]",
         QT_TRANSLATE_NOOP("cli", "create a new project (stepwise.ini, versions/)"), &runInit},
        {u"revision"_s, "-m MSG [--head REV] [--splice] [--branch-label L] [--depends-on R]\n"
                        "[--rev-id ID]\n"
                        "[--autogenerate [--against REF] [--shadow-url URL] [--concurrently]]",
         QT_TRANSLATE_NOOP("cli", "write a new revision file; --autogenerate fills it with the "
                                  "SQL that reaches REF (a database URL or .sql file; Alembic "
                                  "projects: their models)"), &runRevision},
        {u"merge"_s, "REVS…|heads -m MSG",
         QT_TRANSLATE_NOOP("cli", "write a merge revision"), &runMerge},
        {u"upgrade"_s, "[TARGET] [--sql] [--resume] [--allow CODE,…]",
         QT_TRANSLATE_NOOP("cli", "apply revisions up to TARGET (default: heads)"), &runUpgrade},
        {u"downgrade"_s, "TARGET [--sql] [--allow-empty-down] [--allow CODE,…]",
         QT_TRANSLATE_NOOP("cli", "revert revisions down to TARGET; through a revision whose "
                                  "down section is empty only when allowed"), &runDowngrade},
        {u"stamp"_s, "TARGET… [--purge] [--sql]",
         QT_TRANSLATE_NOOP("cli", "set the database's revisions without running them"), &runStamp},
        {u"current"_s, "[-v]",
         QT_TRANSLATE_NOOP("cli", "the database's current revision(s)"), &runCurrent},
        {u"heads"_s, "[-v] [--resolve-dependencies]",
         QT_TRANSLATE_NOOP("cli", "the project's head revisions"), &runHeads},
        {u"branches"_s, "[-v]",
         QT_TRANSLATE_NOOP("cli", "the revisions where the history branches"), &runBranches},
        {u"history"_s, "[-r RANGE] [-v] [-i]",
         QT_TRANSLATE_NOOP("cli", "revisions, newest first"), &runHistory},
        {u"show"_s, "REV", QT_TRANSLATE_NOOP("cli", "one revision in full"), &runShow},
        {u"check"_s, "[--schema [--shadow-url URL]]",
         QT_TRANSLATE_NOOP("cli", "applied revisions whose files changed or vanished; --schema: "
                                  "the schema against what they build"), &runCheck},
        {u"diff"_s, "FROM TO [--dialect D] [--shadow-url URL] [--concurrently]",
         QT_TRANSLATE_NOOP("cli", "the SQL that turns schema FROM into TO (database URLs or .sql "
                                  "files, applied to a shadow first)"), &runDiff},
        {u"lint"_s, "[REV | RANGE | --pending] [-v]",
         QT_TRANSLATE_NOOP("cli", "safety checks of the revisions (default: all), or of what "
                                  "upgrade would run, with the database's table sizes and "
                                  "violating rows (--pending); --rules lists the checks "
                                  "(docs/lint.md)"), &runLint},
        // What the planner would do from given version-table rows, without a database: what
        // the differential tests compare with Alembic.
        {u"plan"_s, "upgrade|downgrade|stamp TARGET… [--rows R,…] [--purge]", nullptr, &runPlan,
         true},
        // The words the shell completion offers (packaging/completion/stepwise.bash).
        {u"__complete"_s, "commands | options [COMMAND] | revisions | connections", nullptr,
         &runComplete, true},
    };
    return specs;
}

const QList<OptionSpec> &optionSpecs()
{
    const QStringList runs = {u"upgrade"_s, u"downgrade"_s, u"stamp"_s};
    static const QList<OptionSpec> specs = {
        {u"project"_s, QChar(), "DIR", {},
         QT_TRANSLATE_NOOP("cli", "the project folder (default: this folder or a parent)")},
        {u"url"_s, QChar(), "URL", {},
         QT_TRANSLATE_NOOP("cli", "database URL, e.g. sqlite:///app.db, postgresql://user@host/db")},
        {u"connection"_s, QChar(), "NAME", {},
         QT_TRANSLATE_NOOP("cli", "a connection profile saved by Stepwise Studio")},
        {u"python"_s, QChar(), "PATH", {},
         QT_TRANSLATE_NOOP("cli", "Alembic projects: the Python that runs their revisions "
                                  "(default: $STEPWISE_PYTHON, $VIRTUAL_ENV, .venv/venv, python3)")},
        {u"json"_s, QChar(), nullptr, {}, QT_TRANSLATE_NOOP("cli", "machine-readable output")},
        {u"quiet"_s, u'q', nullptr, {}, QT_TRANSLATE_NOOP("cli", "only errors")},
        {u"verbose"_s, u'v', nullptr, {}, QT_TRANSLATE_NOOP("cli", "more detail")},
        {u"version"_s, QChar(), nullptr, {}, QT_TRANSLATE_NOOP("cli", "print the version")},
        {u"help"_s, u'h', nullptr, {}, QT_TRANSLATE_NOOP("cli", "print the help (after a command: its own)")},
        // The troff man page stepwise(1), made from these tables at build time.
        {u"man"_s, QChar(), nullptr, {}, nullptr, false, true},
        {u"message"_s, u'm', "MSG", {u"revision"_s, u"merge"_s},
         QT_TRANSLATE_NOOP("cli", "the new revision's message")},
        {u"head"_s, QChar(), "REV", {u"revision"_s},
         QT_TRANSLATE_NOOP("cli", "the head the new revision builds on, or LABEL@head "
                                  "(default: the only head)")},
        {u"splice"_s, QChar(), nullptr, {u"revision"_s},
         QT_TRANSLATE_NOOP("cli", "let --head name a revision that is not a head, starting a "
                                  "new branch there")},
        {u"branch-label"_s, QChar(), "L", {u"revision"_s, u"merge"_s},
         QT_TRANSLATE_NOOP("cli", "a branch label for the new revision (repeatable)")},
        {u"depends-on"_s, QChar(), "R", {u"revision"_s},
         QT_TRANSLATE_NOOP("cli", "a revision or label the new one depends on without "
                                  "building on it (repeatable)")},
        {u"rev-id"_s, QChar(), "ID", {u"revision"_s, u"merge"_s},
         QT_TRANSLATE_NOOP("cli", "the new revision's id instead of a generated one")},
        {u"autogenerate"_s, QChar(), nullptr, {u"revision"_s},
         QT_TRANSLATE_NOOP("cli", "fill the new revision with the SQL that turns the schema its "
                                  "parents build into --against's (Alembic projects: their models)")},
        {u"against"_s, QChar(), "REF", {u"revision"_s},
         QT_TRANSLATE_NOOP("cli", "the schema --autogenerate reaches: a database URL or a .sql file")},
        {u"rev-range"_s, u'r', "RANGE", {u"history"_s},
         QT_TRANSLATE_NOOP("cli", "only the revisions in RANGE ([START]:[END])")},
        {u"indicate-current"_s, u'i', nullptr, {u"history"_s},
         QT_TRANSLATE_NOOP("cli", "mark the database's current revision(s)")},
        {u"resolve-dependencies"_s, QChar(), nullptr, {u"heads"_s},
         QT_TRANSLATE_NOOP("cli", "count dependencies as parents")},
        {u"sql"_s, QChar(), nullptr, runs,
         QT_TRANSLATE_NOOP("cli", "print the SQL instead of running it (no database needed)")},
        {u"resume"_s, QChar(), nullptr, {u"upgrade"_s},
         QT_TRANSLATE_NOOP("cli", "finish a step an interrupted run left half-applied")},
        {u"allow-empty-down"_s, QChar(), nullptr, {u"downgrade"_s},
         QT_TRANSLATE_NOOP("cli", "revert through revisions whose down section is empty")},
        {u"purge"_s, QChar(), nullptr, {u"stamp"_s, u"plan"_s},
         QT_TRANSLATE_NOOP("cli", "delete every version row before stamping")},
        {u"rows"_s, QChar(), "R,…", {u"plan"_s}, nullptr},
        {u"dialect"_s, QChar(), "D", {u"init"_s, u"diff"_s},
         QT_TRANSLATE_NOOP("cli", "the new project's dialect (sqlite, postgresql, mysql or "
                                  "generic; default sqlite), or the one diff reads .sql files in")},
        {u"shadow-url"_s, QChar(), "URL", {u"diff"_s, u"revision"_s, u"check"_s},
         QT_TRANSLATE_NOOP("cli", "where .sql files and revisions are applied to read their schema "
                                  "(default: [database] shadow_url of stepwise.ini; SQLite: a "
                                  "temporary file)")},
        {u"schema"_s, QChar(), nullptr, {u"check"_s},
         QT_TRANSLATE_NOOP("cli", "also compare the database's schema with what its revisions "
                                  "build, and print the SQL that repairs it")},
        {u"concurrently"_s, QChar(), nullptr, {u"diff"_s, u"revision"_s},
         QT_TRANSLATE_NOOP("cli", "PostgreSQL: create and drop indexes CONCURRENTLY")},
        {u"lock-timeout"_s, QChar(), "SECONDS", runs,
         QT_TRANSLATE_NOOP("cli", "wait this long for the migration lock and, on PostgreSQL and "
                                  "MariaDB, for each statement's table and row locks (default 30; "
                                  "0: do not wait)"), true},
        {u"statement-timeout"_s, QChar(), "SECONDS", runs,
         QT_TRANSLATE_NOOP("cli", "cancel any statement running longer (PostgreSQL, MariaDB; 0: "
                                  "no limit, the default)\n"
                                  "Both override [database] lock_timeout / statement_timeout of "
                                  "stepwise.ini and the connection profile's settings."), true},
        {u"allow"_s, QChar(), "CODE,…", {u"upgrade"_s, u"downgrade"_s},
         QT_TRANSLATE_NOOP("cli", "run although the plan has error-level safety findings of these "
                                  "codes (see stepwise lint)"), true},
        {u"pending"_s, QChar(), nullptr, {u"lint"_s},
         QT_TRANSLATE_NOOP("cli", "check what upgrade would run, with the database's table sizes "
                                  "and violating rows")},
        {u"rules"_s, QChar(), nullptr, {u"lint"_s},
         QT_TRANSLATE_NOOP("cli", "list the safety checks")},
    };
    return specs;
}

const QList<ExitCodeSpec> &exitCodeSpecs()
{
    static const QList<ExitCodeSpec> specs = {
        {0, QT_TRANSLATE_NOOP("cli", "ok")},
        {1, QT_TRANSLATE_NOOP("cli", "migration or database failure (lint: an error-level finding)")},
        {2, QT_TRANSLATE_NOOP("cli", "usage/config/repository error")},
        {3, QT_TRANSLATE_NOOP("cli", "lock timeout")},
        {4, QT_TRANSLATE_NOOP("cli", "refused by a safety check")},
    };
    return specs;
}
// clang-format on

const CommandSpec *findCommand(QStringView name)
{
    for (const CommandSpec &c : commandSpecs())
        if (c.name == name)
            return &c;
    return nullptr;
}

const OptionSpec *findOption(QStringView longName)
{
    for (const OptionSpec &s : optionSpecs())
        if (s.longName == longName)
            return &s;
    return nullptr;
}

const OptionSpec *findShortOption(QChar c)
{
    for (const OptionSpec &s : optionSpecs())
        if (!s.shortName.isNull() && s.shortName == c)
            return &s;
    return nullptr;
}

bool isDocumented(const OptionSpec &option)
{
    if (option.hidden)
        return false;
    if (option.isGlobal())
        return true;
    for (const QString &name : option.commands) {
        if (const CommandSpec *command = findCommand(name); command && !command->hidden)
            return true;
    }
    return false;
}

QList<const OptionSpec *> optionsOf(const QString &command)
{
    QList<const OptionSpec *> out;
    for (const OptionSpec &s : optionSpecs()) {
        const bool belongs = command.isEmpty() ? s.isGlobal() : s.commands.contains(command);
        if (belongs && isDocumented(s))
            out << &s;
    }
    return out;
}

} // namespace Stepwise::Cli
