#include "core/schema/schemasnapshot.h"

#include "core/schema/catalogquery.h"

#include "core/base/tr.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

using namespace CatalogQuery;

namespace {

// Every query starts from the namespaces chosen in the first one, bound once as an oid array.
const QString namespaces = u"WITH ns AS (SELECT unnest(?::oid[]) AS oid) "_s;

// "Is this object a member of an extension": extensions' objects are theirs, not the project's.
QString notExtensionMember(const QString &catalog, const QString &oidColumn)
{
    return u"NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = 'pg_catalog.%1'::regclass "
           "AND x.objid = %2 AND x.deptype = 'e')"_s
        .arg(catalog, oidColumn);
}

QString text(const QSqlQuery &row, int column)
{
    return row.value(column).toString();
}

quint32 oid(const QSqlQuery &row, int column)
{
    return row.value(column).toUInt();
}

// Arrays come as JSON (json_agg): names can hold any character, JSON quoting is unambiguous.
QJsonArray jsonArray(const QSqlQuery &row, int column)
{
    return QJsonDocument::fromJson(text(row, column).toUtf8()).array();
}

QStringList jsonStrings(const QSqlQuery &row, int column)
{
    QStringList out;
    for (const QJsonValue &v : jsonArray(row, column))
        out << v.toString();
    return out;
}

// format_type's spelling in the short lower-case form the diff compares: "integer" → "int",
// "character varying(80)" → "varchar(80)", "timestamp(3) with time zone" → "timestamptz(3)".
QString normalizedType(const QString &formatted)
{
    QString type = formatted.trimmed();
    QString array;
    while (type.endsWith(u"[]"_s)) {
        array += u"[]"_s;
        type.chop(2);
    }
    // A user type may be quoted ("MyType", schema."T"): its case is part of its name.
    if (type.contains(u'"'))
        return type + array;
    type = type.toLower();
    static const QRegularExpression withTimeZone(
        u"^(timestamp|time)(\\(\\d+\\))? with(out)? time zone$"_s);
    if (const QRegularExpressionMatch m = withTimeZone.match(type); m.hasMatch())
        return m.captured(1) + (m.captured(3).isEmpty() ? u"tz"_s : QString()) + m.captured(2) + array;
    static const QList<std::pair<QString, QString>> prefixes {
        { u"character varying"_s, u"varchar"_s }, { u"character"_s, u"char"_s },
        { u"bit varying"_s, u"varbit"_s }, { u"double precision"_s, u"double"_s },
    };
    for (const auto &[from, to] : prefixes) {
        if (type == from || type.startsWith(from + u'('))
            return to + type.mid(from.size()) + array;
    }
    static const QHash<QString, QString> names { { u"integer"_s, u"int"_s }, { u"int4"_s, u"int"_s },
        { u"int8"_s, u"bigint"_s }, { u"int2"_s, u"smallint"_s }, { u"boolean"_s, u"bool"_s },
        { u"float8"_s, u"double"_s }, { u"float4"_s, u"real"_s } };
    return names.value(type, type) + array;
}

// pg_get_constraintdef's "CHECK (expr)" with a NOT VALID or NO INHERIT after it: the expr alone.
QString checkExpression(QString definition)
{
    for (const QString &suffix : { u" NOT VALID"_s, u" NO INHERIT"_s }) {
        if (definition.endsWith(suffix))
            definition.chop(suffix.size());
    }
    if (definition.startsWith(u"CHECK ("_s) && definition.endsWith(u')'))
        return definition.mid(7, definition.size() - 8);
    return definition;
}

// The largest value of a sequence type: a maximum equal to it reads as 0 (the type's maximum).
qint64 typeMaximum(const QString &type)
{
    if (type == u"smallint"_s)
        return 32767;
    if (type == u"integer"_s)
        return 2147483647;
    return std::numeric_limits<qint64>::max();
}

bool isExcluded(const TableName &name, const QList<TableName> &excluded)
{
    for (const TableName &e : excluded) {
        if (e.name == name.name && (e.schema.isEmpty() || e.schema == name.schema))
            return true;
    }
    return false;
}

QString oidArray(const QList<quint32> &oids)
{
    QStringList parts;
    for (quint32 o : oids)
        parts << QString::number(o);
    return u'{' + parts.join(u',') + u'}';
}

// The namespaces to read: the named ones, or all but the system's and the extensions' own.
Result<QList<quint32>> readNamespaces(const QSqlDatabase &db, const QStringList &wanted)
{
    QList<quint32> out;
    const Result<void> read = forEachRow(db,
        u"SELECT n.oid, n.nspname, "_s + notExtensionMember(u"pg_namespace"_s, u"n.oid"_s)
            + u" FROM pg_catalog.pg_namespace n"_s,
        {}, Tr::tr("Reading the list of schemas"), [&](const QSqlQuery &row) {
            const QString name = text(row, 1);
            const bool system = name == u"pg_catalog"_s || name == u"information_schema"_s
                || name.startsWith(u"pg_toast"_s) || name.startsWith(u"pg_temp"_s);
            if (wanted.isEmpty() ? !system && row.value(2).toBool() : wanted.contains(name))
                out << oid(row, 0);
        });
    if (!read)
        return read.error();
    return out;
}

// Assembles the model from the bulk queries, each table found again by its oid.
struct Reader
{
    const QSqlDatabase &db;
    const SnapshotOptions &options;
    QVariantList bound; // the namespaces' oid array
    Schema schema;
    QHash<quint32, qsizetype> tables; // table oid → index in schema.tables
    QSet<quint32> excluded;           // relations left out by options.excluded

    SchemaTable *table(quint32 relation)
    {
        const auto it = tables.constFind(relation);
        return it == tables.cend() ? nullptr : &schema.tables[*it];
    }

    Result<void> relations();
    Result<void> columns();
    Result<void> constraints();
    Result<void> indexes();
    Result<void> enums();
    Result<void> notCompared();
};

// Tables, partitions, views, sequences and foreign tables, with comments, view definitions and
// the sequences' parameters.
Result<void> Reader::relations()
{
    return forEachRow(db,
        namespaces
            + u"SELECT c.oid, n.nspname, c.relname, c.relkind, c.relispartition, ds.description, "
              "CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid, true) END, "
              "pg_catalog.format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement, s.seqmin, "
              "s.seqmax, s.seqcycle, EXISTS (SELECT 1 FROM pg_catalog.pg_depend o "
              "WHERE o.classid = 'pg_catalog.pg_class'::regclass AND o.objid = c.oid "
              "AND o.refclassid = 'pg_catalog.pg_class'::regclass AND o.refobjsubid <> 0 "
              "AND o.deptype IN ('a', 'i')) "
              "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
              "LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = c.oid "
              "AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = 0 "
              "LEFT JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid "
              "WHERE c.relnamespace IN (SELECT oid FROM ns) "
              "AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND "_s
            + notExtensionMember(u"pg_class"_s, u"c.oid"_s),
        bound, Tr::tr("Reading the list of tables"), [&](const QSqlQuery &row) {
            const TableName name { text(row, 1), text(row, 2) };
            if (isExcluded(name, options.excluded)) {
                excluded.insert(oid(row, 0));
                return;
            }
            const QString kind = text(row, 3);
            if (row.value(4).toBool()) {
                schema.notCompared.append({ u"partition"_s, name });
            } else if (kind == u"r"_s || kind == u"p"_s) {
                tables.insert(oid(row, 0), schema.tables.size());
                SchemaTable t;
                t.name = name;
                t.comment = text(row, 5);
                schema.tables.append(t);
            } else if (kind == u"v"_s || kind == u"m"_s) {
                schema.views.append({ name, text(row, 6).trimmed(), kind == u"m"_s, text(row, 5) });
            } else if (kind == u"S"_s) {
                if (row.value(13).toBool())
                    return; // a serial's or an identity's own: part of its column
                SchemaSequence s;
                s.name = name;
                s.type = text(row, 7);
                s.start = row.value(8).toLongLong();
                s.increment = row.value(9).toLongLong();
                s.minimum = row.value(10).toLongLong();
                const qint64 maximum = row.value(11).toLongLong();
                s.maximum = maximum == typeMaximum(s.type) ? 0 : maximum;
                s.cycle = row.value(12).toBool();
                schema.sequences.append(s);
            } else if (kind == u"f"_s) {
                schema.notCompared.append({ u"foreign table"_s, name });
            }
        });
}

Result<void> Reader::columns()
{
    return forEachRow(db,
        namespaces
            + u"SELECT a.attrelid, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod), "
              "a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity, "
              "a.attgenerated, CASE WHEN a.attcollation <> t.typcollation THEN co.collname END, "
              "ds.description "
              "FROM pg_catalog.pg_attribute a "
              "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
              "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
              "LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
              "LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation "
              "LEFT JOIN pg_catalog.pg_description ds ON ds.objoid = a.attrelid "
              "AND ds.classoid = 'pg_catalog.pg_class'::regclass AND ds.objsubid = a.attnum "
              "WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relkind IN ('r', 'p') "
              "AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attrelid, a.attnum"_s,
        bound, Tr::tr("Reading the tables' columns"), [&](const QSqlQuery &row) {
            SchemaTable *t = table(oid(row, 0));
            if (!t)
                return;
            SchemaColumn c;
            c.name = text(row, 1);
            c.type = text(row, 2);
            c.normalizedType = normalizedType(c.type);
            c.nullable = !row.value(3).toBool();
            const QString identity = text(row, 5);
            c.identity = identity == u"a"_s ? SchemaColumn::Identity::Always
                : identity == u"d"_s        ? SchemaColumn::Identity::ByDefault
                                            : SchemaColumn::Identity::None;
            // A stored generated column keeps its expression where a default would be.
            if (text(row, 6) == u"s"_s) {
                c.generated = text(row, 4);
                c.generatedStored = true;
            } else {
                c.defaultValue = text(row, 4);
            }
            c.collation = text(row, 7);
            c.comment = text(row, 8);
            t->columns.append(c);
        });
}

// Primary keys, unique constraints, foreign keys and checks; column lists as JSON in key order.
Result<void> Reader::constraints()
{
    return forEachRow(db,
        namespaces
            + u"SELECT con.conrelid, con.conname, con.contype, "
              "(SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY "
              "AS k(n, ord) JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid "
              "AND a.attnum = k.n)::text, "
              "fn.nspname, fc.relname, "
              "(SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY "
              "AS k(n, ord) JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid "
              "AND a.attnum = k.n)::text, "
              "con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred, "
              "CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_constraintdef(con.oid, true) END "
              "FROM pg_catalog.pg_constraint con "
              "JOIN pg_catalog.pg_class c ON c.oid = con.conrelid "
              "LEFT JOIN pg_catalog.pg_class fc ON fc.oid = con.confrelid "
              "LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace "
              // conparentid: a partition's copy of its parent's foreign key (and the copies
              // pointing at each partition of a referenced partitioned table).
              "WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relkind IN ('r', 'p') "
              "AND con.contype IN ('p', 'u', 'f', 'c') AND con.conparentid = 0"_s,
        bound, Tr::tr("Reading the tables' constraints"), [&](const QSqlQuery &row) {
            SchemaTable *t = table(oid(row, 0));
            if (!t)
                return;
            const QString name = text(row, 1);
            const QString type = text(row, 2);
            if (type == u"p"_s) {
                t->primaryKey = SchemaKey { name, jsonStrings(row, 3) };
            } else if (type == u"u"_s) {
                t->uniques.append({ name, jsonStrings(row, 3) });
            } else if (type == u"f"_s) {
                SchemaForeignKey fk;
                fk.name = name;
                fk.columns = jsonStrings(row, 3);
                fk.target = { text(row, 4), text(row, 5) };
                fk.targetColumns = jsonStrings(row, 6);
                fk.onDelete = pgAction(text(row, 7));
                fk.onUpdate = pgAction(text(row, 8));
                fk.deferrable = row.value(9).toBool();
                fk.initiallyDeferred = row.value(10).toBool();
                t->foreignKeys.append(fk);
            } else {
                t->checks.append({ name, checkExpression(text(row, 11)) });
            }
        });
}

// Indexes but the primary key's, the unique and exclusion constraints' own. Key parts only (not
// INCLUDE columns); an expression part (indkey 0) as pg_get_indexdef prints it.
Result<void> Reader::indexes()
{
    return forEachRow(db,
        namespaces
            + u"SELECT i.indrelid, ic.relname, i.indisunique, am.amname, "
              "pg_catalog.pg_get_expr(i.indpred, i.indrelid, true), "
              "(SELECT json_agg(json_build_array(CASE WHEN k.n <> 0 THEN a.attname::text "
              "ELSE pg_catalog.pg_get_indexdef(i.indexrelid, k.ord::int, true) END, "
              "(i.indoption[k.ord - 1] & 1) = 1) ORDER BY k.ord) "
              "FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(n, ord) "
              "LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n "
              "WHERE k.ord <= i.indnkeyatts)::text "
              "FROM pg_catalog.pg_index i "
              "JOIN pg_catalog.pg_class c ON c.oid = i.indrelid "
              "JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
              "JOIN pg_catalog.pg_am am ON am.oid = ic.relam "
              "WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relkind IN ('r', 'p') "
              "AND NOT i.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con "
              "WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid "
              "AND con.contype IN ('p', 'u', 'x'))"_s,
        bound, Tr::tr("Reading the tables' indexes"), [&](const QSqlQuery &row) {
            SchemaTable *t = table(oid(row, 0));
            if (!t)
                return;
            SchemaIndex index;
            index.name = text(row, 1);
            index.unique = row.value(2).toBool();
            const QString method = text(row, 3);
            index.method = method == u"btree"_s ? QString() : method;
            index.predicate = text(row, 4);
            for (const QJsonValue &part : jsonArray(row, 5)) {
                const QJsonArray pair = part.toArray();
                index.parts << pair.at(0).toString();
                index.descending << pair.at(1).toBool();
            }
            t->indexes.append(index);
        });
}

Result<void> Reader::enums()
{
    return forEachRow(db,
        namespaces
            + u"SELECT n.nspname, t.typname, json_agg(e.enumlabel ORDER BY e.enumsortorder)::text "
              "FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace "
              "JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid "
              "WHERE t.typnamespace IN (SELECT oid FROM ns) AND t.typtype = 'e' AND "_s
            + notExtensionMember(u"pg_type"_s, u"t.oid"_s) + u" GROUP BY n.nspname, t.typname"_s,
        bound, Tr::tr("Reading the enum types"), [&](const QSqlQuery &row) {
            schema.enums.append({ { text(row, 0), text(row, 1) }, jsonStrings(row, 2) });
        });
}

// What the model does not cover, in one union: (kind, schema, name, the table it belongs to).
// Partitions and foreign tables come with the relations.
Result<void> Reader::notCompared()
{
    return forEachRow(db,
        namespaces
            + u"SELECT 'function', n.nspname, p.proname || '(' "
              "|| pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', 0::oid "
              "FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
              "WHERE p.pronamespace IN (SELECT oid FROM ns) AND "_s
            + notExtensionMember(u"pg_proc"_s, u"p.oid"_s)
            + u" UNION ALL "
              // tgparentid: a partition's copy of its parent's trigger.
              "SELECT 'trigger', n.nspname, c.relname || '.' || t.tgname, c.oid "
              "FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid "
              "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
              "WHERE c.relnamespace IN (SELECT oid FROM ns) AND NOT t.tgisinternal "
              "AND t.tgparentid = 0 "
              "UNION ALL "
              "SELECT 'policy', n.nspname, c.relname || '.' || pol.polname, c.oid "
              "FROM pg_catalog.pg_policy pol JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid "
              "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
              "WHERE c.relnamespace IN (SELECT oid FROM ns) "
              "UNION ALL "
              "SELECT 'rule', n.nspname, c.relname || '.' || r.rulename, c.oid "
              "FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_class c ON c.oid = r.ev_class "
              "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
              "WHERE c.relnamespace IN (SELECT oid FROM ns) AND r.rulename <> '_RETURN' "
              "UNION ALL "
              "SELECT 'constraint', n.nspname, c.relname || '.' || con.conname, c.oid "
              "FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid "
              "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
              "WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relkind IN ('r', 'p') "
              "AND con.contype = 'x' AND con.conparentid = 0 "
              "UNION ALL "
              "SELECT 'extension', n.nspname, e.extname, 0::oid "
              "FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace "
              "WHERE e.extnamespace IN (SELECT oid FROM ns) "
              "UNION ALL "
              // Domains, ranges and stand-alone composite types (not a table's row type).
              "SELECT 'type', n.nspname, t.typname, 0::oid "
              "FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace "
              "LEFT JOIN pg_catalog.pg_class c ON c.oid = t.typrelid "
              "WHERE t.typnamespace IN (SELECT oid FROM ns) "
              "AND (t.typtype IN ('d', 'r') OR (t.typtype = 'c' AND c.relkind = 'c')) AND "_s
            + notExtensionMember(u"pg_type"_s, u"t.oid"_s),
        bound, Tr::tr("Reading the objects not compared"), [&](const QSqlQuery &row) {
            if (excluded.contains(oid(row, 3)))
                return;
            schema.notCompared.append({ text(row, 0), { text(row, 1), text(row, 2) } });
        });
}

} // namespace

// PostgreSQL: seven pg_catalog queries whatever the number of tables (namespaces, relations,
// columns, constraints, indexes, enums, objects not compared), assembled by oid.
Result<Schema> SchemaSnapshot::readPostgres(const QSqlDatabase &db, const SnapshotOptions &options)
{
    Reader reader { db, options, {}, {}, {}, {} };
    reader.schema.dialect = u"postgresql"_s;
    const Result<QList<quint32>> read = readNamespaces(db, options.schemas);
    if (!read)
        return read.error();
    if (read->isEmpty())
        return reader.schema;
    reader.bound = { oidArray(*read) };
    for (Result<void> (Reader::*step)() : { &Reader::relations, &Reader::columns,
             &Reader::constraints, &Reader::indexes, &Reader::enums, &Reader::notCompared }) {
        if (const Result<void> done = (reader.*step)(); !done)
            return done.error();
    }
    return std::move(reader.schema);
}

} // namespace Stepwise::Core
