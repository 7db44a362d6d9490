#include "clitr.h"
#include "cliparser.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Stepwise::Cli {
namespace {

struct OptionSpec
{
    QString longName;
    QChar shortName;
    bool takesValue;
    QStringList commands; // empty = global
};

// clang-format off
const QList<OptionSpec> &optionSpecs()
{
    static const QList<OptionSpec> specs = {
        {u"project"_s, QChar(), true, {}},
        {u"url"_s, QChar(), true, {}},
        {u"connection"_s, QChar(), true, {}},
        {u"python"_s, QChar(), true, {}},
        {u"json"_s, QChar(), false, {}},
        {u"quiet"_s, u'q', false, {}},
        {u"verbose"_s, u'v', false, {}},
        {u"help"_s, u'h', false, {}},
        {u"version"_s, QChar(), false, {}},
        {u"message"_s, u'm', true, {u"revision"_s, u"merge"_s}},
        {u"head"_s, QChar(), true, {u"revision"_s}},
        {u"splice"_s, QChar(), false, {u"revision"_s}},
        {u"branch-label"_s, QChar(), true, {u"revision"_s, u"merge"_s}},
        {u"depends-on"_s, QChar(), true, {u"revision"_s}},
        {u"rev-id"_s, QChar(), true, {u"revision"_s, u"merge"_s}},
        {u"autogenerate"_s, QChar(), false, {u"revision"_s}},
        {u"against"_s, QChar(), true, {u"revision"_s}},
        {u"rev-range"_s, u'r', true, {u"history"_s}},
        {u"indicate-current"_s, u'i', false, {u"history"_s}},
        {u"resolve-dependencies"_s, QChar(), false, {u"heads"_s}},
        {u"sql"_s, QChar(), false, {u"upgrade"_s, u"downgrade"_s, u"stamp"_s}},
        {u"resume"_s, QChar(), false, {u"upgrade"_s}},
        {u"allow-empty-down"_s, QChar(), false, {u"downgrade"_s}},
        {u"purge"_s, QChar(), false, {u"stamp"_s, u"plan"_s}},
        {u"rows"_s, QChar(), true, {u"plan"_s}},
        {u"dialect"_s, QChar(), true, {u"init"_s, u"diff"_s}},
        {u"shadow-url"_s, QChar(), true, {u"diff"_s, u"revision"_s, u"check"_s}},
        {u"schema"_s, QChar(), false, {u"check"_s}},
        {u"concurrently"_s, QChar(), false, {u"diff"_s, u"revision"_s}},
        {u"lock-timeout"_s, QChar(), true, {u"upgrade"_s, u"downgrade"_s, u"stamp"_s}},
        {u"statement-timeout"_s, QChar(), true, {u"upgrade"_s, u"downgrade"_s, u"stamp"_s}},
        {u"allow"_s, QChar(), true, {u"upgrade"_s, u"downgrade"_s}},
        {u"pending"_s, QChar(), false, {u"lint"_s}},
        {u"rules"_s, QChar(), false, {u"lint"_s}},
    };
    return specs;
}
// clang-format on

const OptionSpec *findLong(QStringView name)
{
    for (const OptionSpec &s : optionSpecs())
        if (s.longName == name)
            return &s;
    return nullptr;
}

const OptionSpec *findShort(QChar c)
{
    for (const OptionSpec &s : optionSpecs())
        if (!s.shortName.isNull() && s.shortName == c)
            return &s;
    return nullptr;
}

bool isNegativeNumber(const QString &arg)
{
    return arg.size() >= 2 && arg.at(0) == u'-' && arg.at(1).isDigit();
}


} // namespace

ParseResult parseCommandLine(const QStringList &args)
{
    ParseResult result;
    CommandLine &line = result.line;
    QList<const OptionSpec *> given;
    bool optionsEnded = false;
    auto take = [&](const OptionSpec *spec, const QString &value) {
        given << spec;
        if (spec->takesValue)
            line.values[spec->longName] << value;
        else if (!line.flags.contains(spec->longName))
            line.flags << spec->longName;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || arg == u"-"_s || !arg.startsWith(u'-') || isNegativeNumber(arg)) {
            if (line.command.isEmpty())
                line.command = arg;
            else
                line.arguments << arg;
            continue;
        }
        if (arg == u"--"_s) {
            optionsEnded = true;
            continue;
        }
        if (arg.startsWith(u"--"_s)) {
            const qsizetype eq = arg.indexOf(u'=');
            const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
            const OptionSpec *spec = findLong(name);
            if (!spec) {
                result.error = tr("unrecognized option '%1'").arg(arg);
                return result;
            }
            QString value;
            if (spec->takesValue) {
                if (eq >= 0)
                    value = arg.mid(eq + 1);
                else if (i + 1 < args.size())
                    value = args.at(++i);
                else {
                    result.error = tr("option '--%1' needs a value").arg(name);
                    return result;
                }
            } else if (eq >= 0) {
                result.error = tr("option '--%1' takes no value").arg(name);
                return result;
            }
            take(spec, value);
            continue;
        }
        // Short options, possibly compacted (-vq) or with an attached value (-r-2:, -mMSG).
        for (qsizetype j = 1; j < arg.size(); ++j) {
            const OptionSpec *spec = findShort(arg.at(j));
            if (!spec) {
                result.error = tr("unrecognized option '-%1'").arg(arg.at(j));
                return result;
            }
            if (!spec->takesValue) {
                take(spec, {});
                continue;
            }
            QString value = arg.mid(j + 1);
            if (value.startsWith(u'='))
                value = value.mid(1);
            if (value.isEmpty()) {
                if (i + 1 >= args.size()) {
                    result.error = tr("option '-%1' needs a value").arg(arg.at(j));
                    return result;
                }
                value = args.at(++i);
            }
            take(spec, value);
            break;
        }
    }
    result.showHelp = line.flags.contains(u"help"_s);
    result.showVersion = line.flags.contains(u"version"_s);
    if (result.showHelp || result.showVersion)
        return result;
    for (const OptionSpec *spec : std::as_const(given)) {
        if (!spec->commands.isEmpty() && !spec->commands.contains(line.command)) {
            result.error = line.command.isEmpty()
                ? tr("option '--%1' needs a command").arg(spec->longName)
                : tr("option '--%1' is not valid for '%2'").arg(spec->longName, line.command);
            return result;
        }
    }
    return result;
}

QString helpText(const QString &command)
{
    Q_UNUSED(command);
    return tr("Usage: stepwise [--project DIR] [--url URL | --connection NAME] [--json] [-q] [-v]\n"
              "                COMMAND [ARGS…]\n"
              "\n"
              "Database migrations with Alembic's semantics, for native Stepwise projects and\n"
              "Alembic / Flask-Migrate projects.\n"
              "\n"
              "Commands:\n"
              "  init DIR [--dialect D]       create a new project (stepwise.ini, versions/)\n"
              "  revision -m MSG [--head REV] [--splice] [--branch-label L] [--depends-on R]\n"
              "           [--rev-id ID]       write a new revision file\n"
              "           [--autogenerate [--against REF] [--shadow-url URL] [--concurrently]]\n"
              "                               with the SQL that reaches REF (a database URL or\n"
              "                               .sql file; Alembic projects: their models)\n"
              "  merge REVS…|heads -m MSG     write a merge revision\n"
              "  upgrade [TARGET] [--sql] [--resume] [--allow CODE,…]\n"
              "                               apply revisions up to TARGET (default: heads)\n"
              "  downgrade TARGET [--sql] [--allow-empty-down] [--allow CODE,…]\n"
              "                               revert revisions down to TARGET; through a revision\n"
              "                               whose down section is empty only when allowed\n"
              "  stamp TARGET… [--purge] [--sql]\n"
              "                               set the database's revisions without running them\n"
              "  current [-v]                 the database's current revision(s)\n"
              "  heads [-v] [--resolve-dependencies]\n"
              "  branches [-v]\n"
              "  history [-r RANGE] [-v] [-i] revisions, newest first\n"
              "  show REV                     one revision in full\n"
              "  check [--schema [--shadow-url URL]]\n"
              "                               applied revisions whose files changed or vanished;\n"
              "                               --schema: the schema against what they build\n"
              "  diff FROM TO [--dialect D] [--shadow-url URL] [--concurrently]\n"
              "                               the SQL that turns schema FROM into TO (database\n"
              "                               URLs or .sql files, applied to a shadow first)\n"
              "  lint [REV | RANGE | --pending] [-v]\n"
              "                               safety checks of the revisions (default: all), or\n"
              "                               of what upgrade would run, with the database's\n"
              "                               table sizes and violating rows (--pending);\n"
              "                               --rules lists the checks (docs/lint.md)\n"
              "\n"
              "Options of upgrade, downgrade and stamp:\n"
              "  --lock-timeout SECONDS       wait this long for the migration lock and, on\n"
              "                               PostgreSQL and MariaDB, for each statement's table\n"
              "                               and row locks (default 30; 0: do not wait)\n"
              "  --statement-timeout SECONDS  cancel any statement running longer (PostgreSQL,\n"
              "                               MariaDB; 0: no limit, the default)\n"
              "                               Both override [database] lock_timeout /\n"
              "                               statement_timeout of stepwise.ini and the\n"
              "                               connection profile's settings.\n"
              "  --allow CODE,…               run although the plan has error-level safety\n"
              "                               findings of these codes (see stepwise lint)\n"
              "\n"
              "Global options:\n"
              "  --project DIR     the project folder (default: this folder or a parent)\n"
              "  --url URL         database URL, e.g. sqlite:///app.db, postgresql://user@host/db\n"
              "  --connection NAME a connection profile saved by Stepwise Studio\n"
              "  --python PATH     Alembic projects: the Python that runs their revisions\n"
              "                    (default: $STEPWISE_PYTHON, $VIRTUAL_ENV, .venv/venv, python3)\n"
              "  --json            machine-readable output\n"
              "  -q, --quiet       only errors\n"
              "  -v, --verbose     more detail\n"
              "  --version, -h/--help\n"
              "\n"
              "Exit codes: 0 ok, 1 migration or database failure (lint: an error-level finding),\n"
              "2 usage/config/repository error, 3 lock timeout, 4 refused by a safety check.\n");
}

} // namespace Stepwise::Cli
