// SW4xx: the revision as a whole: reversibility, transactions, statements that cannot work.
#include "core/base/tr.h"
#include "core/lint/lintcontext.h"
#include "core/lint/rulechecks.h"
#include "core/lint/statementparser.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core::Lint {

namespace {

using S = ParsedStatement;
using A = AlterAction;

QString kindWord(Effect::Kind kind)
{
    switch (kind) {
    case Effect::Table:
        return Tr::tr("table");
    case Effect::Column:
        return Tr::tr("column");
    case Effect::Index:
        return Tr::tr("index");
    case Effect::View:
        return Tr::tr("view");
    case Effect::Schema:
        return Tr::tr("schema");
    case Effect::Type:
        return Tr::tr("type");
    case Effect::Sequence:
        return Tr::tr("sequence");
    case Effect::Routine:
        return Tr::tr("function");
    case Effect::Trigger:
        return Tr::tr("trigger");
    case Effect::Constraint:
        return Tr::tr("constraint");
    case Effect::Other:
        break;
    }
    return Tr::tr("object");
}

bool has(const std::vector<Effect> &effects, Effect::Op op, Effect::Kind kind, const QString &key)
{
    for (const Effect &e : effects) {
        if (e.op == op && e.kind == kind && e.key == key)
            return true;
    }
    return false;
}

bool renamedBack(const std::vector<Effect> &effects, const Effect &rename)
{
    for (const Effect &e : effects) {
        if (e.op == Effect::Rename && e.kind == rename.kind && e.key == rename.renamedTo
            && e.renamedTo == rename.key)
            return true;
    }
    return false;
}

// Whether the down section undoes `e`, one of the up section's effects.
bool undone(const Effect &e, const std::vector<Effect> &down)
{
    const bool ownerDropped = !e.owner.isEmpty() && has(down, Effect::Drop, Effect::Table, e.owner);
    switch (e.op) {
    case Effect::Create:
        return has(down, Effect::Drop, e.kind, e.key) || ownerDropped
            || (e.orReplace && has(down, Effect::Create, e.kind, e.key));
    case Effect::Drop:
        return has(down, Effect::Create, e.kind, e.key);
    case Effect::Rename:
        return renamedBack(down, e);
    case Effect::Alter:
        return has(down, Effect::Alter, e.kind, e.key) || has(down, Effect::Drop, e.kind, e.key)
            || ownerDropped;
    }
    return true;
}

// Up effects on objects the up section itself created earlier: undoing the creation undoes them.
bool onObjectCreatedEarlier(const Effect &e, const std::vector<Effect> &up)
{
    for (const Effect &before : up) {
        if (before.statement >= e.statement)
            break;
        if (before.op != Effect::Create)
            continue;
        if ((before.kind == e.kind && before.key == e.key)
            || (before.kind == Effect::Table && before.key == e.owner && !e.owner.isEmpty()))
            return true;
    }
    return false;
}

// Whether the up section drops again what it created (a scratch table).
bool droppedLater(const Effect &e, const std::vector<Effect> &up)
{
    for (const Effect &after : up) {
        if (after.statement > e.statement && after.op == Effect::Drop && after.kind == e.kind
            && after.key == e.key)
            return true;
    }
    return false;
}

// The table a table created by the up section ends up as: the last name an up rename gives it
// (SQLite's rebuild creates _new_t, drops t and renames _new_t to t).
QString finalTableName(const Effect &created, const std::vector<Effect> &up)
{
    QString name = created.key;
    for (const Effect &after : up) {
        if (after.statement > created.statement && after.op == Effect::Rename
            && after.kind == Effect::Table && after.key == name)
            name = after.renamedTo;
    }
    return name;
}

// Whether `effects` replace table `key`: drop it and rename another table to its name (a
// rebuild), which undoes a rebuild of it or any change to it.
bool replacesTable(const std::vector<Effect> &effects, const QString &key)
{
    bool dropped = false, renamedOnto = false;
    for (const Effect &e : effects) {
        if (e.kind != Effect::Table)
            continue;
        dropped = dropped || (e.op == Effect::Drop && e.key == key);
        renamedOnto = renamedOnto || (e.op == Effect::Rename && e.renamedTo == key);
    }
    return dropped && renamedOnto;
}

// A rebuild in the up section (the table dropped and another renamed onto its name, or the new
// table that takes its place): undone by a down section that drops the table, or rebuilds it.
bool rebuildUndone(const Effect &e, const std::vector<Effect> &up, const std::vector<Effect> &down)
{
    if (e.kind != Effect::Table || (e.op != Effect::Create && e.op != Effect::Drop))
        return false;
    const QString table = e.op == Effect::Create ? finalTableName(e, up) : e.key;
    if (e.op == Effect::Create && table == e.key)
        return false; // not renamed: an ordinary new table
    if (!replacesTable(up, table))
        return e.op == Effect::Create && has(down, Effect::Drop, Effect::Table, table);
    return has(down, Effect::Drop, Effect::Table, table) || replacesTable(down, table);
}

QString notUndoneMessage(const Effect &e)
{
    switch (e.op) {
    case Effect::Create:
        return Tr::tr("the down section does not drop %1 %2, which this statement creates")
            .arg(kindWord(e.kind), e.display);
    case Effect::Drop:
        return Tr::tr("the down section does not create %1 %2 again, which this statement drops")
            .arg(kindWord(e.kind), e.display);
    case Effect::Rename:
        return Tr::tr("the down section does not rename %1 %2 back")
            .arg(kindWord(e.kind), e.display);
    case Effect::Alter:
        break;
    }
    return Tr::tr("the down section does not change %1 %2 back").arg(kindWord(e.kind), e.display);
}

bool isFailureProne(const StatementContext &c)
{
    if (c.reportedHere(LintCategory::DataDependent) || c.reportedHere("SW110"))
        return true;
    const ParsedStatement &s = c.statement;
    if (s.kind != S::Alter || s.object != ObjectKind::Table || c.isNewTable(s.name))
        return false;
    for (const AlterAction &a : s.actions) {
        if (a.kind == A::ValidateConstraint)
            return true;
        if (a.kind == A::AddConstraint && !a.notValid
            && (a.constraint == ConstraintKind::ForeignKey
                || a.constraint == ConstraintKind::Check))
            return true;
    }
    return false;
}

} // namespace

void finishIrreversible(RevisionContext &c)
{
    if (c.input.up.statements.isEmpty())
        return; // nothing to undo: a merge, an empty revision
    if (!c.input.down.present)
        c.report(LintFinding::Section::Up, 0, {},
            Tr::tr("the revision has no down section: it cannot be downgraded"));
    else if (c.input.down.statements.isEmpty())
        c.report(LintFinding::Section::Up, 0, {},
            Tr::tr("the down section is empty: a downgrade would leave these changes in "
                   "place"));
}

void finishDownUndo(RevisionContext &c)
{
    if (!c.input.down.present || c.input.down.statements.isEmpty())
        return; // SW402's case
    for (const Effect &e : c.upEffects) {
        if (onObjectCreatedEarlier(e, c.upEffects)
            || (e.op == Effect::Create && droppedLater(e, c.upEffects)) || undone(e, c.downEffects)
            || rebuildUndone(e, c.upEffects, c.downEffects))
            continue;
        c.report(LintFinding::Section::Up, e.statement, e.span, notUndoneMessage(e), { e.display });
    }
}

void checkFailureProne(StatementContext &c)
{
    if (c.rollsBackAsOne() || c.lastStatement() || !isFailureProne(c))
        return;
    const int after = int(c.sectionInput().statements.size()) - c.index - 1;
    c.report(c.statement.head,
        Tr::tr("this statement may fail on the data, and this section is not one "
               "transaction: %n statement(s) after it would not run",
            nullptr, after));
}

void checkTransactionControl(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    if (s.kind != S::Begin && s.kind != S::Commit && s.kind != S::Rollback)
        return;
    if (c.sectionInput().transactional) {
        const QString what = s.kind == S::Begin ? u"BEGIN"_s
            : s.kind == S::Commit               ? u"COMMIT"_s
                                                : u"ROLLBACK"_s;
        c.report(
            s.head, Tr::tr("%1 inside a section Stepwise runs in its own transaction").arg(what));
        return;
    }
    if (s.kind != S::Begin)
        return;
    // A BEGIN needs its COMMIT (or ROLLBACK) later in the same section.
    StatementParser parser(c.dialect());
    const QList<SqlStatement> &statements = c.sectionInput().statements;
    for (qsizetype i = c.index + 1; i < statements.size(); ++i) {
        const ParsedStatement::Kind k = parser.parse(statements.at(i).text).kind;
        if (k == S::Commit || k == S::Rollback)
            return;
    }
    c.report(s.head, Tr::tr("this BEGIN is not committed before the section ends"));
}

void checkInlineReferences(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    const auto report = [&](const ColumnDef &d, const Name &table) {
        const QString column = c.columnDisplay(table, d.name);
        c.report(d.whole,
            Tr::tr("MySQL ignores the REFERENCES clause on column %1: no foreign key is "
                   "created")
                .arg(column),
            { column });
    };
    if (s.kind == S::Create && s.object == ObjectKind::Table) {
        for (const ColumnDef &d : s.columns) {
            if (d.references)
                report(d, s.name);
        }
        return;
    }
    if (s.kind != S::Alter || s.object != ObjectKind::Table)
        return;
    for (const AlterAction &a : s.actions) {
        if ((a.kind == A::AddColumn || a.kind == A::ModifyColumn || a.kind == A::ChangeColumn)
            && a.column.references)
            report(a.column, s.name);
    }
}

void checkEnumAddValue(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    if (s.kind != S::Alter || s.object != ObjectKind::Type
        || (!c.sectionInput().transactional && c.facts.openTransaction < 0))
        return;
    for (const AlterAction &a : s.actions) {
        if (a.kind == A::AddValue)
            c.report(a.whole,
                Tr::tr("the value added to %1 cannot be used before this transaction "
                       "commits")
                    .arg(c.display(s.name)),
                { c.display(s.name) });
    }
}

void checkResumableConcurrentIndex(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    if (s.kind != S::Create || s.object != ObjectKind::Index || !s.concurrently
        || c.sectionInput().transactional)
        return;
    if (s.name.valid() && c.facts.droppedIfExists.contains(c.key(s.name)))
        return;
    c.report(s.head,
        s.name.valid()
            ? Tr::tr("if this build fails, %1 stays behind INVALID and a resumed run fails "
                     "on it: drop it IF EXISTS first")
                  .arg(c.display(s.name))
            : Tr::tr("if this build fails, its unnamed INVALID index stays behind: name the "
                     "index and drop it IF EXISTS first"),
        { c.display(s.name) });
}

void checkIdentifierLength(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    const bool postgres = c.dialect() == SqlSyntax::PostgreSQL;
    const auto check = [&](const Name &n, Span at) {
        if (!n.valid())
            return;
        // The key is the name without quotes (case aside, which does not change its length).
        const QString name = c.key(n);
        const qsizetype length = postgres ? name.toUtf8().size() : name.size();
        const qsizetype limit = postgres ? 63 : 64;
        if (length <= limit)
            return;
        c.report(at.valid() ? at : s.head,
            postgres ? Tr::tr("the name %1 is %2 bytes long: PostgreSQL keeps the first 63")
                           .arg(c.display(n))
                           .arg(length)
                     : Tr::tr("the name %1 is %2 characters long: MySQL refuses more than 64")
                           .arg(c.display(n))
                           .arg(length),
            { c.display(n) });
    };
    if (s.kind == S::Create) {
        check(s.name, s.head);
        for (const ColumnDef &d : s.columns)
            check(d.name, d.whole);
        return;
    }
    if (s.kind == S::RenameTables) {
        for (const auto &[from, to] : s.renames)
            check(to, s.head);
        return;
    }
    if (s.kind != S::Alter)
        return;
    for (const AlterAction &a : s.actions) {
        if (a.kind == A::AddColumn || a.kind == A::ChangeColumn)
            check(a.column.name, a.whole);
        else if (a.kind == A::AddConstraint)
            check(a.target, a.whole);
        else if (a.newName.valid() && a.kind != A::SetSchema)
            check(a.newName, a.whole);
    }
}

} // namespace Stepwise::Core::Lint
