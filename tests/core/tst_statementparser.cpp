// The lint classifier (core/lint StatementParser): what it reads from each kind of statement,
// per dialect, through comments, quotes and qualified names; and ColumnType, which tells a
// widening from a narrowing and what PostgreSQL changes without a rewrite.
#include "core/lint/columntype.h"
#include "core/lint/statementparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

QString describeName(const Lint::ParsedStatement &s, const Lint::Name &n, SqlSyntax d)
{
    const QString shown = Lint::nameDisplay(s.text, n);
    const QString key = Lint::nameKey(s.text, n, d);
    return shown == key ? shown : shown + u"→"_s + key;
}

QString describeColumn(const Lint::ParsedStatement &s, const Lint::ColumnDef &c, SqlSyntax d)
{
    QStringList parts { describeName(s, c.name, d) };
    if (c.type.valid())
        parts << s.textOf(c.type).toString();
    const std::pair<bool, const char *> flags[] = {
        { c.notNull, "notnull" },
        { c.nullable, "null" },
        { c.primaryKey, "pk" },
        { c.unique, "unique" },
        { c.references, "references" },
        { c.identity, "identity" },
        { c.generated, "generated" },
        { c.stored, "stored" },
    };
    for (const auto &[on, word] : flags) {
        if (on)
            parts << QString::fromLatin1(word);
    }
    if (c.defaultValue.valid())
        parts << u"default="_s + s.textOf(c.defaultValue).toString();
    if (c.checkExpression.valid())
        parts << u"check="_s + s.textOf(c.checkExpression).toString();
    return parts.join(u' ');
}

// A compact, stable description of what the classifier found.
QString describe(const Lint::ParsedStatement &s, SqlSyntax d)
{
    using namespace Lint;
    static const char *const kinds[] = { "Other", "Create", "Alter", "Drop", "Truncate",
        "RenameTables", "Insert", "Update", "Delete", "Set", "Begin", "Commit", "Rollback",
        "Pragma", "Reindex", "Vacuum", "Cluster", "Refresh" };
    static const char *const objects[] = { "", "table", "index", "view", "materialized view",
        "schema", "database", "type", "domain", "sequence", "function", "procedure", "trigger",
        "extension", "policy", "other" };
    static const char *const actions[] = { "Other", "AddColumn", "DropColumn", "AlterType",
        "SetNotNull", "DropNotNull", "SetDefault", "DropDefault", "ModifyColumn", "ChangeColumn",
        "AddConstraint", "DropConstraint", "DropIndex", "ValidateConstraint", "RenameTo",
        "RenameColumn", "RenameConstraint", "RenameIndex", "RenameValue", "SetSchema", "AddValue",
        "Rewrite", "ConvertCharset", "Rebuild", "DetachPartition", "Option" };
    static const char *const constraints[] = { "", "primary key", "unique", "foreign key", "check",
        "exclude", "index", "fulltext", "spatial" };
    QStringList parts { QString::fromLatin1(kinds[s.kind]) };
    if (s.object != ObjectKind::None)
        parts << QString::fromLatin1(objects[int(s.object)]);
    if (s.name.valid())
        parts << u"name="_s + describeName(s, s.name, d);
    if (s.table.valid())
        parts << u"table="_s + describeName(s, s.table, d);
    if (s.source.valid())
        parts << u"source="_s + describeName(s, s.source, d);
    if (s.names.size() > 1) {
        QStringList names;
        for (const Name &n : s.names)
            names << describeName(s, n, d);
        parts << u"names="_s + names.join(u',');
    }
    for (const auto &[from, to] : s.renames)
        parts << u"rename="_s + describeName(s, from, d) + u">"_s + describeName(s, to, d);
    const std::pair<bool, const char *> flags[] = {
        { s.unique, "unique" },
        { s.concurrently, "concurrently" },
        { s.ifExists, "ifExists" },
        { s.ifNotExists, "ifNotExists" },
        { s.orReplace, "orReplace" },
        { s.temporary, "temporary" },
        { s.cascade, "cascade" },
        { s.full, "full" },
        { s.hasWhere, "where" },
        { s.hasCheck, "check" },
    };
    for (const auto &[on, word] : flags) {
        if (on)
            parts << QString::fromLatin1(word);
    }
    if (s.indexKind != ConstraintKind::None && s.indexKind != ConstraintKind::Unique)
        parts << QString::fromLatin1(constraints[int(s.indexKind)]);
    if (s.algorithm != ParsedStatement::Algorithm::None) {
        static const char *const algorithms[] = { "", "default", "instant", "inplace", "copy" };
        parts << u"algorithm="_s + QString::fromLatin1(algorithms[int(s.algorithm)]);
    }
    if (s.value.valid())
        parts << u"value="_s + s.textOf(s.value).toString();
    QStringList set;
    for (const Name &n : s.setColumns)
        set << describeName(s, n, d);
    if (!set.isEmpty())
        parts << u"set="_s + set.join(u',');
    for (const ColumnDef &c : s.columns)
        parts << u"["_s + describeColumn(s, c, d) + u"]"_s;
    for (const AlterAction &a : s.actions) {
        QStringList ap { QString::fromLatin1(actions[a.kind]) };
        if (a.target.valid())
            ap << describeName(s, a.target, d);
        if (a.newName.valid())
            ap << u">"_s + describeName(s, a.newName, d);
        if (a.column.name.valid()
            && (a.kind == AlterAction::AddColumn || a.kind == AlterAction::ModifyColumn
                || a.kind == AlterAction::ChangeColumn || a.kind == AlterAction::AlterType))
            ap << u"{"_s + describeColumn(s, a.column, d) + u"}"_s;
        if (a.constraint != ConstraintKind::None)
            ap << QString::fromLatin1(constraints[int(a.constraint)]);
        if (a.checkExpression.valid())
            ap << u"check="_s + s.textOf(a.checkExpression).toString();
        if (a.notValid)
            ap << u"notValid"_s;
        if (a.usingIndex)
            ap << u"usingIndex"_s;
        if (a.concurrently)
            ap << u"concurrently"_s;
        if (a.beforeOrAfter)
            ap << u"placed"_s;
        parts << u"("_s + ap.join(u' ') + u")"_s;
    }
    return parts.join(u' ');
}

} // namespace

class tst_StatementParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void columnTypes_data();
    void columnTypes();
};

void tst_StatementParser::classify_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected");
    const int pg = int(SqlSyntax::PostgreSQL);
    const int my = int(SqlSyntax::MySQL);
    const int lite = int(SqlSyntax::SQLite);
    const int gen = int(SqlSyntax::Generic);

    QTest::newRow("index: every modifier, quoted, qualified")
        << pg
        << u"CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"ix_Users\" ON ONLY public.users USING btree (lower(email))"_s
        << u"Create index name=\"ix_Users\"→ix_Users table=public.users→users unique concurrently ifNotExists"_s;
    QTest::newRow("comments anywhere, lower case")
        << pg << u"/* lead */ -- line\n  create /* x */ index ix on t (c) -- tail"_s
        << u"Create index name=ix table=t"_s;
    QTest::newRow("nested comment (PostgreSQL)")
        << pg << u"/* a /* DROP TABLE x; */ b */ DROP TABLE y"_s << u"Drop table name=y"_s;
    QTest::newRow("mixed case keywords and names")
        << gen << u"Alter Table Users Drop Column Email"_s
        << u"Alter table name=Users→users (DropColumn Email→email)"_s;
    QTest::newRow("keywords inside a string are text")
        << pg << u"SELECT 'ALTER TABLE x DROP COLUMN y'"_s << u"Other"_s;
    QTest::newRow("a body in a dollar quote is text")
        << pg
        << u"CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN DROP TABLE x; END $body$ LANGUAGE plpgsql"_s
        << u"Create function name=f"_s;
    QTest::newRow("MySQL executable comment")
        << my << u"/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE */"_s
        << u"Set name=OLD_SQL_MODE→old_sql_mode value=@@SQL_MODE"_s;
    QTest::newRow("MySQL # comment and backticks")
        << my << u"# remove it\nDROP TABLE `order items`"_s
        << u"Drop table name=`order items`→order items"_s;
    QTest::newRow("MySQL alter with options")
        << my
        << u"ALTER TABLE `orders` ADD COLUMN `note` TEXT NOT NULL DEFAULT '', ALGORITHM=INPLACE, LOCK=NONE"_s
        << u"Alter table name=`orders`→orders algorithm=inplace (AddColumn {`note`→note TEXT notnull default=''}) (Option) (Option)"_s;
    QTest::newRow("PostgreSQL alter, several actions")
        << pg
        << u"alter table users add column email varchar(200) not null default 'x''y', drop column "
           u"legacy cascade, "
           "alter column id type bigint using id::bigint, alter column name set not null, rename column a to b"_s
        << u"Alter table name=users (AddColumn {email varchar(200) notnull default='x''y'}) "
           u"(DropColumn legacy) "
           "(AlterType id {id bigint}) (SetNotNull name) (RenameColumn a >b)"_s;
    QTest::newRow("foreign key NOT VALID")
        << pg
        << u"ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID"_s
        << u"Alter table name=orders (AddConstraint fk foreign key notValid)"_s;
    QTest::newRow("check constraint")
        << pg << u"ALTER TABLE users ADD CONSTRAINT nn CHECK ((email IS NOT NULL))"_s
        << u"Alter table name=users (AddConstraint nn check check=(email IS NOT NULL))"_s;
    QTest::newRow("primary key using index")
        << pg
        << u"ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_idx"_s
        << u"Alter table name=users (AddConstraint users_pkey primary key usingIndex)"_s;
    QTest::newRow("drop several, cascade")
        << pg << u"DROP TABLE IF EXISTS a, public.b CASCADE"_s
        << u"Drop table name=a names=a,public.b→b ifExists cascade"_s;
    QTest::newRow("drop index concurrently") << pg << u"DROP INDEX CONCURRENTLY IF EXISTS ix"_s
                                             << u"Drop index name=ix concurrently ifExists"_s;
    QTest::newRow("MySQL drop index on table")
        << my << u"DROP INDEX ix ON users ALGORITHM=INPLACE"_s
        << u"Drop index name=ix table=users"_s;
    QTest::newRow("insert select keeps its source")
        << lite << u"INSERT INTO users_new (id, email) SELECT id, email FROM users WHERE id > 0"_s
        << u"Insert name=users_new source=users"_s;
    QTest::newRow("insert values")
        << lite << u"INSERT INTO t VALUES ('DROP TABLE x')"_s << u"Insert name=t"_s;
    QTest::newRow("update set columns")
        << pg << u"UPDATE users SET email = lower(email), name = 'a,b' WHERE id > 0"_s
        << u"Update name=users where set=email,name"_s;
    QTest::newRow("set lock_timeout")
        << pg << u"SET LOCAL lock_timeout TO '1s'"_s << u"Set name=lock_timeout value='1s'"_s;
    QTest::newRow("begin") << pg << u"BEGIN ISOLATION LEVEL SERIALIZABLE"_s << u"Begin"_s;
    QTest::newRow("start transaction") << my << u"START TRANSACTION"_s << u"Begin"_s;
    QTest::newRow("end commits (PostgreSQL)") << pg << u"END"_s << u"Commit"_s;
    QTest::newRow("rollback to savepoint") << pg << u"ROLLBACK TO SAVEPOINT a"_s << u"Other"_s;
    QTest::newRow("pragma") << lite << u"PRAGMA foreign_keys=off"_s
                            << u"Pragma name=foreign_keys value=off"_s;
    QTest::newRow("SQLite brackets")
        << lite << u"ALTER TABLE [my table] RENAME COLUMN [a] TO [b]"_s
        << u"Alter table name=[my table]→my table (RenameColumn [a]→a >[b]→b)"_s;
    QTest::newRow("reindex") << pg << u"REINDEX (VERBOSE) TABLE CONCURRENTLY users"_s
                             << u"Reindex table name=users concurrently"_s;
    QTest::newRow("vacuum full options")
        << pg << u"VACUUM (FULL, ANALYZE) events"_s << u"Vacuum name=events full"_s;
    QTest::newRow("enum add value")
        << pg << u"ALTER TYPE mood ADD VALUE IF NOT EXISTS 'x' BEFORE 'y'"_s
        << u"Alter type name=mood (AddValue placed)"_s;
    QTest::newRow("MySQL change column")
        << my << u"ALTER TABLE t CHANGE COLUMN a b INT UNSIGNED NOT NULL AFTER c"_s
        << u"Alter table name=t (ChangeColumn a {b INT UNSIGNED notnull})"_s;
    QTest::newRow("MySQL rename tables") << my << u"RENAME TABLE a TO b, c TO d"_s
                                         << u"RenameTables table name=a rename=a>b rename=c>d"_s;
    QTest::newRow("MySQL view with definer")
        << my
        << u"CREATE ALGORITHM=UNDEFINED DEFINER=`root`@`%` SQL SECURITY DEFINER VIEW v AS SELECT 1"_s
        << u"Create view name=v"_s;
    QTest::newRow("create table columns")
        << pg
        << u"CREATE TABLE IF NOT EXISTS t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
           "total numeric(10, 2) GENERATED ALWAYS AS (a + b) STORED, "
           "owner int REFERENCES users (id) ON DELETE CASCADE, "
           "at timestamp(3) with time zone DEFAULT now() NOT NULL, CONSTRAINT c CHECK (total > 0))"_s
        << u"Create table name=t ifNotExists [id bigint pk identity] [total numeric(10, 2) "
           u"generated stored] "
           "[owner int references] [at timestamp(3) with time zone notnull default=now()]"_s;
    QTest::newRow("truncate") << pg << u"TRUNCATE ONLY a, b RESTART IDENTITY CASCADE"_s
                              << u"Truncate table name=a names=a,b cascade"_s;
    QTest::newRow("detach partition")
        << pg << u"ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY"_s
        << u"Alter table name=events (DetachPartition events_2020 concurrently)"_s;
    QTest::newRow("domain constraint")
        << pg << u"ALTER DOMAIN positive ADD CONSTRAINT p CHECK (VALUE > 0) NOT VALID"_s
        << u"Alter domain name=positive (AddConstraint p check check=VALUE > 0 notValid)"_s;
    QTest::newRow("MySQL unique index named")
        << my << u"ALTER TABLE users ADD UNIQUE KEY ux_email (email), DROP PRIMARY KEY"_s
        << u"Alter table name=users (AddConstraint ux_email unique) (DropConstraint primary key)"_s;
    QTest::newRow("trigger on table")
        << lite
        << u"CREATE TRIGGER IF NOT EXISTS t AFTER UPDATE OF a ON users BEGIN SELECT 1; END"_s
        << u"Create trigger name=t table=users ifNotExists"_s;
}

void tst_StatementParser::classify()
{
    QFETCH(int, dialect);
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    Lint::StatementParser parser { SqlSyntax(dialect) };
    QCOMPARE(describe(parser.parse(sql), SqlSyntax(dialect)), expected);
    // The parser's buffers are reused: a second statement starts clean.
    QCOMPARE(describe(parser.parse(u"SELECT 1"_s), SqlSyntax(dialect)), u"Other"_s);
}

void tst_StatementParser::columnTypes_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("change");
    QTest::addColumn<int>("withoutRewrite"); // PostgreSQL only; -1: not asked
    const int pg = int(SqlSyntax::PostgreSQL);
    const int my = int(SqlSyntax::MySQL);
    const auto row = [](const char *name, int d, const QString &from, const QString &to,
                         Lint::TypeChange change, int noRewrite) {
        QTest::newRow(name) << d << from << to << int(change) << noRewrite;
    };
    using T = Lint::TypeChange;
    row("varchar longer", pg, u"varchar(50)"_s, u"varchar(100)"_s, T::Widening, 1);
    row("varchar shorter", pg, u"varchar(100)"_s, u"varchar(50)"_s, T::Narrowing, 0);
    row("varchar to text", pg, u"varchar(20)"_s, u"text"_s, T::Widening, 1);
    row("text to varchar(n)", pg, u"text"_s, u"varchar(20)"_s, T::Narrowing, 0);
    row("character varying spelled out", pg, u"character varying(20)"_s, u"VARCHAR(30)"_s,
        T::Widening, 1);
    row("numeric more precision", pg, u"numeric(10,2)"_s, u"numeric(12, 2)"_s, T::Widening, 1);
    row("numeric less scale", pg, u"numeric(10,2)"_s, u"numeric(10)"_s, T::Narrowing, 0);
    row("numeric more scale", pg, u"numeric(10,2)"_s, u"numeric(12,3)"_s, T::Widening, 0);
    row("numeric unbounded", pg, u"numeric(10,2)"_s, u"numeric"_s, T::Widening, 1);
    row("int to bigint", pg, u"integer"_s, u"bigint"_s, T::Widening, 0);
    row("bigint to int", pg, u"int8"_s, u"int4"_s, T::Narrowing, 0);
    row("int to small numeric", pg, u"int"_s, u"numeric(5)"_s, T::Narrowing, 0);
    row("int to wide numeric", pg, u"int"_s, u"numeric(12)"_s, T::Widening, 0);
    row("int to text", pg, u"int"_s, u"text"_s, T::Widening, 0);
    row("text to int", pg, u"text"_s, u"integer"_s, T::Changed, 0);
    row("timestamp precision", pg, u"timestamp(6) without time zone"_s,
        u"timestamp(3) without time zone"_s, T::Narrowing, 0);
    row("date to timestamptz", pg, u"date"_s, u"timestamptz"_s, T::Widening, 0);
    row("char to varchar", pg, u"char(10)"_s, u"varchar(10)"_s, T::Widening, 0);
    row("same", pg, u"uuid"_s, u"UUID"_s, T::Same, 1);
    row("json kinds", pg, u"jsonb"_s, u"json"_s, T::Changed, 0);
    row("arrays by spelling", pg, u"int[]"_s, u"bigint[]"_s, T::Changed, 0);
    row("unknown", pg, QString(), u"int"_s, T::Unknown, 0);
    row("unsigned to bigger signed", my, u"INT UNSIGNED"_s, u"BIGINT"_s, T::Widening, -1);
    row("signed to unsigned", my, u"INT"_s, u"INT UNSIGNED"_s, T::Narrowing, -1);
    row("display width", my, u"int(11)"_s, u"INT"_s, T::Same, -1);
    row("enum appended", my, u"ENUM('a','b')"_s, u"enum('a', 'b', 'c')"_s, T::Widening, -1);
    row("enum value removed", my, u"ENUM('a','b')"_s, u"ENUM('a')"_s, T::Narrowing, -1);
    row("text family grows", my, u"TEXT"_s, u"MEDIUMTEXT"_s, T::Widening, -1);
    row("text family shrinks", my, u"MEDIUMTEXT"_s, u"TEXT"_s, T::Narrowing, -1);
    row("character set ignored", my, u"VARCHAR(255) CHARACTER SET utf8mb4"_s, u"VARCHAR(300)"_s,
        T::Widening, -1);
    row("MySQL decimal default", my, u"DECIMAL"_s, u"DECIMAL(10,0)"_s, T::Same, -1);
}

void tst_StatementParser::columnTypes()
{
    QFETCH(int, dialect);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, change);
    QFETCH(int, withoutRewrite);
    const Lint::ColumnType a = Lint::ColumnType::parse(from, SqlSyntax(dialect));
    const Lint::ColumnType b = Lint::ColumnType::parse(to, SqlSyntax(dialect));
    QCOMPARE(int(Lint::compareTypes(a, b)), change);
    if (withoutRewrite >= 0)
        QCOMPARE(Lint::changesWithoutRewrite(a, b), withoutRewrite == 1);
}

QTEST_GUILESS_MAIN(tst_StatementParser)
#include "tst_statementparser.moc"
