#include "core/engine/revisionlint.h"

#include "core/base/tr.h"
#include "core/graph/revisiongraph.h"
#include "core/lint/lintrule.h"
#include "core/repository/nativerevisionparser.h"
#include "core/sql/sqlscript.h"

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

Result<LintSection> lintSection(const RevisionSection &section, SqlSyntax dialect,
                                const QString &file)
{
    LintSection out;
    out.present = section.present;
    out.transactional = section.transactional;
    out.text = section.text;
    if (!section.present || !section.holdsCode)
        return out;
    // The engine's split (StepScript::forStep): same splitter, same first line.
    const Result<SqlScript> split = SqlScript::split(section.text, dialect, file, section.firstLine);
    if (!split)
        return split.error();
    out.statements = split->statements();
    return out;
}

} // namespace

Result<LintInput> lintInputFor(const Revision &revision, SqlSyntax dialect,
                               std::chrono::milliseconds sessionLockTimeout)
{
    if (revision.format == Revision::Format::Alembic)
        return Error(ErrorCode::Unsupported,
                     Tr::tr("Revision %1 is a Python (Alembic) revision: its SQL is only known "
                            "when Alembic runs it, so it is not checked")
                         .arg(revision.id),
                     revision.relativePath);
    LintInput input;
    input.dialect = dialect;
    input.file = revision.relativePath;
    input.sessionLockTimeout = sessionLockTimeout;
    Result<LintSection> up = lintSection(revision.up, dialect, revision.relativePath);
    if (!up)
        return up.error();
    Result<LintSection> down = lintSection(revision.down, dialect, revision.relativePath);
    if (!down)
        return down.error();
    input.up = std::move(up).value();
    input.down = std::move(down).value();
    return input;
}

Result<LintInput> lintInputForText(const QString &text, const QString &relativePath,
                                   SqlSyntax dialect, std::chrono::milliseconds sessionLockTimeout)
{
    const ParsedRevision parsed = NativeRevisionParser::parse(text.toUtf8(), relativePath);
    // Header problems (a missing message, a bad id) do not stop the statements from being
    // checked; only sections that are not there do.
    if (!parsed.revision.up.present && !parsed.revision.down.present) {
        if (!parsed.ok())
            return parsed.errors.first();
        return Error(ErrorCode::Repository,
                     Tr::tr("%1 has no \"-- migrate:up\" section").arg(relativePath), relativePath);
    }
    Revision revision = parsed.revision;
    revision.format = Revision::Format::Native;
    revision.relativePath = relativePath;
    return lintInputFor(revision, dialect, sessionLockTimeout);
}

Result<QList<LintFinding>> lintRevisionSql(const QString &upSql, bool upTransactional,
                                           const QString &downSql, bool downTransactional,
                                           SqlSyntax dialect, const QString &file)
{
    Revision revision;
    revision.relativePath = file;
    for (auto [section, sql, transactional] :
         { std::tuple { &revision.up, &upSql, upTransactional },
           std::tuple { &revision.down, &downSql, downTransactional } }) {
        section->present = true;
        section->transactional = transactional;
        section->firstLine = 1;
        section->text = *sql;
        section->holdsCode = !sql->trimmed().isEmpty();
    }
    const Result<LintInput> input = lintInputFor(revision, dialect);
    if (!input)
        return input.error();
    return lintRevision(*input);
}

Result<QList<LintFinding>> lintRevisionFile(const Revision &revision, SqlSyntax dialect,
                                            std::chrono::milliseconds sessionLockTimeout)
{
    const Result<LintInput> input = lintInputFor(revision, dialect, sessionLockTimeout);
    if (!input)
        return input.error();
    QList<LintFinding> findings = lintRevision(*input);
    for (LintFinding &f : findings)
        f.revision = revision.id;
    return findings;
}

Result<PlanLint> lintPlan(const RevisionGraph &graph, const Plan &plan, SqlSyntax dialect,
                          std::chrono::milliseconds sessionLockTimeout)
{
    PlanLint out;
    for (const PlanStep &step : plan.steps) {
        if (step.direction == PlanStep::Stamp)
            continue;
        const int r = graph.indexOf(step.revision);
        if (r < 0)
            return Error(ErrorCode::Graph,
                         Tr::tr("Revision %1 is not in the project").arg(step.revision));
        const Revision &revision = graph.revision(r);
        if (revision.format == Revision::Format::Alembic) {
            out.notLinted << revision.id;
            continue;
        }
        const Result<QList<LintFinding>> findings =
            lintRevisionFile(revision, dialect, sessionLockTimeout);
        if (!findings)
            return findings.error();
        const auto section =
            step.direction == PlanStep::Up ? LintFinding::Section::Up : LintFinding::Section::Down;
        for (const LintFinding &f : *findings) {
            if (f.section == section)
                out.findings << f;
        }
    }
    return out;
}

QList<LintFinding> PlanLint::blocking(const QStringList &allowed) const
{
    QList<LintFinding> out;
    for (const LintFinding &f : findings) {
        if (f.severity == LintSeverity::Error && !f.suppressed
            && !allowed.contains(f.code, Qt::CaseInsensitive))
            out << f;
    }
    return out;
}

QList<LintFinding> lintFindingsForDisplay(QList<LintFinding> out)
{
    out.removeIf([](const LintFinding &f) { return f.suppressed; });
    const auto destructive = [](const LintFinding &f) {
        const LintRule *rule = findLintRule(f.code);
        return rule && rule->category == LintCategory::Destructive;
    };
    std::stable_sort(out.begin(), out.end(), [&](const LintFinding &a, const LintFinding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return destructive(a) && !destructive(b);
    });
    return out;
}

Result<void> PlanLint::refuseBlocking(const QStringList &allowed) const
{
    const QList<LintFinding> blocked = blocking(allowed);
    if (blocked.isEmpty())
        return {};
    QStringList codes, lines;
    for (const LintFinding &f : blocked) {
        if (!codes.contains(f.code))
            codes << f.code;
        lines << u"  "_s + f.toString();
    }
    return Error(ErrorCode::Unsafe,
                 Tr::tr("Refused: the plan has %n error-level safety finding(s); nothing ran.",
                        nullptr, int(blocked.size()))
                     + u'\n' + lines.join(u'\n') + u'\n'
                     + Tr::tr("Make the revision safe (stepwise lint -v explains each finding), "
                              "suppress a finding with a \"-- stepwise:ignore CODE reason\" "
                              "comment, or run anyway with --allow %1")
                           .arg(codes.join(u',')))
        .withDetail(lines.join(u'\n'));
}

Result<QStringList> parseAllowedLintCodes(const QString &list)
{
    QStringList codes;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        const QString code = part.trimmed().toUpper();
        if (code.isEmpty())
            continue;
        if (!findLintRule(code))
            return Error(ErrorCode::Usage,
                         Tr::tr("--allow: %1 is not a check's code (see stepwise lint --rules)")
                             .arg(part.trimmed()));
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

} // namespace Stepwise::Core
