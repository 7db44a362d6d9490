// SW3xx: statements whose success depends on the rows already in the table.
#include "core/base/tr.h"
#include "core/lint/columntype.h"
#include "core/lint/lintcontext.h"
#include "core/lint/rulechecks.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core::Lint {

namespace {

using S = ParsedStatement;
using A = AlterAction;

bool isAlterOfOldTable(const StatementContext &c)
{
    return c.altersTable() && !c.isNewTable(c.statement.name);
}

} // namespace

void checkAddNotNull(StatementContext &c)
{
    if (!isAlterOfOldTable(c))
        return;
    for (const AlterAction &a : c.statement.actions) {
        if (a.kind != A::AddColumn)
            continue;
        const ColumnDef &d = a.column;
        const bool defaulted = d.defaultValue.valid()
            && c.statement.textOf(d.defaultValue).trimmed().compare(u"NULL", Qt::CaseInsensitive)
                != 0;
        const bool filled = defaulted || d.identity || d.generated
            || ColumnType::parse(c.statement.textOf(d.type), c.dialect()).serial;
        if (!(d.notNull || d.primaryKey) || filled)
            continue;
        const QString column = c.columnDisplay(c.statement.name, d.name);
        c.report(a.whole,
            c.dialect() == SqlSyntax::MySQL
                ? Tr::tr("%1 is NOT NULL without a DEFAULT: existing rows get 0, '' or a "
                         "zero date")
                      .arg(column)
                : Tr::tr("%1 is NOT NULL without a DEFAULT: adding it fails when %2 has "
                         "rows")
                      .arg(column, c.display(c.statement.name)),
            { column }, c.target(c.statement.name, LintTarget::Kind::RowsPresent));
    }
}

void checkAddUnique(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    if (s.kind == S::Create && s.object == ObjectKind::Index && s.unique) {
        if (c.isNewTable(s.table))
            return;
        LintTarget target = c.target(s.table);
        if (target.valid() && !s.indexColumns.empty()) {
            target.kind = LintTarget::Kind::DuplicatesIn;
            target.columns = c.stored(s.indexColumns);
        }
        c.report(s.head,
            Tr::tr("the unique index %1 cannot be built if %2 holds duplicates")
                .arg(c.display(s.name), c.display(s.table))
                .simplified(),
            { c.display(s.table) }, target);
        return;
    }
    if (!isAlterOfOldTable(c))
        return;
    for (const AlterAction &a : s.actions) {
        if (a.kind != A::AddConstraint || a.usingIndex
            || (a.constraint != ConstraintKind::Unique
                && a.constraint != ConstraintKind::PrimaryKey))
            continue;
        c.report(a.whole,
            a.constraint == ConstraintKind::PrimaryKey
                ? Tr::tr("the PRIMARY KEY cannot be added if %1 holds duplicates or NULLs")
                      .arg(c.display(s.name))
                : Tr::tr("the UNIQUE constraint cannot be added if %1 holds duplicates")
                      .arg(c.display(s.name)),
            { c.display(s.name) }, c.constraintTarget(s.name, a));
    }
}

void checkSetNotNullData(StatementContext &c)
{
    if (!isAlterOfOldTable(c))
        return;
    const ParsedStatement &s = c.statement;
    for (const AlterAction &a : s.actions) {
        bool setsNotNull = a.kind == A::SetNotNull;
        if ((a.kind == A::ModifyColumn || a.kind == A::ChangeColumn) && a.column.notNull) {
            // MySQL restates the whole column: only a known nullable column becomes NOT NULL.
            const std::optional<KnownColumn> old = c.knownColumn(s.name, a.target);
            setsNotNull = old && !old->notNull;
        }
        const QString key = c.columnKey(s.name, a.target);
        if (!setsNotNull || c.facts.backfilledColumns.contains(key)
            || c.facts.provenNotNull.contains(key))
            continue;
        const QString column = c.columnDisplay(s.name, a.target);
        LintTarget target = c.target(s.name, LintTarget::Kind::NullsIn);
        target.columns = QStringList { c.stored(a.target) };
        c.report(a.whole, Tr::tr("making %1 NOT NULL fails if a row holds NULL in it").arg(column),
            { column }, target);
    }
}

void checkTypeChangeData(StatementContext &c)
{
    if (!isAlterOfOldTable(c))
        return;
    const ParsedStatement &s = c.statement;
    for (const AlterAction &a : s.actions) {
        if (a.kind != A::AlterType && a.kind != A::ModifyColumn && a.kind != A::ChangeColumn)
            continue;
        const ColumnType to = ColumnType::parse(s.textOf(a.column.type), c.dialect());
        const std::optional<KnownColumn> old = c.knownColumn(s.name, a.target);
        TypeChange change = TypeChange::Unknown;
        if (old)
            change = compareTypes(ColumnType::parse(old->type, c.dialect()), to);
        if (change == TypeChange::Same || change == TypeChange::Widening
            || change == TypeChange::Narrowing) // SW110 reports a narrowing
            continue;
        const QString column = c.columnDisplay(s.name, a.target);
        c.report(a.whole,
            old && !old->type.isEmpty()
                ? Tr::tr("converting %1 from %2 to %3 fails on values that do not convert")
                      .arg(column, old->type, c.text(a.column.type))
                : Tr::tr("converting %1 to %2 fails on values that do not convert (the "
                         "revision does not say its old type)")
                      .arg(column, c.text(a.column.type)),
            { column }, c.target(s.name));
    }
}

void checkAddCheckData(StatementContext &c)
{
    if (!isAlterOfOldTable(c))
        return;
    const ParsedStatement &s = c.statement;
    for (const AlterAction &a : s.actions) {
        if (a.kind != A::AddConstraint || a.notValid)
            continue;
        const bool check = a.constraint == ConstraintKind::Check;
        // With foreign_key_checks = 0, MySQL adds a foreign key without reading the rows.
        const bool foreignKey =
            a.constraint == ConstraintKind::ForeignKey && !c.facts.foreignKeyChecksOff;
        if (!check && !foreignKey)
            continue;
        c.report(a.whole,
            check ? Tr::tr("the CHECK constraint %1 cannot be added if a row of %2 fails it")
                        .arg(c.display(a.target), c.display(s.name))
                        .simplified()
                  : Tr::tr("the FOREIGN KEY %1 cannot be added if a row of %2 has no parent row")
                        .arg(c.display(a.target), c.display(s.name))
                        .simplified(),
            { c.display(s.name) }, c.constraintTarget(s.name, a));
    }
}

} // namespace Stepwise::Core::Lint
