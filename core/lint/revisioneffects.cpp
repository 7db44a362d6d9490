#include "core/lint/revisioneffects.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core::Lint {

namespace {

Effect::Kind effectKind(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Table:
        return Effect::Table;
    case ObjectKind::Index:
        return Effect::Index;
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
        return Effect::View;
    case ObjectKind::Schema:
    case ObjectKind::Database:
        return Effect::Schema;
    case ObjectKind::Type:
    case ObjectKind::Domain:
        return Effect::Type;
    case ObjectKind::Sequence:
        return Effect::Sequence;
    case ObjectKind::Function:
    case ObjectKind::Procedure:
        return Effect::Routine;
    case ObjectKind::Trigger:
        return Effect::Trigger;
    default:
        return Effect::Other;
    }
}

class Collector
{
public:
    Collector(const ParsedStatement &s, SqlSyntax dialect, int index, std::vector<Effect> *out)
        : m_s(s)
        , m_dialect(dialect)
        , m_index(index)
        , m_out(out)
    {
    }

    QString key(const Name &n) const { return nameKey(m_s.text, n, m_dialect); }
    QString display(const Name &n) const { return nameDisplay(m_s.text, n); }

    void add(Effect::Op op, Effect::Kind kind, const QString &key, const QString &display,
        Span span, const QString &owner = {}, const QString &renamedTo = {})
    {
        if (key.isEmpty())
            return;
        Effect e;
        e.op = op;
        e.kind = kind;
        e.key = key;
        e.owner = owner;
        e.renamedTo = renamedTo;
        e.display = display;
        e.orReplace = m_s.orReplace;
        e.statement = m_index;
        e.span = span.valid() ? span : m_s.head;
        m_out->push_back(e);
    }

    void create()
    {
        if (m_s.temporary || !m_s.name.valid())
            return;
        const Effect::Kind kind = effectKind(m_s.object);
        const QString owner = m_s.table.valid() ? key(m_s.table) : QString();
        add(Effect::Create, kind, key(m_s.name), display(m_s.name), m_s.head, owner);
    }

    void drop()
    {
        if (m_s.temporary)
            return;
        const Effect::Kind kind = effectKind(m_s.object);
        const QString owner = m_s.table.valid() ? key(m_s.table) : QString();
        for (const Name &n : m_s.names)
            add(Effect::Drop, kind, key(n), display(n), m_s.head, owner);
    }

    void alterTable()
    {
        const QString table = key(m_s.name);
        const QString tableDisplay = display(m_s.name);
        const auto column = [&](const Name &n) -> QString { return table + u'.' + key(n); };
        const auto columnDisplay = [&](const Name &n) -> QString {
            return tableDisplay + u'.' + display(n);
        };
        for (const AlterAction &a : m_s.actions) {
            switch (a.kind) {
            case AlterAction::AddColumn:
                add(Effect::Create, Effect::Column, column(a.column.name),
                    columnDisplay(a.column.name), a.whole, table);
                break;
            case AlterAction::DropColumn:
                add(Effect::Drop, Effect::Column, column(a.target), columnDisplay(a.target),
                    a.whole, table);
                break;
            case AlterAction::AlterType:
            case AlterAction::SetNotNull:
            case AlterAction::DropNotNull:
            case AlterAction::SetDefault:
            case AlterAction::DropDefault:
            case AlterAction::ModifyColumn:
                add(Effect::Alter, Effect::Column, column(a.target), columnDisplay(a.target),
                    a.whole, table);
                break;
            case AlterAction::ChangeColumn:
                if (key(a.target) != key(a.column.name))
                    add(Effect::Rename, Effect::Column, column(a.target), columnDisplay(a.target),
                        a.whole, table, column(a.column.name));
                else
                    add(Effect::Alter, Effect::Column, column(a.target), columnDisplay(a.target),
                        a.whole, table);
                break;
            case AlterAction::AddConstraint:
                addConstraint(a, table, tableDisplay);
                break;
            case AlterAction::DropConstraint:
                if (a.constraint == ConstraintKind::PrimaryKey && !a.target.valid())
                    add(Effect::Drop, Effect::Constraint, table + u".primary key"_s,
                        tableDisplay + u" PRIMARY KEY"_s, a.whole, table);
                else
                    add(Effect::Drop, Effect::Constraint, key(a.target), display(a.target), a.whole,
                        table);
                break;
            case AlterAction::DropIndex:
                add(Effect::Drop, Effect::Index, key(a.target), display(a.target), a.whole, table);
                break;
            case AlterAction::RenameTo:
                add(Effect::Rename, Effect::Table, table, tableDisplay, a.whole, {},
                    key(a.newName));
                break;
            case AlterAction::RenameColumn:
                add(Effect::Rename, Effect::Column, column(a.target), columnDisplay(a.target),
                    a.whole, table, column(a.newName));
                break;
            case AlterAction::RenameConstraint:
                add(Effect::Rename, Effect::Constraint, key(a.target), display(a.target), a.whole,
                    table, key(a.newName));
                break;
            case AlterAction::RenameIndex:
                add(Effect::Rename, Effect::Index, key(a.target), display(a.target), a.whole, table,
                    key(a.newName));
                break;
            default:
                break;
            }
        }
    }

    void addConstraint(const AlterAction &a, const QString &table, const QString &tableDisplay)
    {
        switch (a.constraint) {
        case ConstraintKind::Index:
        case ConstraintKind::FullText:
        case ConstraintKind::Spatial:
            add(Effect::Create, Effect::Index, key(a.target), display(a.target), a.whole, table);
            return;
        case ConstraintKind::Unique:
            // MySQL's ADD UNIQUE [INDEX] name is an index; PostgreSQL's a named constraint.
            add(Effect::Create, m_dialect == SqlSyntax::MySQL ? Effect::Index : Effect::Constraint,
                key(a.target), display(a.target), a.whole, table);
            return;
        case ConstraintKind::PrimaryKey:
            if (!a.target.valid() || m_dialect == SqlSyntax::MySQL) {
                add(Effect::Create, Effect::Constraint, table + u".primary key"_s,
                    tableDisplay + u" PRIMARY KEY"_s, a.whole, table);
                return;
            }
            break;
        default:
            break;
        }
        // Unnamed constraints get names the revision does not know: they cannot be matched.
        add(Effect::Create, Effect::Constraint, key(a.target), display(a.target), a.whole, table);
    }

    void alterOther()
    {
        for (const AlterAction &a : m_s.actions) {
            if (a.kind == AlterAction::RenameTo)
                add(Effect::Rename, effectKind(m_s.object), key(m_s.name), display(m_s.name),
                    a.whole, {}, key(a.newName));
        }
    }

    void renameTables()
    {
        for (const auto &[from, to] : m_s.renames)
            add(Effect::Rename, Effect::Table, key(from), display(from), m_s.head, {}, key(to));
    }

private:
    const ParsedStatement &m_s;
    SqlSyntax m_dialect;
    int m_index;
    std::vector<Effect> *m_out;
};

} // namespace

void collectEffects(
    const ParsedStatement &statement, SqlSyntax dialect, int index, std::vector<Effect> *effects)
{
    Collector c(statement, dialect, index, effects);
    switch (statement.kind) {
    case ParsedStatement::Create:
        c.create();
        break;
    case ParsedStatement::Drop:
        c.drop();
        break;
    case ParsedStatement::Alter:
        if (statement.object == ObjectKind::Table)
            c.alterTable();
        else
            c.alterOther();
        break;
    case ParsedStatement::RenameTables:
        c.renameTables();
        break;
    default:
        break;
    }
}

} // namespace Stepwise::Core::Lint
