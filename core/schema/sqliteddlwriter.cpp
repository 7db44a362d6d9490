#include "core/schema/sqliteddlwriter.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

using Kind = SchemaChange::Kind;

// What SQLite does in place; anything else on an existing table is a rebuild.
bool inPlace(const SchemaChange &c)
{
    switch (c.kind) {
    case Kind::CreateTable:
    case Kind::DropTable:
    case Kind::AddIndex:
    case Kind::DropIndex:
    case Kind::CreateView:
    case Kind::DropView:
        return true;
    case Kind::AddColumn: {
        // ADD COLUMN cannot add a key, a stored generated column, or NOT NULL without a default.
        const SchemaColumn &col = c.column;
        const bool keyed = (c.table.primaryKey && c.table.primaryKey->columns.contains(col.name));
        bool unique = false;
        for (const SchemaKey &k : c.table.uniques)
            unique = unique || k.columns.contains(col.name);
        bool referencing = false;
        for (const SchemaForeignKey &f : c.table.foreignKeys)
            referencing = referencing || f.columns.contains(col.name);
        return !keyed && !unique && !referencing && !col.generatedStored
            && (col.nullable || !col.defaultValue.isEmpty());
    }
    default:
        return false;
    }
}

} // namespace

QString SqliteDdlWriter::columnDefinition(const SchemaColumn &c) const
{
    QString sql = id(c.name);
    if (!c.type.isEmpty())
        sql += u' ' + c.type;
    if (c.identity == SchemaColumn::Identity::AutoIncrement)
        sql += u" PRIMARY KEY AUTOINCREMENT"_s;
    if (!c.nullable)
        sql += u" NOT NULL"_s;
    if (!c.defaultValue.isEmpty())
        sql += u" DEFAULT "_s + (c.defaultValue.front().isLetter() && !c.defaultValue.startsWith(u"CURRENT_"_s)
                                     ? u'(' + c.defaultValue + u')'
                                     : c.defaultValue);
    if (!c.collation.isEmpty())
        sql += u" COLLATE "_s + c.collation;
    if (!c.generated.isEmpty())
        sql += u" GENERATED ALWAYS AS ("_s + c.generated + (c.generatedStored ? u") STORED"_s : u") VIRTUAL"_s);
    return sql;
}

QString SqliteDdlWriter::createTable(const SchemaTable &t) const
{
    // An AUTOINCREMENT column carries the primary key inline.
    SchemaTable written = t;
    for (const SchemaColumn &c : t.columns) {
        if (c.identity == SchemaColumn::Identity::AutoIncrement)
            written.primaryKey.reset();
    }
    return DdlWriter::createTable(written);
}

QStringList SqliteDdlWriter::alterColumn(const SchemaChange &) const
{
    return {}; // always a rebuild (see write())
}

QStringList SqliteDdlWriter::rebuild(const SchemaTable &t, const QSet<QString> &added, const Schema &to,
                                     const QSet<QString> &viewsMadeByDiff) const
{
    QStringList out;
    // The views that read the table: SQLite refuses to rename a table under a view that names
    // a missing one, so they go first and come back last.
    QList<const SchemaView *> views;
    for (const SchemaView &v : to.views) {
        if (!viewsMadeByDiff.contains(nameKey(v.name)) && mentionsName(v.definition, t.name.name))
            views << &v;
    }
    for (const SchemaView *v : views)
        out << u"DROP VIEW "_s + table(v->name);
    // Triggers are not in the model (listed as not compared): DROP TABLE takes the table's
    // with it, which must not pass unsaid.
    const QString prefix = t.name.name + u'.';
    QString warnings;
    for (const NotCompared &n : to.notCompared) {
        if (n.kind == u"trigger"_s && n.name.name.startsWith(prefix))
            warnings += u"-- WARNING: the rebuild drops trigger %1 of %2: create it again below\n"_s.arg(
                n.name.name.mid(prefix.size()), t.name.name);
    }
    SchemaTable fresh = t;
    fresh.name.name = u"_stepwise_new_"_s + t.name.name;
    out << warnings + createTable(fresh);
    QStringList kept;
    for (const SchemaColumn &c : t.columns) {
        if (!added.contains(c.name) && c.generated.isEmpty())
            kept << id(c.name);
    }
    out << u"INSERT INTO "_s + table(fresh.name) + u" ("_s + kept.join(u", "_s) + u") SELECT "_s
            + kept.join(u", "_s) + u" FROM "_s + table(t.name);
    out << u"DROP TABLE "_s + table(t.name);
    out << u"ALTER TABLE "_s + table(fresh.name) + u" RENAME TO "_s + id(t.name.name);
    for (const SchemaIndex &i : t.indexes)
        out << createIndex(t, i);
    for (const SchemaView *v : views)
        out << u"CREATE VIEW "_s + table(v->name) + u" AS "_s + v->definition;
    return out;
}

DdlScript SqliteDdlWriter::write(const SchemaDiffResult &diff, const Schema &to) const
{
    // The tables to rebuild, and per table the columns the diff adds (no values to copy).
    QSet<QString> rebuilt, viewsMadeByDiff;
    QHash<QString, QSet<QString>> added;
    for (const SchemaChange &c : diff.changes) {
        if (c.kind == Kind::CreateView)
            viewsMadeByDiff.insert(nameKey(c.name));
        if (c.kind == Kind::AddColumn)
            added[nameKey(c.name)].insert(c.column.name);
        if (!inPlace(c))
            rebuilt.insert(nameKey(c.name));
    }
    if (rebuilt.isEmpty())
        return DdlWriter::write(diff, to);

    DdlScript script = DdlWriter::write(SchemaDiffResult{{}, diff.notCompared}, to);
    script.transactional = false;
    script.statements << u"PRAGMA foreign_keys = OFF"_s << u"BEGIN"_s;
    QSet<QString> done;
    for (const SchemaChange &c : diff.changes) {
        const QString k = nameKey(c.name);
        QStringList statements;
        QString header;
        if (!rebuilt.contains(k) || c.kind == Kind::CreateView || c.kind == Kind::DropView) {
            statements = change(c);
            header = comments(c);
        } else if (!done.contains(k)) {
            // The table's first change: the whole rebuild, headed by every change of the table
            // with its warnings.
            done.insert(k);
            header = u"-- rebuild of "_s + qualifiedName(c.name) + u" (SQLite's ALTER TABLE cannot):\n"_s;
            for (const SchemaChange &other : diff.changes) {
                if (nameKey(other.name) != k || other.kind == Kind::CreateView || other.kind == Kind::DropView)
                    continue;
                header += (other.destructive ? u"--   DESTRUCTIVE: "_s : u"--   "_s) + other.describe() + u'\n';
                if (!other.warning.isEmpty())
                    header += u"--   WARNING: "_s + other.warning + u'\n';
            }
            statements = rebuild(c.table, added.value(k), to, viewsMadeByDiff);
        }
        if (statements.isEmpty())
            continue;
        statements.first().prepend(header);
        script.statements << statements;
    }
    script.statements << u"PRAGMA foreign_key_check"_s << u"COMMIT"_s << u"PRAGMA foreign_keys = ON"_s;
    return script;
}

} // namespace Stepwise::Core
