#include "core/schema/schemadiff.h"

#include "core/base/tr.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

using Kind = SchemaChange::Kind;
constexpr int kindCount = int(Kind::DropEnum) + 1;

// Constraints are matched by name where the database names them, by what they hold where it
// does not (SQLite's inline constraints): the same key on both sides is the same constraint.
QString identity(const SchemaKey &k)
{
    return k.name.isEmpty() ? QString(u"c:"_s + k.columns.join(u'\x1f')) : QString(u"n:"_s + k.name);
}
QString identity(const SchemaCheck &c)
{
    return c.name.isEmpty() ? QString(u"c:"_s + c.expression) : QString(u"n:"_s + c.name);
}
QString identity(const SchemaForeignKey &f)
{
    if (!f.name.isEmpty())
        return u"n:"_s + f.name;
    return u"c:"_s + f.columns.join(u'\x1f') + u'\x1e' + nameKey(f.target) + u'\x1e' + f.targetColumns.join(u'\x1f');
}
QString identity(const SchemaIndex &i)
{
    return i.name;
}

bool sameKey(const std::optional<SchemaKey> &a, const std::optional<SchemaKey> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    // A primary key's name is the database's choice more often than the user's ("t_pkey").
    return a->columns == b->columns && (a->name.isEmpty() || b->name.isEmpty() || a->name == b->name);
}

// Everything the diff compares of a column: not its position, not the type's spelling.
bool sameColumn(const SchemaColumn &a, const SchemaColumn &b)
{
    return a.normalizedType == b.normalizedType && a.nullable == b.nullable
        && a.defaultValue == b.defaultValue && a.identity == b.identity && a.generated == b.generated
        && a.generatedStored == b.generatedStored && a.collation == b.collation && a.comment == b.comment;
}

// A type change that keeps every value: a longer varchar/char/varbinary, a wider integer, more
// digits before the point of a decimal. Anything else may lose or refuse values.
bool widens(const QString &from, const QString &to)
{
    static const QStringList integers = {u"tinyint"_s, u"smallint"_s, u"mediumint"_s, u"int"_s, u"integer"_s,
                                         u"bigint"_s};
    const auto rank = [](const QString &t) {
        const qsizetype i = integers.indexOf(t);
        return i == 4 ? 3 : i; // int and integer are one
    };
    if (rank(from) >= 0 && rank(to) >= 0)
        return rank(to) >= rank(from);
    static const QRegularExpression sized(u"^([a-z ]+)\\((\\d+)(?:,(\\d+))?\\)$"_s);
    const QRegularExpressionMatch a = sized.match(QString(from).remove(u' ')), b = sized.match(QString(to).remove(u' '));
    if (!a.hasMatch() || !b.hasMatch() || a.captured(1) != b.captured(1))
        return false;
    const int scaleA = a.captured(3).toInt(), scaleB = b.captured(3).toInt();
    return scaleA == scaleB && b.captured(2).toInt() >= a.captured(2).toInt();
}

class Differ
{
public:
    Differ(const Schema &from, const Schema &to, const SchemaDiffOptions &options)
        : m_from(from), m_to(to), m_options(options)
    {
    }

    SchemaDiffResult run()
    {
        tables();
        views();
        sequences();
        enums();
        SchemaDiffResult result;
        qsizetype total = 0;
        for (const QList<SchemaChange> &bucket : m_buckets)
            total += bucket.size();
        result.changes.reserve(total);
        for (const QList<SchemaChange> &bucket : m_buckets)
            result.changes.append(bucket);
        QSet<QString> seen;
        for (const Schema *schema : {&m_from, &m_to}) {
            for (const NotCompared &n : schema->notCompared) {
                if (!seen.contains(n.kind + u'\x1d' + nameKey(n.name))) {
                    seen.insert(n.kind + u'\x1d' + nameKey(n.name));
                    result.notCompared.append(n);
                }
            }
        }
        return result;
    }

private:
    SchemaChange &add(Kind kind, const TableName &name)
    {
        QList<SchemaChange> &bucket = m_buckets[std::size_t(kind)];
        bucket.append(SchemaChange());
        bucket.last().kind = kind;
        bucket.last().name = name;
        return bucket.last();
    }

    void tables()
    {
        QHash<QString, const SchemaTable *> fromTables, toTables;
        fromTables.reserve(m_from.tables.size());
        toTables.reserve(m_to.tables.size());
        for (const SchemaTable &t : m_from.tables)
            fromTables.insert(nameKey(t.name), &t);
        for (const SchemaTable &t : m_to.tables)
            toTables.insert(nameKey(t.name), &t);

        QList<const SchemaTable *> dropped, created;
        for (const SchemaTable &t : m_from.tables) {
            if (!toTables.contains(nameKey(t.name)))
                dropped.append(&t);
        }
        for (const SchemaTable &t : m_to.tables) {
            if (const SchemaTable *before = fromTables.value(nameKey(t.name)))
                table(*before, t);
            else
                created.append(&t);
        }
        dropTables(dropped);
        for (const SchemaTable *t : created)
            createTable(*t);
        renameWarnings(dropped, created);
    }

    // Tables that reference another dropped table go first, so no DROP TABLE meets a foreign key
    // still pointing at it (a cycle is broken where it is met).
    void dropTables(const QList<const SchemaTable *> &dropped)
    {
        QHash<QString, const SchemaTable *> byName;
        for (const SchemaTable *t : dropped)
            byName.insert(nameKey(t->name), t);
        QHash<QString, QStringList> referencedBy; // target → tables whose FKs point at it
        for (const SchemaTable *t : dropped) {
            for (const SchemaForeignKey &f : t->foreignKeys) {
                if (byName.contains(nameKey(f.target)) && f.target != t->name)
                    referencedBy[nameKey(f.target)].append(nameKey(t->name));
            }
        }
        QSet<QString> done;
        const std::function<void(const SchemaTable *)> visit = [&](const SchemaTable *t) {
            const QString key = nameKey(t->name);
            if (done.contains(key))
                return;
            done.insert(key);
            for (const QString &referencing : referencedBy.value(key))
                visit(byName.value(referencing));
            SchemaChange &c = add(Kind::DropTable, t->name);
            c.table = *t;
            c.destructive = true;
        };
        for (const SchemaTable *t : dropped)
            visit(t);
    }

    void createTable(const SchemaTable &t)
    {
        SchemaChange &c = add(Kind::CreateTable, t.name);
        c.table = t;
        // CREATE TABLE holds the columns, keys and checks; indexes (and, where the dialect adds
        // them later, foreign keys) are their own changes.
        c.table.indexes.clear();
        if (!m_options.inlineForeignKeys)
            c.table.foreignKeys.clear();
        for (const SchemaIndex &i : t.indexes)
            add(Kind::AddIndex, t.name).index = i;
        if (!m_options.inlineForeignKeys) {
            for (const SchemaForeignKey &f : t.foreignKeys)
                add(Kind::AddForeignKey, t.name).foreignKey = f;
        }
        fillTable(Kind::AddIndex, t);
        fillTable(Kind::AddForeignKey, t);
    }

    // The changes of one kind just added for `t` carry B's table (the DDL writer needs it).
    void fillTable(Kind kind, const SchemaTable &t)
    {
        QList<SchemaChange> &bucket = m_buckets[std::size_t(kind)];
        for (qsizetype i = bucket.size() - 1; i >= 0 && bucket.at(i).name == t.name; --i) {
            if (bucket.at(i).table.name.name.isEmpty())
                bucket[i].table = t;
        }
    }

    void table(const SchemaTable &a, const SchemaTable &b)
    {
        const qsizetype marks[] = {m_buckets[std::size_t(Kind::DropColumn)].size(),
                                   m_buckets[std::size_t(Kind::AddColumn)].size()};
        columns(a, b);
        if (!sameKey(a.primaryKey, b.primaryKey)) {
            if (a.primaryKey)
                add(Kind::DropPrimaryKey, a.name).key = *a.primaryKey;
            if (b.primaryKey)
                add(Kind::AddPrimaryKey, b.name).key = *b.primaryKey;
        }
        parts(a.uniques, b.uniques, Kind::DropUnique, Kind::AddUnique, b.name, &SchemaChange::key);
        parts(a.indexes, b.indexes, Kind::DropIndex, Kind::AddIndex, b.name, &SchemaChange::index);
        parts(a.checks, b.checks, Kind::DropCheck, Kind::AddCheck, b.name, &SchemaChange::check);
        parts(a.foreignKeys, b.foreignKeys, Kind::DropForeignKey, Kind::AddForeignKey, b.name,
              &SchemaChange::foreignKey);
        if (a.comment != b.comment)
            add(Kind::SetTableComment, b.name);
        // Every change of this table carries B's table (the DDL writer — SQLite's rebuild above
        // all — needs the whole of it).
        for (QList<SchemaChange> &bucket : m_buckets) {
            for (qsizetype i = bucket.size() - 1; i >= 0 && bucket.at(i).name == b.name; --i) {
                if (bucket.at(i).table.name.name.isEmpty())
                    bucket[i].table = b;
            }
        }
        columnRenameWarnings(a.name, marks[0], marks[1]);
    }

    void columns(const SchemaTable &a, const SchemaTable &b)
    {
        for (const SchemaColumn &c : a.columns) {
            if (!b.column(c.name)) {
                SchemaChange &d = add(Kind::DropColumn, a.name);
                d.column = c;
                d.destructive = true;
            }
        }
        for (const SchemaColumn &c : b.columns) {
            const SchemaColumn *before = a.column(c.name);
            if (!before) {
                add(Kind::AddColumn, b.name).column = c;
            } else if (!sameColumn(*before, c)) {
                if (before->generated != c.generated || before->generatedStored != c.generatedStored) {
                    // No database alters a generation expression in place: the column is made
                    // again (its values are computed, nothing is lost).
                    add(Kind::DropColumn, a.name).column = *before;
                    add(Kind::AddColumn, b.name).column = c;
                    continue;
                }
                SchemaChange &alter = add(Kind::AlterColumn, b.name);
                alter.column = c;
                alter.columnBefore = *before;
                alter.destructive = before->normalizedType != c.normalizedType
                    && !widens(before->normalizedType, c.normalizedType);
            }
        }
    }

    template <typename T>
    void parts(const QList<T> &a, const QList<T> &b, Kind drop, Kind create, const TableName &table,
               T SchemaChange::*field)
    {
        QHash<QString, const T *> before, after;
        for (const T &x : a)
            before.insert(identity(x), &x);
        for (const T &x : b)
            after.insert(identity(x), &x);
        for (const T &x : a) {
            const T *other = after.value(identity(x));
            if (!other || !(*other == x))
                add(drop, table).*field = x;
        }
        for (const T &x : b) {
            const T *other = before.value(identity(x));
            if (!other || !(*other == x))
                add(create, table).*field = x;
        }
    }

    // A dropped column and an added one of the same type in one table may be a rename: never
    // guessed, but said on both.
    void columnRenameWarnings(const TableName &table, qsizetype droppedFrom, qsizetype addedFrom)
    {
        QList<SchemaChange> &drops = m_buckets[std::size_t(Kind::DropColumn)];
        QList<SchemaChange> &adds = m_buckets[std::size_t(Kind::AddColumn)];
        QSet<qsizetype> used;
        for (qsizetype d = droppedFrom; d < drops.size(); ++d) {
            if (drops.at(d).name != table || !drops.at(d).column.generated.isEmpty())
                continue;
            for (qsizetype a = addedFrom; a < adds.size(); ++a) {
                if (used.contains(a) || adds.at(a).name != table
                    || adds.at(a).column.normalizedType != drops.at(d).column.normalizedType)
                    continue;
                used.insert(a);
                const QString warning = Tr::tr("possible rename of %1 to %2")
                                            .arg(drops.at(d).column.name, adds.at(a).column.name);
                drops[d].warning = warning;
                adds[a].warning = warning;
                break;
            }
        }
    }

    // A dropped table and a created one with the same columns may be a rename.
    void renameWarnings(const QList<const SchemaTable *> &dropped, const QList<const SchemaTable *> &created)
    {
        if (dropped.isEmpty() || created.isEmpty())
            return;
        const auto signature = [](const SchemaTable &t) {
            QStringList columns;
            for (const SchemaColumn &c : t.columns)
                columns << c.name + u' ' + c.normalizedType;
            columns.sort();
            return columns.join(u',');
        };
        QHash<QString, QString> createdBySignature; // signature → qualified name
        for (const SchemaTable *t : created)
            createdBySignature.insert(signature(*t), nameKey(t->name));
        QHash<QString, QString> warnings; // table key → warning
        for (const SchemaTable *t : dropped) {
            const QString target = createdBySignature.take(signature(*t));
            if (target.isEmpty())
                continue;
            const QString warning =
                Tr::tr("possible rename of %1 to %2")
                    .arg(qualifiedName(t->name),
                         qualifiedName(TableName{target.section(u'\x1f', 0, 0), target.section(u'\x1f', 1)}));
            warnings.insert(u"d"_s + nameKey(t->name), warning);
            warnings.insert(u"c"_s + target, warning);
        }
        for (SchemaChange &c : m_buckets[std::size_t(Kind::DropTable)])
            c.warning = warnings.value(u"d"_s + nameKey(c.name), c.warning);
        for (SchemaChange &c : m_buckets[std::size_t(Kind::CreateTable)])
            c.warning = warnings.value(u"c"_s + nameKey(c.name), c.warning);
    }

    void views()
    {
        QHash<QString, const SchemaView *> fromViews, toViews;
        for (const SchemaView &v : m_from.views)
            fromViews.insert(nameKey(v.name), &v);
        for (const SchemaView &v : m_to.views)
            toViews.insert(nameKey(v.name), &v);
        // Views dropped or changed; then, until nothing is added, the unchanged views that read
        // one of them (a view cannot be dropped under another that reads it): made again too.
        QSet<QString> redo;
        for (const SchemaView &v : m_from.views) {
            const SchemaView *after = toViews.value(nameKey(v.name));
            if (!after || !(*after == v))
                redo.insert(nameKey(v.name));
        }
        for (bool grew = !redo.isEmpty(); grew;) {
            grew = false;
            for (const SchemaView &v : m_from.views) {
                if (redo.contains(nameKey(v.name)) || !toViews.contains(nameKey(v.name)))
                    continue;
                for (const SchemaView &w : m_from.views) {
                    if (redo.contains(nameKey(w.name)) && mentionsName(v.definition, w.name.name)) {
                        redo.insert(nameKey(v.name));
                        grew = true;
                        break;
                    }
                }
            }
        }
        QList<const SchemaView *> dropped, created;
        for (const SchemaView &v : m_from.views) {
            if (redo.contains(nameKey(v.name)))
                dropped.append(&v);
        }
        for (const SchemaView &v : m_to.views) {
            if (redo.contains(nameKey(v.name)) || !fromViews.contains(nameKey(v.name)))
                created.append(&v);
        }
        // A view that reads another is created after it and dropped before it (read from the
        // definition's words: the model keeps no dependency list).
        for (const SchemaView *v : orderedViews(dropped, true))
            add(Kind::DropView, v->name).view = *v;
        for (const SchemaView *v : orderedViews(created, false))
            add(Kind::CreateView, v->name).view = *v;
    }

    static QList<const SchemaView *> orderedViews(const QList<const SchemaView *> &views, bool dependentsFirst)
    {
        QList<const SchemaView *> ordered;
        QSet<const SchemaView *> done;
        const std::function<void(const SchemaView *)> visit = [&](const SchemaView *v) {
            if (done.contains(v))
                return;
            done.insert(v);
            for (const SchemaView *w : views) {
                if (w != v && mentionsName(v->definition, w->name.name))
                    visit(w);
            }
            ordered.append(v);
        };
        for (const SchemaView *v : views)
            visit(v);
        if (dependentsFirst)
            std::reverse(ordered.begin(), ordered.end());
        return ordered;
    }

    void sequences()
    {
        QHash<QString, const SchemaSequence *> toSequences;
        QSet<QString> fromNames;
        for (const SchemaSequence &s : m_to.sequences)
            toSequences.insert(nameKey(s.name), &s);
        for (const SchemaSequence &s : m_from.sequences) {
            fromNames.insert(nameKey(s.name));
            const SchemaSequence *after = toSequences.value(nameKey(s.name));
            if (!after) {
                SchemaChange &c = add(Kind::DropSequence, s.name);
                c.sequence = s;
                c.destructive = true;
            } else if (!(*after == s)) {
                add(Kind::AlterSequence, s.name).sequence = *after;
            }
        }
        for (const SchemaSequence &s : m_to.sequences) {
            if (!fromNames.contains(nameKey(s.name)))
                add(Kind::CreateSequence, s.name).sequence = s;
        }
    }

    void enums()
    {
        QHash<QString, const SchemaEnum *> toEnums;
        QSet<QString> fromNames;
        for (const SchemaEnum &e : m_to.enums)
            toEnums.insert(nameKey(e.name), &e);
        for (const SchemaEnum &e : m_from.enums) {
            fromNames.insert(nameKey(e.name));
            const SchemaEnum *after = toEnums.value(nameKey(e.name));
            if (!after) {
                SchemaChange &c = add(Kind::DropEnum, e.name);
                c.enumType = e;
                c.destructive = true;
            } else if (!(*after == e)) {
                enumChange(e, *after);
            }
        }
        for (const SchemaEnum &e : m_to.enums) {
            if (!fromNames.contains(nameKey(e.name)))
                add(Kind::CreateEnum, e.name).enumType = e;
        }
    }

    // Values only added, the old ones in their order: ALTER TYPE … ADD VALUE. Anything else
    // (a value removed or moved) makes the type again, which the columns using it must survive:
    // said in the warning.
    void enumChange(const SchemaEnum &a, const SchemaEnum &b)
    {
        qsizetype next = 0;
        bool kept = true;
        for (const QString &value : a.values) {
            next = b.values.indexOf(value, next);
            if (next < 0) {
                kept = false;
                break;
            }
        }
        if (kept) {
            SchemaChange &c = add(Kind::AddEnumValues, b.name);
            c.enumType = b;
            for (const QString &value : b.values) {
                if (!a.values.contains(value))
                    c.enumValues << value;
            }
            return;
        }
        // Drop and create next to each other (the CreateEnum bucket), before any table uses it.
        SchemaChange &drop = add(Kind::CreateEnum, a.name);
        drop.kind = Kind::DropEnum;
        drop.enumType = a;
        drop.destructive = true;
        drop.warning = Tr::tr("values of %1 removed or reordered: columns of this type need converting")
                           .arg(qualifiedName(a.name));
        add(Kind::CreateEnum, b.name).enumType = b;
    }

    const Schema &m_from;
    const Schema &m_to;
    const SchemaDiffOptions m_options;
    std::array<QList<SchemaChange>, kindCount> m_buckets;
};

QString columnDetails(const SchemaColumn &a, const SchemaColumn &b)
{
    QStringList parts;
    if (a.normalizedType != b.normalizedType)
        parts << Tr::tr("type %1 → %2").arg(a.type, b.type);
    if (a.nullable != b.nullable)
        parts << (b.nullable ? Tr::tr("null allowed") : Tr::tr("not null"));
    if (a.defaultValue != b.defaultValue)
        parts << (b.defaultValue.isEmpty() ? Tr::tr("no default") : Tr::tr("default %1").arg(b.defaultValue));
    if (a.identity != b.identity)
        parts << Tr::tr("identity");
    if (a.collation != b.collation)
        parts << Tr::tr("collation %1").arg(b.collation.isEmpty() ? Tr::tr("default") : b.collation);
    if (a.comment != b.comment)
        parts << Tr::tr("comment");
    return parts.join(u", "_s);
}

} // namespace

QString SchemaChange::describe() const
{
    const QString n = qualifiedName(name);
    switch (kind) {
    case Kind::DropView: return Tr::tr("drop view %1").arg(n);
    case Kind::DropForeignKey: return Tr::tr("drop foreign key %1 on %2").arg(foreignKey.name, n);
    case Kind::DropCheck: return Tr::tr("drop check %1 on %2").arg(check.name.isEmpty() ? check.expression : check.name, n);
    case Kind::DropUnique: return Tr::tr("drop unique (%1) on %2").arg(key.columns.join(u", "_s), n);
    case Kind::DropIndex: return Tr::tr("drop index %1 on %2").arg(index.name, n);
    case Kind::DropPrimaryKey: return Tr::tr("drop primary key of %1").arg(n);
    case Kind::DropTable: return Tr::tr("drop table %1").arg(n);
    case Kind::DropColumn: return Tr::tr("drop column %1.%2").arg(n, column.name);
    case Kind::CreateEnum: return Tr::tr("create type %1").arg(n);
    case Kind::AddEnumValues: return Tr::tr("add values %1 to type %2").arg(enumValues.join(u", "_s), n);
    case Kind::CreateSequence: return Tr::tr("create sequence %1").arg(n);
    case Kind::AlterSequence: return Tr::tr("alter sequence %1").arg(n);
    case Kind::CreateTable: return Tr::tr("create table %1").arg(n);
    case Kind::AddColumn: return Tr::tr("add column %1.%2").arg(n, column.name);
    case Kind::AlterColumn:
        return Tr::tr("alter column %1.%2 (%3)").arg(n, column.name, columnDetails(columnBefore, column));
    case Kind::SetTableComment: return Tr::tr("comment on table %1").arg(n);
    case Kind::AddPrimaryKey: return Tr::tr("add primary key (%1) to %2").arg(key.columns.join(u", "_s), n);
    case Kind::AddUnique: return Tr::tr("add unique (%1) to %2").arg(key.columns.join(u", "_s), n);
    case Kind::AddIndex: return Tr::tr("create index %1 on %2").arg(index.name, n);
    case Kind::AddCheck: return Tr::tr("add check %1 to %2").arg(check.name.isEmpty() ? check.expression : check.name, n);
    case Kind::AddForeignKey:
        return Tr::tr("add foreign key %1 (%2) to %3").arg(foreignKey.name, foreignKey.columns.join(u", "_s), n);
    case Kind::CreateView: return Tr::tr("create view %1").arg(n);
    case Kind::DropSequence: return Tr::tr("drop sequence %1").arg(n);
    case Kind::DropEnum: return Tr::tr("drop type %1").arg(n);
    }
    return n;
}

SchemaDiffResult diffSchemas(const Schema &from, const Schema &to, const SchemaDiffOptions &options)
{
    return Differ(from, to, options).run();
}

namespace {

template <typename T, typename Key>
void removeWhere(QList<T> &items, const Key &same)
{
    items.removeIf([&](const T &x) { return same(x); });
}

} // namespace

Schema applyChanges(const Schema &schema, const QList<SchemaChange> &changes)
{
    Schema out = schema;
    const auto tableOf = [&out](const TableName &name) -> SchemaTable * {
        for (SchemaTable &t : out.tables) {
            if (t.name == name)
                return &t;
        }
        return nullptr;
    };
    for (const SchemaChange &c : changes) {
        SchemaTable *t = tableOf(c.name);
        switch (c.kind) {
        case Kind::CreateTable:
            if (!t)
                out.tables.append(c.table); // without its indexes (and FKs unless inline): they follow
            break;
        case Kind::DropTable: removeWhere(out.tables, [&](const SchemaTable &x) { return x.name == c.name; }); break;
        case Kind::AddColumn:
            if (t && !t->column(c.column.name))
                t->columns.append(c.column);
            break;
        case Kind::DropColumn:
            if (t)
                removeWhere(t->columns, [&](const SchemaColumn &x) { return x.name == c.column.name; });
            break;
        case Kind::AlterColumn:
            if (t) {
                for (SchemaColumn &col : t->columns) {
                    if (col.name == c.column.name)
                        col = c.column;
                }
            }
            break;
        case Kind::SetTableComment:
            if (t)
                t->comment = c.table.comment;
            break;
        case Kind::AddPrimaryKey:
            if (t)
                t->primaryKey = c.key;
            break;
        case Kind::DropPrimaryKey:
            if (t)
                t->primaryKey.reset();
            break;
        case Kind::AddUnique:
            if (t)
                t->uniques.append(c.key);
            break;
        case Kind::DropUnique:
            if (t)
                removeWhere(t->uniques, [&](const SchemaKey &x) { return x == c.key; });
            break;
        case Kind::AddIndex:
            if (t)
                t->indexes.append(c.index);
            break;
        case Kind::DropIndex:
            if (t)
                removeWhere(t->indexes, [&](const SchemaIndex &x) { return x == c.index; });
            break;
        case Kind::AddCheck:
            if (t)
                t->checks.append(c.check);
            break;
        case Kind::DropCheck:
            if (t)
                removeWhere(t->checks, [&](const SchemaCheck &x) { return x == c.check; });
            break;
        case Kind::AddForeignKey:
            if (t)
                t->foreignKeys.append(c.foreignKey);
            break;
        case Kind::DropForeignKey:
            if (t)
                removeWhere(t->foreignKeys, [&](const SchemaForeignKey &x) { return x == c.foreignKey; });
            break;
        case Kind::CreateView: out.views.append(c.view); break;
        case Kind::DropView: removeWhere(out.views, [&](const SchemaView &x) { return x.name == c.name; }); break;
        case Kind::CreateSequence: out.sequences.append(c.sequence); break;
        case Kind::AlterSequence:
            for (SchemaSequence &seq : out.sequences) {
                if (seq.name == c.name)
                    seq = c.sequence;
            }
            break;
        case Kind::DropSequence:
            removeWhere(out.sequences, [&](const SchemaSequence &x) { return x.name == c.name; });
            break;
        case Kind::CreateEnum: out.enums.append(c.enumType); break;
        case Kind::AddEnumValues:
            for (SchemaEnum &e : out.enums) {
                if (e.name == c.name)
                    e = c.enumType;
            }
            break;
        case Kind::DropEnum: removeWhere(out.enums, [&](const SchemaEnum &x) { return x.name == c.name; }); break;
        }
    }
    out.sort();
    return out;
}

} // namespace Stepwise::Core
