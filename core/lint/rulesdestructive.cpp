// SW1xx: statements that destroy data or break running clients.
#include "core/base/tr.h"
#include "core/lint/columntype.h"
#include "core/lint/lintcontext.h"
#include "core/lint/rulechecks.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core::Lint {

namespace {

using S = ParsedStatement;
using A = AlterAction;

bool isDropOf(const StatementContext &c, std::initializer_list<ObjectKind> kinds)
{
    if (c.statement.kind != S::Drop)
        return false;
    for (ObjectKind k : kinds) {
        if (c.statement.object == k)
            return true;
    }
    return false;
}

// Dropping what this section created, or what the up section created when this is the down
// section, loses nothing that existed before the revision.
bool createdHere(const StatementContext &c, ObjectKind kind, const Name &name)
{
    const QString key = objectKey(kind, c.key(name));
    return c.facts.createdObjects.contains(key) || c.createdByUp(key);
}

// Each dropped name of a DROP statement that existed before the revision.
template <typename Report> void forEachOldDropped(StatementContext &c, Report report)
{
    for (const Name &name : c.statement.names) {
        if (!createdHere(c, c.statement.object, name))
            report(name);
    }
}

bool columnCreatedHere(const StatementContext &c, const Name &table, const Name &column)
{
    const QString key = c.columnKey(table, column);
    return c.isNewTable(table) || c.facts.addedColumns.contains(key)
        || (!c.isUp()
            && (c.revision.upAddedColumns.contains(key)
                || c.revision.upCreated.contains(objectKey(ObjectKind::Table, c.key(table)))));
}

QString objectWord(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Function:
        return u"FUNCTION"_s;
    case ObjectKind::Procedure:
        return u"PROCEDURE"_s;
    case ObjectKind::Trigger:
        return u"TRIGGER"_s;
    case ObjectKind::Sequence:
        return u"SEQUENCE"_s;
    case ObjectKind::Extension:
        return u"EXTENSION"_s;
    case ObjectKind::Policy:
        return u"POLICY"_s;
    case ObjectKind::Index:
        return u"INDEX"_s;
    case ObjectKind::View:
        return u"VIEW"_s;
    case ObjectKind::MaterializedView:
        return u"MATERIALIZED VIEW"_s;
    case ObjectKind::Type:
        return u"TYPE"_s;
    case ObjectKind::Domain:
        return u"DOMAIN"_s;
    case ObjectKind::Schema:
        return u"SCHEMA"_s;
    case ObjectKind::Database:
        return u"DATABASE"_s;
    default:
        return u"DROP"_s;
    }
}

} // namespace

void checkDropTable(StatementContext &c)
{
    if (!isDropOf(c, { ObjectKind::Table }) || c.statement.temporary)
        return;
    forEachOldDropped(c, [&](const Name &n) {
        // A rebuild copied the rows to a new table first (SW212 tells about the copy).
        if (c.facts.copiedTables.contains(c.key(n)))
            return;
        c.report(c.statement.head,
            Tr::tr("DROP TABLE %1 deletes the table and all its rows").arg(c.display(n)),
            { c.display(n) }, c.target(n));
    });
}

void checkDropColumn(StatementContext &c)
{
    if (!c.altersTable())
        return;
    for (const AlterAction &a : c.statement.actions) {
        if (a.kind != A::DropColumn || columnCreatedHere(c, c.statement.name, a.target))
            continue;
        const QString column = c.columnDisplay(c.statement.name, a.target);
        c.report(a.whole, Tr::tr("DROP COLUMN %1 deletes its value in every row").arg(column),
            { column }, c.target(c.statement.name));
    }
}

void checkDropSchema(StatementContext &c)
{
    if (!isDropOf(c, { ObjectKind::Schema, ObjectKind::Database }))
        return;
    forEachOldDropped(c, [&](const Name &n) {
        c.report(c.statement.head,
            Tr::tr("DROP %1 %2 deletes everything in it")
                .arg(objectWord(c.statement.object), c.display(n)),
            { c.display(n) });
    });
}

void checkTruncate(StatementContext &c)
{
    if (c.statement.kind != S::Truncate)
        return;
    for (const Name &n : c.statement.names) {
        if (c.isNewTable(n))
            continue;
        c.report(c.statement.head,
            c.statement.cascade
                ? Tr::tr("TRUNCATE %1 CASCADE deletes every row of it and of the tables "
                         "that reference it")
                      .arg(c.display(n))
                : Tr::tr("TRUNCATE %1 deletes every row").arg(c.display(n)),
            { c.display(n) }, c.target(n));
    }
}

void checkDropView(StatementContext &c)
{
    if (!isDropOf(c, { ObjectKind::View, ObjectKind::MaterializedView }))
        return;
    forEachOldDropped(c, [&](const Name &n) {
        c.report(c.statement.head,
            Tr::tr("DROP %1 %2 breaks the clients that read it")
                .arg(objectWord(c.statement.object), c.display(n)),
            { c.display(n) });
    });
}

void checkDropIndex(StatementContext &c)
{
    if (isDropOf(c, { ObjectKind::Index })) {
        forEachOldDropped(c, [&](const Name &n) {
            c.report(c.statement.head,
                Tr::tr("DROP INDEX %1: queries that used it fall back to scans").arg(c.display(n)),
                { c.display(n) }, c.target(c.statement.table));
        });
        return;
    }
    if (!c.altersTable())
        return;
    for (const AlterAction &a : c.statement.actions) {
        if (a.kind != A::DropIndex || createdHere(c, ObjectKind::Index, a.target)
            || c.isNewTable(c.statement.name))
            continue;
        c.report(a.whole,
            Tr::tr("DROP INDEX %1 on %2: queries that used it fall back to scans")
                .arg(c.display(a.target), c.display(c.statement.name)),
            { c.display(a.target) }, c.target(c.statement.name));
    }
}

void checkDropConstraint(StatementContext &c)
{
    if (!c.altersTable() || c.isNewTable(c.statement.name))
        return;
    for (const AlterAction &a : c.statement.actions) {
        if (a.kind != A::DropConstraint)
            continue;
        if (a.target.valid()
            && (c.facts.createdObjects.contains(u"constraint:"_s + c.key(a.target))
                || c.createdByUp(u"constraint:"_s + c.key(a.target))))
            continue;
        const QString what = a.target.valid()            ? c.display(a.target)
            : a.constraint == ConstraintKind::PrimaryKey ? u"PRIMARY KEY"_s
                                                         : u"constraint"_s;
        c.report(a.whole,
            Tr::tr("dropping %1 of %2 stops the database enforcing it")
                .arg(what, c.display(c.statement.name)),
            { what }, c.target(c.statement.name));
    }
}

void checkDropType(StatementContext &c)
{
    if (!isDropOf(c, { ObjectKind::Type, ObjectKind::Domain }))
        return;
    forEachOldDropped(c, [&](const Name &n) {
        c.report(c.statement.head,
            c.statement.cascade
                ? Tr::tr("DROP %1 %2 CASCADE drops the columns that use it")
                      .arg(objectWord(c.statement.object), c.display(n))
                : Tr::tr("DROP %1 %2 fails while columns use it, and breaks clients that "
                         "name it")
                      .arg(objectWord(c.statement.object), c.display(n)),
            { c.display(n) });
    });
}

void checkDropObject(StatementContext &c)
{
    if (!isDropOf(c,
            { ObjectKind::Sequence, ObjectKind::Function, ObjectKind::Procedure,
                ObjectKind::Trigger, ObjectKind::Extension, ObjectKind::Policy,
                ObjectKind::Other }))
        return;
    forEachOldDropped(c, [&](const Name &n) {
        c.report(c.statement.head,
            Tr::tr("%1 %2 is dropped: whatever relies on it stops working")
                .arg(objectWord(c.statement.object), c.display(n)),
            { c.display(n) });
    });
}

void checkTypeNarrowing(StatementContext &c)
{
    if (!c.altersTable() || c.isNewTable(c.statement.name))
        return;
    for (const AlterAction &a : c.statement.actions) {
        if (a.kind != A::AlterType && a.kind != A::ModifyColumn && a.kind != A::ChangeColumn)
            continue;
        // In the down section, changing back a type the up section changed is the undo.
        if (!c.isUp()
            && c.revision.upRetypedColumns.contains(c.columnKey(c.statement.name, a.target)))
            continue;
        const std::optional<KnownColumn> old = c.knownColumn(c.statement.name, a.target);
        if (!old)
            continue;
        const ColumnType from = ColumnType::parse(old->type, c.dialect());
        const ColumnType to = ColumnType::parse(c.statement.textOf(a.column.type), c.dialect());
        if (compareTypes(from, to) != TypeChange::Narrowing)
            continue;
        const QString column = c.columnDisplay(c.statement.name, a.target);
        c.report(a.whole,
            Tr::tr("%1 changes from %2 to %3, which cannot hold every old value")
                .arg(column, old->type, c.text(a.column.type)),
            { column }, c.target(c.statement.name));
    }
}

void checkRenameTable(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    if (s.kind == S::RenameTables) {
        for (const auto &[from, to] : s.renames) {
            if (c.isNewTable(from) || c.undoesUpRename(Effect::Table, c.key(from), c.key(to)))
                continue;
            c.report(s.head,
                Tr::tr("renaming table %1 to %2 breaks clients that use the old name")
                    .arg(c.display(from), c.display(to)),
                { c.display(from), c.display(to) }, c.target(from));
        }
        return;
    }
    if (!c.altersTable() || c.isNewTable(s.name))
        return;
    for (const AlterAction &a : s.actions) {
        if (a.kind != A::RenameTo
            || c.undoesUpRename(Effect::Table, c.key(s.name), c.key(a.newName)))
            continue;
        c.report(a.whole,
            Tr::tr("renaming table %1 to %2 breaks clients that use the old name")
                .arg(c.display(s.name), c.display(a.newName)),
            { c.display(s.name), c.display(a.newName) }, c.target(s.name));
    }
}

void checkRenameColumn(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    if (!c.altersTable())
        return;
    for (const AlterAction &a : s.actions) {
        Name newName = a.newName;
        if (a.kind == A::ChangeColumn)
            newName = a.column.name;
        else if (a.kind != A::RenameColumn)
            continue;
        if (!newName.valid() || c.key(newName) == c.key(a.target)
            || columnCreatedHere(c, s.name, a.target)
            || c.undoesUpRename(
                Effect::Column, c.columnKey(s.name, a.target), c.columnKey(s.name, newName)))
            continue;
        const QString column = c.columnDisplay(s.name, a.target);
        c.report(a.whole,
            Tr::tr("renaming column %1 to %2 breaks clients that use the old name")
                .arg(column, c.display(newName)),
            { column, c.display(newName) }, c.target(s.name));
    }
}

void checkRenameObject(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    if (s.kind != S::Alter)
        return;
    const bool table = s.object == ObjectKind::Table;
    for (const AlterAction &a : s.actions) {
        QString what;
        if (table) {
            if (c.isNewTable(s.name))
                return;
            if (a.kind == A::SetSchema)
                what = Tr::tr("moving table %1 to schema %2")
                           .arg(c.display(s.name), c.display(a.newName));
            else if (a.kind == A::RenameConstraint)
                what = Tr::tr("renaming constraint %1").arg(c.display(a.target));
            else if (a.kind == A::RenameIndex)
                what = Tr::tr("renaming index %1").arg(c.display(a.target));
        } else {
            if (createdHere(c, s.object, s.name))
                return;
            if (a.kind == A::RenameTo)
                what = Tr::tr("renaming %1 %2").arg(objectWord(s.object), c.display(s.name));
            else if (a.kind == A::SetSchema)
                what = Tr::tr("moving %1 %2 to schema %3")
                           .arg(objectWord(s.object), c.display(s.name), c.display(a.newName));
            else if (a.kind == A::RenameValue)
                what = Tr::tr("renaming a value of %1").arg(c.display(s.name));
        }
        if (what.isEmpty())
            continue;
        c.report(a.whole, Tr::tr("%1 breaks what refers to it by name").arg(what),
            { c.display(s.name) }, table ? c.target(s.name) : LintTarget());
    }
}

void checkDropNotNull(StatementContext &c)
{
    if (!c.altersTable() || c.isNewTable(c.statement.name))
        return;
    for (const AlterAction &a : c.statement.actions) {
        if (a.kind != A::DropNotNull)
            continue;
        const QString column = c.columnDisplay(c.statement.name, a.target);
        c.report(a.whole,
            Tr::tr("%1 may hold NULL from now on: readers that assume a value break").arg(column),
            { column }, c.target(c.statement.name));
    }
}

void checkDropDefault(StatementContext &c)
{
    if (!c.altersTable())
        return;
    for (const AlterAction &a : c.statement.actions) {
        if (a.kind != A::DropDefault || columnCreatedHere(c, c.statement.name, a.target)
            || (!c.isUp()
                && c.revision.upAlteredColumns.contains(c.columnKey(c.statement.name, a.target))))
            continue;
        const QString column = c.columnDisplay(c.statement.name, a.target);
        c.report(a.whole,
            Tr::tr("%1 loses its default: inserts that leave it out no longer get a value")
                .arg(column),
            { column }, c.target(c.statement.name));
    }
}

} // namespace Stepwise::Core::Lint
