// SW2xx: statements that hold strong locks for long, or rewrite or copy whole tables.
#include "core/base/tr.h"
#include "core/lint/columntype.h"
#include "core/lint/lintcontext.h"
#include "core/lint/rulechecks.h"
#include "core/lint/sqltokenizer.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core::Lint {

namespace {

using S = ParsedStatement;
using A = AlterAction;

bool inTransaction(const StatementContext &c)
{
    return c.sectionInput().transactional || c.facts.openTransaction >= 0;
}

// Functions a DEFAULT may call without PostgreSQL computing a value per row (stable or
// immutable): their value is taken once, when the column is added.
bool isStableFunction(QStringView name)
{
    static const QStringView stable[] = {
        u"now",
        u"current_timestamp",
        u"current_date",
        u"current_time",
        u"localtimestamp",
        u"localtime",
        u"transaction_timestamp",
        u"statement_timestamp",
        u"current_user",
        u"session_user",
        u"current_schema",
        u"current_setting",
        u"coalesce",
        u"nullif",
        u"greatest",
        u"least",
        u"lower",
        u"upper",
        u"concat",
        u"array",
        u"jsonb_build_object",
        u"json_build_object",
        u"jsonb_build_array",
        u"json_build_array",
        u"to_jsonb",
        u"to_json",
        u"make_date",
        u"make_time",
        u"make_timestamp",
        u"make_timestamptz",
        u"make_interval",
        u"to_timestamp",
        u"to_date",
        u"to_char",
        u"date_trunc",
        u"abs",
        u"round",
        u"length",
    };
    for (QStringView s : stable) {
        if (name.compare(s, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The first function a DEFAULT expression calls that may be volatile (random(), nextval(),
// gen_random_uuid(), an unknown function), or empty when it only uses constants and stable
// functions.
QString volatileCall(QStringView expression, SqlSyntax dialect)
{
    Tokenizer tokens(expression, dialect);
    Token t;
    Token previous;
    previous.length = 0;
    while (tokens.next(&t)) {
        const bool call = t.kind == Token::Symbol && expression.at(t.offset) == u'('
            && previous.length > 0 && previous.kind == Token::Word;
        if (call) {
            const QStringView name = expression.mid(previous.offset, previous.length);
            if (!isStableFunction(name))
                return name.toString();
        }
        previous = t;
    }
    return {};
}

// Tables a statement locks beyond a moment: DDL on a table that existed before the section.
bool locksExistingTable(const StatementContext &c, Name *table)
{
    const ParsedStatement &s = c.statement;
    switch (s.kind) {
    case S::Alter:
        *table = s.object == ObjectKind::Table ? s.name : s.table;
        break;
    case S::Create:
        if (s.object == ObjectKind::Index && !s.concurrently)
            *table = s.table;
        else if (s.object == ObjectKind::Trigger)
            *table = s.table;
        break;
    case S::Drop:
        if ((s.object == ObjectKind::Table || s.object == ObjectKind::Index) && !s.concurrently
            && !s.temporary)
            *table = s.object == ObjectKind::Table ? s.name : s.table.valid() ? s.table : s.name;
        break;
    case S::Truncate:
    case S::Cluster:
    case S::Reindex:
        *table = s.name;
        break;
    case S::Vacuum:
        if (s.full)
            *table = s.name;
        break;
    case S::RenameTables:
        *table = s.name;
        break;
    default:
        break;
    }
    if (!table->valid())
        return false;
    if (s.kind == S::Drop && s.object == ObjectKind::Index)
        return !c.facts.createdObjects.contains(objectKey(ObjectKind::Index, c.key(s.name)));
    return !c.isNewTable(*table);
}

} // namespace

void checkIndexConcurrently(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    if (s.kind != S::Create || s.object != ObjectKind::Index || s.concurrently
        || c.isNewTable(s.table))
        return;
    const QString index = s.name.valid() ? c.display(s.name) : QString();
    c.report(s.head,
        Tr::tr("CREATE INDEX %1 blocks writes to %2 while it builds")
            .arg(index, c.display(s.table))
            .simplified(),
        { index, c.display(s.table) }, c.target(s.table));
}

void checkDropIndexConcurrently(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    if (s.kind != S::Drop || s.object != ObjectKind::Index || s.concurrently)
        return;
    for (const Name &n : s.names) {
        if (c.facts.createdObjects.contains(objectKey(ObjectKind::Index, c.key(n))))
            continue;
        c.report(s.head,
            Tr::tr("DROP INDEX %1 locks its table exclusively: queries queue behind it")
                .arg(c.display(n)),
            { c.display(n) });
    }
}

void checkConcurrentlyInTransaction(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    if (!inTransaction(c))
        return;
    const QString where = c.facts.openTransaction >= 0
        ? Tr::tr("after the section's BEGIN")
        : Tr::tr("and Stepwise runs this section in a transaction");
    const bool concurrentStatement = s.concurrently
        && ((s.kind == S::Create && s.object == ObjectKind::Index)
            || (s.kind == S::Drop && s.object == ObjectKind::Index) || s.kind == S::Reindex);
    if (concurrentStatement) {
        const QString what = s.kind == S::Reindex ? u"REINDEX"_s
            : s.kind == S::Create                 ? u"CREATE INDEX"_s
                                                  : u"DROP INDEX"_s;
        c.report(s.head,
            Tr::tr("%1 CONCURRENTLY cannot run inside a transaction block, %2").arg(what, where),
            { c.display(s.name) });
        return;
    }
    if (!c.altersTable())
        return;
    for (const AlterAction &a : s.actions) {
        if (a.kind == A::DetachPartition && a.concurrently)
            c.report(a.whole,
                Tr::tr("DETACH PARTITION CONCURRENTLY cannot run inside a transaction "
                       "block, %1")
                    .arg(where),
                { c.display(a.target) });
    }
}

void checkConstraintNotValid(StatementContext &c)
{
    if (!c.altersTable() || c.isNewTable(c.statement.name))
        return;
    for (const AlterAction &a : c.statement.actions) {
        if (a.kind != A::AddConstraint || a.notValid
            || (a.constraint != ConstraintKind::ForeignKey
                && a.constraint != ConstraintKind::Check))
            continue;
        const QString what =
            a.constraint == ConstraintKind::ForeignKey ? u"FOREIGN KEY"_s : u"CHECK"_s;
        c.report(a.whole,
            Tr::tr("adding %1 %2 checks every row of %3 while blocking writes")
                .arg(what, c.display(a.target), c.display(c.statement.name))
                .simplified(),
            { c.display(c.statement.name) }, c.constraintTarget(c.statement.name, a));
    }
}

void checkSetNotNullLock(StatementContext &c)
{
    if (!c.altersTable() || c.isNewTable(c.statement.name))
        return;
    for (const AlterAction &a : c.statement.actions) {
        if (a.kind != A::SetNotNull
            || c.facts.provenNotNull.contains(c.columnKey(c.statement.name, a.target)))
            continue;
        const QString column = c.columnDisplay(c.statement.name, a.target);
        c.report(a.whole,
            Tr::tr("SET NOT NULL on %1 scans %2 under an ACCESS EXCLUSIVE lock")
                .arg(column, c.display(c.statement.name)),
            { column }, c.target(c.statement.name));
    }
}

void checkTypeRewrite(StatementContext &c)
{
    if (!c.altersTable() || c.isNewTable(c.statement.name))
        return;
    for (const AlterAction &a : c.statement.actions) {
        if (a.kind != A::AlterType)
            continue;
        const ColumnType to = ColumnType::parse(c.statement.textOf(a.column.type), c.dialect());
        if (const std::optional<KnownColumn> old = c.knownColumn(c.statement.name, a.target);
            old && changesWithoutRewrite(ColumnType::parse(old->type, c.dialect()), to))
            continue;
        const QString column = c.columnDisplay(c.statement.name, a.target);
        c.report(a.whole,
            Tr::tr("changing %1 to %2 rewrites %3 under an ACCESS EXCLUSIVE lock")
                .arg(column, c.text(a.column.type), c.display(c.statement.name)),
            { column }, c.target(c.statement.name));
    }
}

void checkAddColumnRewrite(StatementContext &c)
{
    if (!c.altersTable() || c.isNewTable(c.statement.name))
        return;
    for (const AlterAction &a : c.statement.actions) {
        if (a.kind != A::AddColumn)
            continue;
        const ColumnDef &d = a.column;
        QString why;
        if (ColumnType::parse(c.statement.textOf(d.type), c.dialect()).serial)
            why = Tr::tr("a serial column fills every row from its sequence");
        else if (d.identity)
            why = Tr::tr("an identity column fills every row");
        else if (d.generated && d.stored)
            why = Tr::tr("a stored generated column is computed for every row");
        else if (d.defaultValue.valid()) {
            const QString call = volatileCall(c.statement.textOf(d.defaultValue), c.dialect());
            if (!call.isEmpty())
                why = Tr::tr("its DEFAULT calls %1(), which may give each row another value")
                          .arg(call);
        }
        if (why.isEmpty())
            continue;
        const QString column = c.columnDisplay(c.statement.name, d.name);
        c.report(a.whole,
            Tr::tr("adding %1 rewrites %2 under an ACCESS EXCLUSIVE lock: %3")
                .arg(column, c.display(c.statement.name), why),
            { column }, c.target(c.statement.name));
    }
}

void checkKeyWithoutIndex(StatementContext &c)
{
    if (!c.altersTable() || c.isNewTable(c.statement.name))
        return;
    for (const AlterAction &a : c.statement.actions) {
        const bool constraint = a.kind == A::AddConstraint && !a.usingIndex
            && (a.constraint == ConstraintKind::PrimaryKey
                || a.constraint == ConstraintKind::Unique);
        const bool inlineKey = a.kind == A::AddColumn && (a.column.primaryKey || a.column.unique);
        if (!constraint && !inlineKey)
            continue;
        const bool primary =
            constraint ? a.constraint == ConstraintKind::PrimaryKey : a.column.primaryKey;
        c.report(a.whole,
            Tr::tr("%1 builds its index on %2 while holding an ACCESS EXCLUSIVE lock")
                .arg(primary ? u"PRIMARY KEY"_s : u"UNIQUE"_s, c.display(c.statement.name)),
            { c.display(c.statement.name) }, c.target(c.statement.name));
    }
}

void checkLockTimeout(StatementContext &c)
{
    using namespace std::chrono_literals;
    // A session limit of a few seconds is as good as one the section sets.
    constexpr std::chrono::milliseconds shortWait = 5s;
    const auto session = c.input.sessionLockTimeout;
    if (c.facts.lockTimeoutSet || c.facts.lockTimeoutReported
        || (session > 0ms && session <= shortWait))
        return;
    Name table;
    if (!locksExistingTable(c, &table))
        return;
    c.facts.lockTimeoutReported = true;
    const QString setting =
        c.dialect() == SqlSyntax::MySQL ? u"lock_wait_timeout"_s : u"lock_timeout"_s;
    c.report(c.statement.head,
        Tr::tr("no short %1 before this statement: while it waits for its lock on %2, "
               "every query on %2 waits behind it")
            .arg(setting, c.display(table)),
        { c.display(table) }, c.target(table));
}

void checkMysqlCopy(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    using Algorithm = ParsedStatement::Algorithm;
    // Asking for INSTANT or INPLACE makes the server refuse rather than copy.
    if (s.algorithm == Algorithm::Instant || s.algorithm == Algorithm::Inplace)
        return;
    if (s.kind == S::Create && s.object == ObjectKind::Index && !c.isNewTable(s.table)
        && (s.indexKind == ConstraintKind::FullText || s.indexKind == ConstraintKind::Spatial)) {
        c.report(s.head,
            Tr::tr("a FULLTEXT or SPATIAL index blocks writes to %1 while it builds")
                .arg(c.display(s.table)),
            { c.display(s.table) }, c.target(s.table));
        return;
    }
    if (!c.altersTable() || c.isNewTable(s.name))
        return;
    const QString table = c.display(s.name);
    if (s.algorithm == Algorithm::Copy) {
        c.report(
            s.head, Tr::tr("ALGORITHM=COPY copies %1 while writes wait").arg(table), { table },
            c.target(s.name));
        return;
    }
    bool addsPrimaryKey = false;
    for (const AlterAction &a : s.actions)
        addsPrimaryKey = addsPrimaryKey
            || (a.kind == A::AddConstraint && a.constraint == ConstraintKind::PrimaryKey);
    for (const AlterAction &a : s.actions) {
        QString why;
        if (a.kind == A::ModifyColumn || a.kind == A::ChangeColumn) {
            const ColumnType to = ColumnType::parse(s.textOf(a.column.type), c.dialect());
            if (to.family == ColumnType::Enum || to.family == ColumnType::Set)
                continue; // SW211 knows which ENUM and SET changes are instant
            const std::optional<KnownColumn> old = c.knownColumn(s.name, a.target);
            if (old) {
                const ColumnType from = ColumnType::parse(old->type, c.dialect());
                const TypeChange change = compareTypes(from, to);
                // VARCHAR grows in place while its length prefix keeps its size (one byte up to
                // 255 bytes: 63 characters of utf8mb4).
                const auto isVarchar = [](const ColumnType &t) {
                    return t.base == u"varchar" || t.base == u"character varying";
                };
                const bool varcharInPlace = change == TypeChange::Widening && isVarchar(from)
                    && isVarchar(to) && from.size > 0 && to.size > 0
                    && (from.size < 64) == (to.size < 64);
                if (change == TypeChange::Same || varcharInPlace)
                    continue;
            }
            why = old ? Tr::tr("changing the type of %1 copies the table")
                            .arg(c.columnDisplay(s.name, a.target))
                      : Tr::tr("%1 is redefined as %2: if its type changes, the table is copied")
                            .arg(c.columnDisplay(s.name, a.target), c.text(a.column.type));
        } else if (a.kind == A::AddConstraint && a.constraint == ConstraintKind::PrimaryKey) {
            why = Tr::tr("adding a PRIMARY KEY rebuilds the table");
        } else if (a.kind == A::DropConstraint && a.constraint == ConstraintKind::PrimaryKey
            && !addsPrimaryKey) {
            why = Tr::tr("dropping the PRIMARY KEY without adding another copies the table");
        } else if (a.kind == A::AddConstraint
            && (a.constraint == ConstraintKind::FullText
                || a.constraint == ConstraintKind::Spatial)) {
            why = Tr::tr("a FULLTEXT or SPATIAL index blocks writes while it builds");
        } else if (a.kind == A::AddConstraint && a.constraint == ConstraintKind::ForeignKey
            && !c.facts.foreignKeyChecksOff) {
            why = Tr::tr("adding a FOREIGN KEY copies the table while foreign_key_checks is on");
        } else if (a.kind == A::ConvertCharset) {
            why = Tr::tr("converting the character set copies the table");
        } else if (a.kind == A::Rebuild) {
            why = Tr::tr("ENGINE= and FORCE rebuild the table");
        } else if (a.kind == A::AddColumn && a.column.identity) {
            why = Tr::tr("adding an AUTO_INCREMENT column blocks writes while the table is "
                         "rebuilt");
        } else if (a.kind == A::AddColumn && a.column.generated && a.column.stored) {
            why = Tr::tr("adding a STORED generated column copies the table");
        }
        if (!why.isEmpty())
            c.report(a.whole, Tr::tr("%1 (%2)").arg(why, table), { table }, c.target(s.name));
    }
}

void checkMysqlEnumChange(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    if (!c.altersTable() || c.isNewTable(s.name))
        return;
    for (const AlterAction &a : s.actions) {
        if (a.kind != A::ModifyColumn && a.kind != A::ChangeColumn)
            continue;
        const ColumnType to = ColumnType::parse(s.textOf(a.column.type), c.dialect());
        const std::optional<KnownColumn> old = c.knownColumn(s.name, a.target);
        if ((to.family != ColumnType::Enum && to.family != ColumnType::Set) || !old)
            continue;
        const ColumnType from = ColumnType::parse(old->type, c.dialect());
        if (from.family != to.family)
            continue;
        const bool appended = to.values.size() >= from.values.size()
            && to.values.mid(0, from.values.size()) == from.values;
        // Storage: ENUM 1 byte up to 255 values, else 2; SET 1, 2, 3, 4 or 8 bytes.
        const auto bytes = [&](qsizetype n) -> qsizetype {
            if (to.family == ColumnType::Enum)
                return n <= 255 ? 1 : 2;
            const qsizetype b = (n + 7) / 8;
            return b > 4 ? 8 : b;
        };
        const QString column = c.columnDisplay(s.name, a.target);
        if (!appended)
            c.report(a.whole,
                Tr::tr("the values of %1 are removed, reordered or inserted before the end: "
                       "the table is copied")
                    .arg(column),
                { column }, c.target(s.name));
        else if (bytes(from.values.size()) != bytes(to.values.size()))
            c.report(a.whole,
                Tr::tr("%1 grows past its storage size: the table is copied").arg(column),
                { column }, c.target(s.name));
    }
}

void checkSqliteRebuild(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    if (s.kind != S::Drop || s.object != ObjectKind::Table)
        return;
    for (const Name &n : s.names) {
        if (!c.facts.copiedTables.contains(c.key(n)))
            continue;
        c.report(s.head,
            Tr::tr("%1 is rebuilt by copying its rows into a new table, holding the "
                   "database's write lock for the whole copy")
                .arg(c.display(n)),
            { c.display(n) }, c.target(n));
    }
}

void checkSqliteForeignKeys(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    if (s.kind != S::Pragma || c.key(s.name) != u"foreign_keys"_s || !inTransaction(c))
        return;
    const QString value = c.text(s.value).toLower().remove(u'\'').remove(u'"');
    if (value != u"off"_s && value != u"0"_s && value != u"false"_s && value != u"no"_s)
        return;
    c.report(s.head,
        Tr::tr("PRAGMA foreign_keys = %1 does nothing inside a transaction: foreign keys "
               "stay enforced")
            .arg(c.text(s.value)));
}

void checkPostgresRewrite(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    if ((s.kind == S::Vacuum && s.full) || s.kind == S::Cluster) {
        if (s.name.valid() && c.isNewTable(s.name))
            return;
        const QString what = s.name.valid() ? c.display(s.name) : Tr::tr("every table");
        c.report(s.head,
            Tr::tr("%1 rewrites %2 under an ACCESS EXCLUSIVE lock")
                .arg(s.kind == S::Cluster ? u"CLUSTER"_s : u"VACUUM FULL"_s, what),
            { what }, c.target(s.name));
        return;
    }
    if (!c.altersTable() || c.isNewTable(s.name))
        return;
    for (const AlterAction &a : s.actions) {
        if (a.kind != A::Rewrite)
            continue;
        c.report(a.whole,
            Tr::tr("%1 rewrites %2 under an ACCESS EXCLUSIVE lock")
                .arg(c.text(a.whole), c.display(s.name)),
            { c.display(s.name) }, c.target(s.name));
    }
}

void checkPostgresMaintenance(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    if ((s.kind == S::Reindex || s.kind == S::Refresh) && !s.concurrently) {
        c.report(s.head,
            s.kind == S::Reindex
                ? Tr::tr("REINDEX without CONCURRENTLY blocks writes to %1").arg(c.display(s.name))
                : Tr::tr("REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks reads of %1")
                      .arg(c.display(s.name)),
            { c.display(s.name) },
            s.kind == S::Reindex && s.object == ObjectKind::Table ? c.target(s.name)
                                                                  : LintTarget());
        return;
    }
    if (!c.altersTable())
        return;
    for (const AlterAction &a : s.actions) {
        if (a.kind == A::DetachPartition && !a.concurrently)
            c.report(a.whole,
                Tr::tr("DETACH PARTITION %1 without CONCURRENTLY blocks %2")
                    .arg(c.display(a.target), c.display(s.name)),
                { c.display(a.target) }, c.target(s.name));
    }
}

void checkDomainConstraint(StatementContext &c)
{
    const ParsedStatement &s = c.statement;
    if (s.kind != S::Alter || s.object != ObjectKind::Domain
        || c.facts.createdObjects.contains(objectKey(ObjectKind::Domain, c.key(s.name))))
        return;
    for (const AlterAction &a : s.actions) {
        if (a.kind == A::AddConstraint && !a.notValid)
            c.report(a.whole,
                Tr::tr("adding a constraint to domain %1 checks every column that uses it")
                    .arg(c.display(s.name)),
                { c.display(s.name) });
    }
}

} // namespace Stepwise::Core::Lint
