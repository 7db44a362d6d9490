// stepwise lint [REV | RANGE | --pending] [--rules]: the safety checks of core/lint over
// revisions (both sections), or over what `upgrade` would run on the connected database, with
// the live numbers of its tables. Exit 1 when an error-level finding is not suppressed.
#include "clitr.h"
#include "cliconnection.h"
#include "clicontext.h"
#include "commands.h"
#include "revisionjson.h"

#include "core/db/dialect.h"
#include "core/engine/lintlive.h"
#include "core/engine/migrationsession.h"
#include "core/engine/revisionlint.h"
#include "core/graph/targetresolver.h"
#include "core/lint/lintrule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {
namespace {

int printRules(CliContext &session)
{
    if (session.json()) {
        QJsonArray rules;
        for (const LintRule &r : lintRules()) {
            QJsonArray dialects;
            for (SqlSyntax d : {SqlSyntax::Generic, SqlSyntax::SQLite, SqlSyntax::PostgreSQL,
                                SqlSyntax::MySQL})
                if (r.appliesTo(d))
                    dialects.append(sqlSyntaxName(d));
            rules.append(QJsonObject{{u"code"_s, QString::fromLatin1(r.code)},
                                     {u"name"_s, QString::fromLatin1(r.name)},
                                     {u"severity"_s, lintSeverityName(r.severity)},
                                     {u"dialects"_s, dialects},
                                     {u"title"_s, r.translatedTitle()},
                                     {u"explanation"_s, r.translatedExplanation()},
                                     {u"safe_alternative"_s, r.translatedSafeAlternative()}});
        }
        session.out() << QJsonDocument(QJsonObject{{u"rules"_s, rules}}).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const LintRule &r : lintRules())
        session.out() << QString::fromLatin1(r.code) << u"  "_s
                      << lintSeverityName(r.severity).leftJustified(8) << u"  "_s
                      << QString::fromLatin1(r.name).leftJustified(36) << u"  "_s << r.translatedTitle()
                      << '\n';
    return 0;
}

// The revisions REV or RANGE names, or every revision, oldest first (files read in the order
// history shows them, reversed, so findings come in the order the revisions run).
Result<QList<int>> selectedRevisions(const RevisionGraph &graph, const QString &argument)
{
    TargetResolver resolver(graph);
    Result<QList<int>> revs = argument.isEmpty() ? Result<QList<int>>(resolver.historyAll())
        : argument.contains(u':')                 ? resolver.historyRange(argument, {})
                                                  : resolver.lookup(argument);
    if (!revs)
        return revs;
    QList<int> ordered = *revs;
    std::reverse(ordered.begin(), ordered.end());
    return ordered;
}

struct Linted
{
    QList<LintFinding> findings;
    QStringList notLinted; // Python revisions
    int revisions = 0;
};

int print(CliContext &session, const Linted &linted)
{
    int errors = 0, warnings = 0, notices = 0, suppressed = 0;
    for (const LintFinding &f : linted.findings) {
        if (f.suppressed)
            ++suppressed;
        else if (f.severity == LintSeverity::Error)
            ++errors;
        else if (f.severity == LintSeverity::Warning)
            ++warnings;
        else
            ++notices;
    }
    const int exitCode = errors > 0 ? 1 : 0;
    if (session.json()) {
        QJsonArray findings;
        for (const LintFinding &f : linted.findings)
            findings.append(lintFindingJson(f));
        session.out() << QJsonDocument(QJsonObject{{u"ok"_s, errors == 0},
                                                   {u"revisions"_s, linted.revisions},
                                                   {u"errors"_s, errors},
                                                   {u"warnings"_s, warnings},
                                                   {u"notices"_s, notices},
                                                   {u"suppressed"_s, suppressed},
                                                   {u"findings"_s, findings},
                                                   {u"not_linted"_s, toJson(linted.notLinted)}})
                             .toJson(QJsonDocument::Indented);
        return exitCode;
    }
    for (const LintFinding &f : linted.findings) {
        if (f.suppressed && !session.verbose())
            continue;
        session.out() << f.toString() << '\n';
        if (session.verbose() && !f.suppressed) {
            session.out() << u"    "_s << f.explanation << '\n';
            session.out() << u"    "_s << CliText::tr("Safer: %1").arg(f.safeAlternative) << '\n';
        }
    }
    for (const QString &id : linted.notLinted)
        session.out() << CliText::tr("not checked: %1 is a Python (Alembic) revision").arg(id) << '\n';
    if (!session.quiet()) {
        session.out() << QCoreApplication::translate("cli", "%n revision(s) checked: ", nullptr,
                                                     linted.revisions)
                      << QCoreApplication::translate("cli", "%n error(s), ", nullptr, errors)
                      << QCoreApplication::translate("cli", "%n warning(s), ", nullptr, warnings)
                      << QCoreApplication::translate("cli", "%n notice(s)", nullptr, notices);
        if (suppressed > 0)
            session.out() << QCoreApplication::translate("cli", " (%n suppressed)", nullptr, suppressed);
        session.out() << '\n';
    }
    return exitCode;
}

} // namespace

int runLint(CliContext &session)
{
    const CommandLine &line = session.line();
    if (line.isSet(u"rules"_s)) {
        if (!line.arguments.isEmpty() || line.isSet(u"pending"_s))
            return session.usageError(CliText::tr("'lint --rules' takes no revision"));
        return printRules(session);
    }
    const bool pending = line.isSet(u"pending"_s);
    if (line.arguments.size() > 1 || (pending && !line.arguments.isEmpty()))
        return session.usageError(CliText::tr("'lint' takes one revision or range (A:B), or --pending"));
    const auto loaded = session.load(false);
    if (!loaded)
        return session.exitCode();
    CliConnection connection(session);
    Linted linted;
    if (pending) {
        // What `upgrade` would run from the database's heads, with its tables' numbers.
        const Result<ConnectionUrl> url = connection.databaseUrl(loaded->project.config);
        if (!url)
            return session.fail(url.error());
        auto migration = connection.open(*url, *loaded);
        if (!migration)
            return session.fail(migration.error());
        const Result<Plan> plan = (*migration)->plan(Planner::Command::Upgrade, {u"heads"_s});
        if (!plan)
            return session.fail(plan.error());
        const Dialect &dialect = (*migration)->dialect();
        Result<PlanLint> lint = lintPlan(
            loaded->graph, *plan, sqlSyntaxFromName(dialect.splitterName()),
            MigrationSession::timeoutsFor(*url, loaded->project.config).lockOrDefault());
        if (!lint)
            return session.fail(lint.error());
        measureLintFindings(lint->findings, (*migration)->database(), dialect);
        linted.findings = std::move(lint->findings);
        linted.notLinted = lint->notLinted;
        for (const PlanStep &s : plan->steps)
            linted.revisions += s.direction == PlanStep::Up ? 1 : 0;
        return print(session, linted);
    }
    // Files only: the dialect of the project (or of --url), no connection.
    const Result<const Dialect *> dialect = connection.offlineDialect(loaded->project.config);
    if (!dialect)
        return session.fail(dialect.error());
    const SqlSyntax syntax = sqlSyntaxFromName((*dialect)->splitterName());
    const Result<QList<int>> revs =
        selectedRevisions(loaded->graph, line.arguments.isEmpty() ? QString() : line.arguments.first());
    if (!revs)
        return session.fail(revs.error());
    const std::chrono::milliseconds lockTimeout =
        loaded->project.config.lockTimeout.value_or(SessionTimeouts::defaultLock);
    for (int r : *revs) {
        const Revision &revision = loaded->graph.revision(r);
        if (revision.format == Revision::Format::Alembic) {
            linted.notLinted << revision.id;
            continue;
        }
        ++linted.revisions;
        Result<QList<LintFinding>> findings = lintRevisionFile(revision, syntax, lockTimeout);
        if (!findings)
            return session.fail(findings.error());
        linted.findings << *findings;
    }
    return print(session, linted);
}

} // namespace Stepwise::Cli
