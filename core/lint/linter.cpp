#include "core/lint/linter.h"

#include "core/base/tr.h"
#include "core/lint/lintcontext.h"
#include "core/lint/sqltokenizer.h"
#include "core/lint/statementparser.h"
#include "core/lint/suppression.h"

#include <QMultiHash>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

using namespace Lint;

namespace {

using S = ParsedStatement;
using A = AlterAction;
using Section = LintFinding::Section;

// The column a "col IS NOT NULL" check is about, or an empty name.
Name notNullCheckColumn(QStringView expression, SqlSyntax dialect)
{
    Tokenizer tokens(expression, dialect);
    Token t;
    Token parts[5];
    int n = 0;
    while (tokens.next(&t)) {
        const QStringView text = expression.mid(t.offset, t.length);
        if (t.kind == Token::Symbol && (text == u"(" || text == u")"))
            continue;
        if (n == 4)
            return {};
        parts[n++] = t;
    }
    const auto word = [&](int i, QStringView w) {
        return parts[i].kind == Token::Word
            && expression.mid(parts[i].offset, parts[i].length).compare(w, Qt::CaseInsensitive)
            == 0;
    };
    if (n != 4 || !word(1, u"IS") || !word(2, u"NOT") || !word(3, u"NULL")
        || (parts[0].kind != Token::Word && parts[0].kind != Token::QuotedName))
        return {};
    Name name;
    name.offset = name.partOffset = parts[0].offset;
    name.length = name.partLength = parts[0].length;
    name.quoted = parts[0].kind == Token::QuotedName;
    return name;
}

bool setsLockTimeout(const ParsedStatement &s, SqlSyntax dialect)
{
    const QString variable = nameKey(s.text, s.name, dialect);
    if (variable != u"lock_timeout"_s && variable != u"lock_wait_timeout"_s)
        return false;
    QString value = s.textOf(s.value).toString().remove(u'\'').trimmed();
    return !value.isEmpty() && value != u"0"_s
        && value.compare(u"DEFAULT", Qt::CaseInsensitive) != 0;
}

// Remembers what `s` did, for the rules that look at the statements after it.
void record(const ParsedStatement &s, int index, SqlSyntax dialect, SectionFacts *facts)
{
    const auto key = [&](const Name &n) { return nameKey(s.text, n, dialect); };
    const auto columnKey = [&](const Name &table, const Name &column) -> QString {
        return key(table) + u'.' + key(column);
    };
    const auto define = [&](const Name &table, const ColumnDef &d) {
        facts->columns.insert(columnKey(table, d.name),
            KnownColumn { s.textOf(d.type).toString(), d.notNull || d.primaryKey });
    };
    switch (s.kind) {
    case S::Create:
        if (!s.name.valid())
            break;
        facts->createdObjects.insert(objectKey(s.object, key(s.name)));
        if (s.object == ObjectKind::Table) {
            facts->createdTables.insert(key(s.name));
            for (const ColumnDef &d : s.columns)
                define(s.name, d);
        }
        break;
    case S::Drop:
        if (s.object == ObjectKind::Index && s.ifExists) {
            for (const Name &n : s.names)
                facts->droppedIfExists.insert(key(n));
        }
        break;
    case S::Insert:
        if (s.source.valid())
            facts->copiedTables.insert(key(s.source));
        break;
    case S::Update:
        for (const Name &column : s.setColumns)
            facts->backfilledColumns.insert(columnKey(s.name, column));
        break;
    case S::Set:
        facts->lockTimeoutSet = facts->lockTimeoutSet || setsLockTimeout(s, dialect);
        if (key(s.name) == u"foreign_key_checks"_s) {
            const QString value = s.textOf(s.value).toString().remove(u'\'').trimmed().toLower();
            facts->foreignKeyChecksOff = value == u"0"_s || value == u"off"_s;
        }
        break;
    case S::Begin:
        facts->openTransaction = index;
        break;
    case S::Commit:
    case S::Rollback:
        facts->openTransaction = -1;
        break;
    case S::RenameTables:
        for (const auto &[from, to] : s.renames) {
            if (facts->createdTables.contains(key(from)))
                facts->createdTables.insert(key(to));
        }
        break;
    case S::Alter:
        if (s.object != ObjectKind::Table)
            break;
        for (const AlterAction &a : s.actions) {
            const QString column = columnKey(s.name, a.target);
            switch (a.kind) {
            case A::AddColumn:
                facts->addedColumns.insert(columnKey(s.name, a.column.name));
                define(s.name, a.column);
                break;
            case A::ModifyColumn:
                define(s.name, a.column);
                facts->retypedColumns.insert(column);
                break;
            case A::ChangeColumn:
                facts->columns.remove(column);
                define(s.name, a.column);
                facts->retypedColumns.insert(columnKey(s.name, a.column.name));
                break;
            case A::AlterType:
                facts->columns[column].type = s.textOf(a.column.type).toString();
                facts->retypedColumns.insert(column);
                break;
            case A::SetNotNull:
                facts->columns[column].notNull = true;
                break;
            case A::DropNotNull:
                facts->columns[column].notNull = false;
                break;
            case A::AddConstraint:
                if (a.target.valid())
                    facts->createdObjects.insert(
                        (a.constraint == ConstraintKind::Index
                                    || a.constraint == ConstraintKind::FullText
                                    || a.constraint == ConstraintKind::Spatial
                                    || (a.constraint == ConstraintKind::Unique
                                        && dialect == SqlSyntax::MySQL)
                                ? u"index:"_s
                                : u"constraint:"_s)
                        + key(a.target));
                if (a.constraint == ConstraintKind::Check && a.target.valid()) {
                    const QStringView expression = s.textOf(a.checkExpression);
                    const Name checked = notNullCheckColumn(expression, dialect);
                    if (checked.valid()) {
                        const QString checkedKey =
                            key(s.name) + u'.' + nameKey(expression, checked, dialect);
                        facts->notNullChecks.insert(key(a.target), checkedKey);
                        if (!a.notValid)
                            facts->provenNotNull.insert(checkedKey);
                    }
                }
                break;
            case A::ValidateConstraint:
                if (const auto it = facts->notNullChecks.constFind(key(a.target));
                    it != facts->notNullChecks.cend())
                    facts->provenNotNull.insert(*it);
                break;
            case A::RenameTo:
                if (facts->createdTables.contains(key(s.name)))
                    facts->createdTables.insert(key(a.newName));
                break;
            default:
                break;
            }
        }
        break;
    default:
        break;
    }
}

class Linter
{
public:
    explicit Linter(const LintInput &input)
        : m_input(input)
        , m_parser(input.dialect)
    {
        for (const LintRule &rule : lintRules()) {
            if (rule.appliesTo(input.dialect) && rule.check)
                m_checks.push_back(&rule);
        }
    }

    QList<LintFinding> run()
    {
        // The down section tells the types the up section starts from.
        SectionFacts down;
        for (qsizetype i = 0; i < m_input.down.statements.size(); ++i)
            record(
                m_parser.parse(m_input.down.statements.at(i).text), int(i), m_input.dialect, &down);
        m_revision.downColumns = down.columns;

        const SectionFacts up = lintSection(Section::Up, &m_upEffects);
        m_revision.upColumns = up.columns;
        m_revision.upCreated = up.createdObjects;
        m_revision.upAddedColumns = up.addedColumns;
        m_revision.upRetypedColumns = up.retypedColumns;
        for (const Effect &e : m_upEffects) {
            if (e.op == Effect::Rename)
                m_revision.upRenames.insert(renameKey(e.kind, e.key, e.renamedTo));
            else if (e.op == Effect::Alter && e.kind == Effect::Column)
                m_revision.upAlteredColumns.insert(e.key);
        }
        lintSection(Section::Down, &m_downEffects);

        RevisionContext revision(m_input, m_upEffects, m_downEffects, &m_raw);
        for (const LintRule &rule : lintRules()) {
            if (rule.appliesTo(m_input.dialect) && rule.finish) {
                revision.rule = &rule;
                rule.finish(revision);
            }
        }
        return findings();
    }

private:
    const LintSection &section(Section s) const
    {
        return s == Section::Up ? m_input.up : m_input.down;
    }

    SectionFacts lintSection(Section which, std::vector<Effect> *effects)
    {
        SectionFacts facts;
        const QList<SqlStatement> &statements = section(which).statements;
        for (qsizetype i = 0; i < statements.size(); ++i) {
            const SqlStatement &statement = statements.at(i);
            const ParsedStatement &parsed = m_parser.parse(statement.text);
            if (mayHoldSuppression(statement.text)) {
                const qsizetype codeStart =
                    parsed.head.valid() ? parsed.head.offset : statement.text.size();
                findSuppressions(statement, m_input.dialect, which, int(i), codeStart,
                    i > 0 ? statements.at(i - 1).endLine : 0, &m_suppressions);
            }
            StatementContext context(m_input, which, int(i), parsed, facts, m_revision, &m_raw);
            for (const LintRule *rule : m_checks) {
                context.rule = rule;
                rule->check(context);
            }
            record(parsed, int(i), m_input.dialect, &facts);
            collectEffects(parsed, m_input.dialect, int(i), effects);
        }
        if (!statements.isEmpty() && !section(which).text.isEmpty())
            findTrailingSuppressions(statements.last(), section(which).text, m_input.dialect, which,
                int(statements.size() - 1), &m_suppressions);
        return facts;
    }

    LintFinding finding(const LintRule &rule, Section which, int index, Span span,
        const QString &message, const QStringList &objects) const
    {
        LintFinding f;
        f.code = QString::fromLatin1(rule.code);
        f.severity = rule.severity;
        f.message = message;
        f.explanation = rule.translatedExplanation();
        f.safeAlternative = rule.translatedSafeAlternative();
        f.file = m_input.file;
        f.section = which;
        f.statement = index;
        f.objects = objects;
        f.objects.removeAll(QString());
        const QList<SqlStatement> &statements = section(which).statements;
        if (index < 0 || index >= statements.size())
            return f;
        const SqlStatement &statement = statements.at(index);
        if (!span.valid())
            span = { 0, statement.text.size() };
        positionOf(statement.text, statement.startLine, statement.startColumn, span.offset, &f.line,
            &f.column);
        positionOf(statement.text, statement.startLine, statement.startColumn,
            span.offset + span.length, &f.endLine, &f.endColumn);
        return f;
    }

    void addFinding(const RawFinding &raw, QList<LintFinding> *out) const
    {
        Span span = raw.span;
        if (!span.valid()) {
            // Revision-level findings point at the statement's code, past its comments.
            StatementParser parser(m_input.dialect);
            const QList<SqlStatement> &statements = section(raw.section).statements;
            if (raw.statement < statements.size())
                span = parser.parse(statements.at(raw.statement).text).head;
        }
        *out << finding(*raw.rule, raw.section, raw.statement, span, raw.message, raw.objects);
        out->last().target = raw.target;
    }

    // Marks the findings the suppressions cover: the rules' own, or (meta) SW408's. Findings
    // are looked up by statement, so this stays linear however many there are.
    void applySuppressions(QList<LintFinding> *findings, bool meta)
    {
        const auto statementKey = [](Section section, int statement) {
            return (qint64(section) << 32) | quint32(statement);
        };
        QMultiHash<qint64, qsizetype> byStatement;
        for (qsizetype i = 0; i < findings->size(); ++i)
            byStatement.insert(statementKey(findings->at(i).section, findings->at(i).statement), i);
        for (Suppression &s : m_suppressions) {
            const auto [begin, end] = byStatement.equal_range(statementKey(s.section, s.statement));
            for (auto it = begin; it != end; ++it) {
                LintFinding &f = (*findings)[*it];
                if (f.suppressed || (f.code == u"SW408"_s) != meta)
                    continue;
                const qsizetype code = s.codes.indexOf(f.code);
                if (code < 0)
                    continue;
                f.suppressed = true;
                f.suppressionReason = s.reason;
                s.used[code] = true;
            }
        }
    }

    void reportBadSuppressions(QList<LintFinding> *findings, bool meta) const
    {
        const LintRule *rule = findLintRule(u"SW408");
        if (!rule->appliesTo(m_input.dialect))
            return;
        for (const Suppression &s : m_suppressions) {
            const auto report = [&](const QString &message) {
                LintFinding f = finding(*rule, s.section, s.owner, {}, message, {});
                f.line = s.line;
                f.column = s.column;
                f.endLine = s.endLine;
                f.endColumn = s.endColumn;
                *findings << f;
            };
            if (s.statement < 0) {
                if (!meta)
                    report(Tr::tr("stepwise:ignore after the section's last statement applies "
                                  "to nothing: put it before its statement or at the end of its "
                                  "line"));
                continue;
            }
            if (!meta) {
                if (s.codes.isEmpty())
                    report(Tr::tr("stepwise:ignore names no rule code (such as SW201)"));
                for (const QString &code : s.codes) {
                    if (!findLintRule(code))
                        report(
                            Tr::tr("stepwise:ignore names %1, which is not a rule code").arg(code));
                }
                if (!s.codes.isEmpty() && s.reason.isEmpty())
                    report(Tr::tr("stepwise:ignore %1 gives no reason").arg(s.codes.join(u", ")));
            }
            for (qsizetype i = 0; i < s.codes.size(); ++i) {
                const bool isMeta = s.codes.at(i) == u"SW408"_s;
                if (isMeta == meta && !s.used.at(i) && findLintRule(s.codes.at(i)))
                    report(Tr::tr("stepwise:ignore %1 suppresses nothing: the statement has no "
                                  "%1 finding")
                               .arg(s.codes.at(i)));
            }
        }
    }

    QList<LintFinding> findings()
    {
        QList<LintFinding> result;
        result.reserve(qsizetype(m_raw.size()));
        for (const RawFinding &raw : m_raw)
            addFinding(raw, &result);
        // The rules' findings first, then the complaints about suppressions (which may be
        // suppressed in turn by "stepwise:ignore SW408"), then the unused SW408 suppressions.
        applySuppressions(&result, false);
        QList<LintFinding> meta;
        reportBadSuppressions(&meta, false);
        applySuppressions(&meta, true);
        reportBadSuppressions(&meta, true);
        result << meta;
        std::stable_sort(
            result.begin(), result.end(), [](const LintFinding &a, const LintFinding &b) {
                return std::tuple(a.section, a.statement, a.line, a.column)
                    < std::tuple(b.section, b.statement, b.line, b.column);
            });
        return result;
    }

    const LintInput &m_input;
    StatementParser m_parser;
    std::vector<const LintRule *> m_checks;
    RevisionFacts m_revision;
    std::vector<RawFinding> m_raw;
    std::vector<Effect> m_upEffects;
    std::vector<Effect> m_downEffects;
    std::vector<Suppression> m_suppressions;
};

} // namespace

QList<LintFinding> lintRevision(const LintInput &input)
{
    return Linter(input).run();
}

QString LintFinding::toString() const
{
    QString text = u"%1:%2:%3: %4 %5: %6"_s.arg(file).arg(line).arg(column).arg(
        lintSeverityName(severity), code, message);
    if (live.measured() && !live.summary.isEmpty())
        text += u" ("_s + live.summary + u')';
    if (suppressed)
        text += u" ["_s + Tr::tr("suppressed: %1").arg(suppressionReason) + u']';
    return text;
}

} // namespace Stepwise::Core
