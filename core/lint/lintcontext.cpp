#include "core/lint/lintcontext.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core::Lint {

QString objectKey(ObjectKind kind, const QString &key)
{
    switch (kind) {
    case ObjectKind::Table:
        return u"table:"_s + key;
    case ObjectKind::Index:
        return u"index:"_s + key;
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
        return u"view:"_s + key;
    case ObjectKind::Type:
    case ObjectKind::Domain:
        return u"type:"_s + key;
    case ObjectKind::Schema:
    case ObjectKind::Database:
        return u"schema:"_s + key;
    default:
        return u"object:"_s + key;
    }
}

QString renameKey(Effect::Kind kind, const QString &from, const QString &to)
{
    return QString::number(int(kind)) + u':' + from + u'>' + to;
}

StatementContext::StatementContext(const LintInput &input_, LintFinding::Section section_,
    int index_, const ParsedStatement &statement_, const SectionFacts &facts_,
    const RevisionFacts &revision_, std::vector<RawFinding> *out)
    : input(input_)
    , section(section_)
    , index(index_)
    , statement(statement_)
    , facts(facts_)
    , revision(revision_)
    , m_out(out)
    , m_firstOfStatement(out->size())
{
}

const LintSection &StatementContext::sectionInput() const
{
    return isUp() ? input.up : input.down;
}

bool StatementContext::rollsBackAsOne() const
{
    return sectionInput().transactional
        && (dialect() == SqlSyntax::PostgreSQL || dialect() == SqlSyntax::SQLite);
}

bool StatementContext::lastStatement() const
{
    return index + 1 >= sectionInput().statements.size();
}

QString StatementContext::columnKey(const Name &table, const Name &column) const
{
    return key(table) + u'.' + key(column);
}

QString StatementContext::columnDisplay(const Name &table, const Name &column) const
{
    return display(table) + u'.' + display(column);
}

bool StatementContext::isNewTable(const Name &table) const
{
    return table.valid() && facts.createdTables.contains(key(table));
}

bool StatementContext::createdByUp(const QString &kindKey) const
{
    return !isUp() && revision.upCreated.contains(kindKey);
}

bool StatementContext::undoesUpRename(
    Effect::Kind kind, const QString &from, const QString &to) const
{
    return !isUp() && revision.upRenames.contains(renameKey(kind, to, from));
}

std::optional<KnownColumn> StatementContext::knownColumn(
    const Name &table, const Name &column) const
{
    const QString k = columnKey(table, column);
    if (const auto it = facts.columns.constFind(k); it != facts.columns.cend())
        return *it;
    const QHash<QString, KnownColumn> &other = isUp() ? revision.downColumns : revision.upColumns;
    if (const auto it = other.constFind(k); it != other.cend())
        return *it;
    return std::nullopt;
}

QStringList StatementContext::stored(const std::vector<Name> &names) const
{
    QStringList result;
    for (const Name &n : names)
        result << stored(n);
    return result;
}

LintTarget StatementContext::target(const Name &table, LintTarget::Kind kind) const
{
    LintTarget t;
    if (!table.valid())
        return t;
    t.kind = kind;
    t.schema = schemaStored(statement.text, table, dialect());
    t.table = stored(table);
    return t;
}

LintTarget StatementContext::constraintTarget(const Name &table, const AlterAction &a) const
{
    LintTarget t = target(table);
    if (!t.valid())
        return t;
    switch (a.constraint) {
    case ConstraintKind::Check:
        if (a.checkExpression.valid()) {
            t.kind = LintTarget::Kind::FailsCheck;
            t.checkExpression = text(a.checkExpression).trimmed();
        }
        break;
    case ConstraintKind::ForeignKey:
        if (!a.keyColumns.empty() && a.references.valid()
            && (a.referencedColumns.empty()
                || a.referencedColumns.size() == a.keyColumns.size())) {
            t.kind = LintTarget::Kind::FailsForeignKey;
            t.columns = stored(a.keyColumns);
            t.refSchema = schemaStored(statement.text, a.references, dialect());
            t.refTable = stored(a.references);
            t.refColumns = stored(a.referencedColumns);
        }
        break;
    case ConstraintKind::PrimaryKey:
    case ConstraintKind::Unique:
        if (!a.keyColumns.empty()) {
            t.kind = LintTarget::Kind::DuplicatesIn;
            t.columns = stored(a.keyColumns);
            t.nullsViolate = a.constraint == ConstraintKind::PrimaryKey;
        }
        break;
    default:
        break;
    }
    return t;
}

void StatementContext::report(
    Span at, const QString &message, const QStringList &objects, const LintTarget &target)
{
    m_out->push_back(RawFinding { rule, section, index, at, message, objects, target });
}

bool StatementContext::reportedHere(LintCategory category) const
{
    for (size_t i = m_firstOfStatement; i < m_out->size(); ++i) {
        if ((*m_out)[i].rule->category == category)
            return true;
    }
    return false;
}

bool StatementContext::reportedHere(const char *code) const
{
    for (size_t i = m_firstOfStatement; i < m_out->size(); ++i) {
        if (qstrcmp((*m_out)[i].rule->code, code) == 0)
            return true;
    }
    return false;
}

RevisionContext::RevisionContext(const LintInput &input_, const std::vector<Effect> &up,
    const std::vector<Effect> &down, std::vector<RawFinding> *out)
    : input(input_)
    , upEffects(up)
    , downEffects(down)
    , m_out(out)
{
}

void RevisionContext::report(LintFinding::Section section, int statement, Span at,
    const QString &message, const QStringList &objects, const LintTarget &target)
{
    m_out->push_back(RawFinding { rule, section, statement, at, message, objects, target });
}

} // namespace Stepwise::Core::Lint
