// SchemaSnapshot::readPostgres (issue 16): a PostgreSQL database read into the neutral model with
// a fixed number of pg_catalog queries — tables with their columns, keys, indexes, foreign keys
// and checks; views, free sequences, enums; everything else listed as not compared.
#include "tests/common/enginesupport.h"

#include "core/schema/schemasnapshot.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Core {

// QCOMPARE's messages: the model's values spelled out.
QString describe(const TableName &n) { return qualifiedName(n); }
QString describe(const QStringList &l) { return u'[' + l.join(u", "_s) + u']'; }

char *toString(const SchemaColumn &c)
{
    return qstrdup(qPrintable(u"%1 %2 (%3) nullable=%4 default=[%5] identity=%6 generated=[%7]%8 "
                              "collation=[%9] comment=[%10]"_s
                                  .arg(c.name, c.type, c.normalizedType)
                                  .arg(c.nullable)
                                  .arg(c.defaultValue)
                                  .arg(int(c.identity))
                                  .arg(c.generated, c.generatedStored ? u" stored"_s : QString(),
                                       c.collation, c.comment)));
}

char *toString(const SchemaKey &k)
{
    return qstrdup(qPrintable(k.name + u' ' + describe(k.columns)));
}

char *toString(const SchemaIndex &i)
{
    QStringList descending;
    for (bool d : i.descending)
        descending << (d ? u"desc"_s : u"asc"_s);
    return qstrdup(qPrintable(u"%1 %2 %3 unique=%4 where=[%5] method=[%6]"_s.arg(
        i.name, describe(i.parts), describe(descending), i.unique ? u"yes"_s : u"no"_s,
        i.predicate, i.method)));
}

char *toString(const SchemaForeignKey &f)
{
    return qstrdup(qPrintable(u"%1 %2 -> %3 %4 delete=[%5] update=[%6] deferrable=%7/%8"_s
                                  .arg(f.name, describe(f.columns), describe(f.target),
                                       describe(f.targetColumns), f.onDelete, f.onUpdate)
                                  .arg(f.deferrable)
                                  .arg(f.initiallyDeferred)));
}

char *toString(const SchemaCheck &c) { return qstrdup(qPrintable(c.name + u": "_s + c.expression)); }

char *toString(const SchemaSequence &s)
{
    return qstrdup(qPrintable(u"%1 %2 start=%3 increment=%4 min=%5 max=%6 cycle=%7 owned=[%8]"_s
                                  .arg(describe(s.name), s.type)
                                  .arg(s.start)
                                  .arg(s.increment)
                                  .arg(s.minimum)
                                  .arg(s.maximum)
                                  .arg(s.cycle)
                                  .arg(s.ownedBy)));
}

char *toString(const SchemaEnum &e)
{
    return qstrdup(qPrintable(describe(e.name) + u' ' + describe(e.values)));
}

char *toString(const NotCompared &n)
{
    return qstrdup(qPrintable(n.kind + u' ' + describe(n.name)));
}

} // namespace Stepwise::Core

namespace {

// A fresh PostgreSQL database of the test's own and a connection to it, both gone with it.
class FreshDatabase
{
public:
    FreshDatabase(const QString &dir, const QString &connection)
        : m_name(connection)
        , m_db(Stepwise::Test::createDatabase(u"postgresql"_s, dir, &error))
    {
        if (m_db)
            db = Stepwise::Test::connect(*m_db, m_name);
    }
    ~FreshDatabase()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
        if (m_db)
            Stepwise::Test::dropDatabase(*m_db);
    }
    FreshDatabase(const FreshDatabase &) = delete;
    FreshDatabase &operator=(const FreshDatabase &) = delete;

    bool ok() const { return m_db && db.isOpen(); }

    // Runs the statements in order; the first failure's statement and message, empty when all ran.
    QString exec(const QStringList &statements)
    {
        QSqlQuery q(db);
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                return sql + u": "_s + q.lastError().text();
        }
        return {};
    }

    QString error;
    QSqlDatabase db;

private:
    QString m_name;
    std::optional<Stepwise::Test::TestDatabase> m_db;
};

Result<Schema> readAll(const QSqlDatabase &db, const SnapshotOptions &options = {})
{
    return SchemaSnapshot::read(db, options);
}

SchemaColumn column(const QString &name, const QString &type, const QString &normalized,
                    bool nullable = true, const QString &defaultValue = {})
{
    SchemaColumn c;
    c.name = name;
    c.type = type;
    c.normalizedType = normalized;
    c.nullable = nullable;
    c.defaultValue = defaultValue;
    return c;
}

SchemaIndex index(const QString &name, const QStringList &parts, const QList<bool> &descending,
                  bool unique = false, const QString &predicate = {}, const QString &method = {})
{
    return {name, parts, descending, unique, predicate, method};
}

QStringList tableNames(const Schema &schema)
{
    QStringList out;
    for (const SchemaTable &t : schema.tables)
        out << qualifiedName(t.name);
    return out;
}

// The statements the server runs for one connection, counted from the server's own log: with
// log_statement = 'all' and client_min_messages = log the server sends every statement back as
// a LOG notice, and libpq (Qt's driver installs no notice processor) prints it on stderr, which
// is captured into a file meanwhile. Counts only this connection's statements.
class StatementCounter
{
public:
    explicit StatementCounter(const QSqlDatabase &db) : m_db(db) { }

    bool start()
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"SET log_statement = 'all'"_s) || !q.exec(u"SET client_min_messages = log"_s)
            || !m_file.open())
            return false;
        std::fflush(stderr);
        m_saved = dup(STDERR_FILENO);
        return m_saved >= 0 && dup2(m_file.handle(), STDERR_FILENO) >= 0;
    }

    // The number of statements since start().
    int stop()
    {
        // The RESET is the last statement sent back (and not counted).
        QSqlQuery q(m_db);
        q.exec(u"RESET client_min_messages"_s);
        std::fflush(stderr);
        dup2(m_saved, STDERR_FILENO);
        close(m_saved);
        q.exec(u"RESET log_statement"_s);
        m_file.seek(0);
        return int(m_file.readAll().count("LOG:  statement: ")) - 1;
    }

private:
    QSqlDatabase m_db;
    QTemporaryFile m_file;
    int m_saved = -1;
};

// `count` tables t_0001…: ten columns, two indexes and a foreign key to the table before each.
QStringList bulkTables(int from, int count)
{
    QStringList sql{u"BEGIN"_s};
    for (int i = from; i < from + count; ++i) {
        const QString t = u"t_%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        const QString parent = u"t_%1"_s.arg(i > 1 ? i - 1 : 1, 4, 10, QLatin1Char('0'));
        sql << u"CREATE TABLE %1 (id integer PRIMARY KEY, parent_id integer CONSTRAINT %1_parent "
               "REFERENCES %2 (id), c1 text, c2 integer, c3 timestamp, c4 numeric(12,2), "
               "c5 boolean, c6 varchar(40), c7 bigint, c8 text NOT NULL DEFAULT '')"_s.arg(t, parent)
            << u"CREATE INDEX %1_c1 ON %1 (c1)"_s.arg(t)
            << u"CREATE UNIQUE INDEX %1_c2_c3 ON %1 (c2, c3 DESC)"_s.arg(t);
    }
    return sql << u"COMMIT"_s;
}

} // namespace

class tst_PostgresSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void everyObjectKind();
    void quotedAndMixedCaseNames();
    void excludedTables();
    void sameReadTwice();
    void bulkQueries();

private:
    QTemporaryDir m_dir;
};

// One of every kind the model holds, and one of every kind it lists as not compared.
void tst_PostgresSnapshot::everyObjectKind()
{
    ENGINE_REQUIRE_DIALECT(u"postgresql"_s);
    FreshDatabase fresh(m_dir.path(), u"every"_s);
    QVERIFY2(fresh.ok(), qPrintable(fresh.error));
    const QString failed = fresh.exec({
        u"CREATE EXTENSION citext"_s,
        u"CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')"_s,
        u"ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'"_s,
        u"CREATE TABLE authors (id serial PRIMARY KEY, name varchar(80) NOT NULL, "
        "code text COLLATE \"C\", born timestamp with time zone DEFAULT now(), "
        "ratio double precision, active boolean NOT NULL DEFAULT true, nick citext, "
        "CONSTRAINT authors_name_key UNIQUE (name))"_s,
        u"COMMENT ON TABLE authors IS 'Who writes'"_s,
        u"COMMENT ON COLUMN authors.name IS 'Full name'"_s,
        u"CREATE INDEX authors_lower_name ON authors (lower(name))"_s,
        u"CREATE TABLE books (id integer GENERATED ALWAYS AS IDENTITY, "
        "edition smallint GENERATED BY DEFAULT AS IDENTITY, author_id integer NOT NULL, "
        "co_author_id integer, title varchar(200) NOT NULL, price numeric(10,2), "
        "price_with_tax numeric(10,2) GENERATED ALWAYS AS (price * 1.2) STORED, "
        "mood mood, tags text[], at time without time zone, "
        "PRIMARY KEY (edition, id), "
        "CONSTRAINT books_author FOREIGN KEY (author_id) REFERENCES authors (id) "
        "ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, "
        "CONSTRAINT books_co_author FOREIGN KEY (co_author_id) REFERENCES authors (id) "
        "ON DELETE SET NULL ON UPDATE RESTRICT, "
        "CONSTRAINT price_positive CHECK (price > 0))"_s,
        u"ALTER TABLE books ADD CONSTRAINT title_not_empty CHECK (title <> '') NOT VALID"_s,
        u"CREATE UNIQUE INDEX books_title ON books (title)"_s,
        u"CREATE INDEX books_author_price ON books (author_id, price DESC)"_s,
        u"CREATE INDEX books_cheap ON books (price) WHERE price < 10"_s,
        u"CREATE INDEX books_tags ON books USING gin (tags)"_s,
        u"CREATE INDEX books_mood ON books USING hash (mood)"_s,
        u"CREATE TABLE reviews (id bigserial PRIMARY KEY, book_id integer NOT NULL, "
        "book_edition smallint NOT NULL, "
        "CONSTRAINT reviews_book FOREIGN KEY (book_edition, book_id) "
        "REFERENCES books (edition, id))"_s,
        u"CREATE VIEW cheap_books AS SELECT id, title FROM books WHERE price < 10"_s,
        u"COMMENT ON VIEW cheap_books IS 'Under ten'"_s,
        u"CREATE MATERIALIZED VIEW author_counts AS "
        "SELECT author_id, count(*) AS n FROM books GROUP BY author_id"_s,
        u"CREATE SEQUENCE invoice_numbers AS integer START 1000 INCREMENT 5 MINVALUE 10 "
        "MAXVALUE 99999 CYCLE"_s,
        u"CREATE SEQUENCE plain_counter"_s,
        u"CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RETURN NEW; END $$"_s,
        u"CREATE TRIGGER books_touch BEFORE UPDATE ON books FOR EACH ROW EXECUTE FUNCTION touch()"_s,
        u"ALTER TABLE books ENABLE ROW LEVEL SECURITY"_s,
        u"CREATE POLICY books_all ON books USING (true)"_s,
        u"CREATE RULE authors_keep AS ON DELETE TO authors DO INSTEAD NOTHING"_s,
        u"CREATE TABLE events (id integer NOT NULL, at date NOT NULL, "
        "CONSTRAINT events_author FOREIGN KEY (id) REFERENCES authors (id)) PARTITION BY RANGE (at)"_s,
        u"CREATE INDEX events_at ON events (at)"_s,
        u"CREATE TRIGGER events_touch BEFORE UPDATE ON events FOR EACH ROW EXECUTE FUNCTION touch()"_s,
        u"CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"_s,
        u"CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0)"_s,
        u"CREATE TYPE pair AS (a integer, b integer)"_s,
        u"CREATE SCHEMA other"_s,
        u"CREATE TABLE other.things (id integer PRIMARY KEY, label text)"_s,
    });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    const Result<Schema> read = readAll(fresh.db);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    const Schema &schema = *read;
    QCOMPARE(schema.dialect, u"postgresql"_s);
    // The partition is not a table; the extension's objects are not read.
    QCOMPARE(tableNames(schema), (QStringList{u"other.things"_s, u"public.authors"_s,
                                              u"public.books"_s, u"public.events"_s,
                                              u"public.reviews"_s}));

    const SchemaTable *authors = schema.table({u"public"_s, u"authors"_s});
    QVERIFY(authors);
    QCOMPARE(authors->comment, u"Who writes"_s);
    QCOMPARE(authors->columns.size(), 7);
    QCOMPARE(authors->columns.at(0), column(u"id"_s, u"integer"_s, u"int"_s, false,
                                            u"nextval('authors_id_seq'::regclass)"_s));
    SchemaColumn name = column(u"name"_s, u"character varying(80)"_s, u"varchar(80)"_s, false);
    name.comment = u"Full name"_s;
    QCOMPARE(authors->columns.at(1), name);
    SchemaColumn code = column(u"code"_s, u"text"_s, u"text"_s);
    code.collation = u"C"_s;
    QCOMPARE(authors->columns.at(2), code);
    QCOMPARE(authors->columns.at(3), column(u"born"_s, u"timestamp with time zone"_s,
                                            u"timestamptz"_s, true, u"now()"_s));
    QCOMPARE(authors->columns.at(4), column(u"ratio"_s, u"double precision"_s, u"double"_s));
    QCOMPARE(authors->columns.at(5), column(u"active"_s, u"boolean"_s, u"bool"_s, false, u"true"_s));
    QCOMPARE(authors->columns.at(6), column(u"nick"_s, u"citext"_s, u"citext"_s));
    QCOMPARE(authors->primaryKey.value_or(SchemaKey{}), (SchemaKey{u"authors_pkey"_s, {u"id"_s}}));
    QCOMPARE(authors->uniques, (QList<SchemaKey>{{u"authors_name_key"_s, {u"name"_s}}}));
    // Neither the primary key's nor the unique constraint's own index.
    QCOMPARE(authors->indexes, (QList<SchemaIndex>{
        index(u"authors_lower_name"_s, {u"lower(name::text)"_s}, {false})}));
    QVERIFY(authors->foreignKeys.isEmpty());
    QVERIFY(authors->checks.isEmpty());

    const SchemaTable *books = schema.table({u"public"_s, u"books"_s});
    QVERIFY(books);
    QCOMPARE(books->comment, QString());
    QCOMPARE(books->columns.size(), 10);
    SchemaColumn id = column(u"id"_s, u"integer"_s, u"int"_s, false);
    id.identity = SchemaColumn::Identity::Always;
    QCOMPARE(books->columns.at(0), id);
    SchemaColumn edition = column(u"edition"_s, u"smallint"_s, u"smallint"_s, false);
    edition.identity = SchemaColumn::Identity::ByDefault;
    QCOMPARE(books->columns.at(1), edition);
    QCOMPARE(books->columns.at(2), column(u"author_id"_s, u"integer"_s, u"int"_s, false));
    QCOMPARE(books->columns.at(4), column(u"title"_s, u"character varying(200)"_s,
                                          u"varchar(200)"_s, false));
    QCOMPARE(books->columns.at(5), column(u"price"_s, u"numeric(10,2)"_s, u"numeric(10,2)"_s));
    SchemaColumn withTax = column(u"price_with_tax"_s, u"numeric(10,2)"_s, u"numeric(10,2)"_s);
    withTax.generated = u"(price * 1.2)"_s;
    withTax.generatedStored = true;
    QCOMPARE(books->columns.at(6), withTax);
    QCOMPARE(books->columns.at(7), column(u"mood"_s, u"mood"_s, u"mood"_s));
    QCOMPARE(books->columns.at(8), column(u"tags"_s, u"text[]"_s, u"text[]"_s));
    QCOMPARE(books->columns.at(9), column(u"at"_s, u"time without time zone"_s, u"time"_s));
    // Key order, not table order.
    QCOMPARE(books->primaryKey.value_or(SchemaKey{}), (SchemaKey{u"books_pkey"_s, {u"edition"_s, u"id"_s}}));
    QVERIFY(books->uniques.isEmpty());
    QCOMPARE(books->indexes, (QList<SchemaIndex>{
        index(u"books_author_price"_s, {u"author_id"_s, u"price"_s}, {false, true}),
        index(u"books_cheap"_s, {u"price"_s}, {false}, false, u"price < 10::numeric"_s),
        index(u"books_mood"_s, {u"mood"_s}, {false}, false, {}, u"hash"_s),
        index(u"books_tags"_s, {u"tags"_s}, {false}, false, {}, u"gin"_s),
        index(u"books_title"_s, {u"title"_s}, {false}, true)}));
    QCOMPARE(books->foreignKeys.size(), 2);
    QCOMPARE(books->foreignKeys.at(0), (SchemaForeignKey{u"books_author"_s, {u"author_id"_s},
                                                         {u"public"_s, u"authors"_s}, {u"id"_s},
                                                         u"CASCADE"_s, {}, true, true}));
    QCOMPARE(books->foreignKeys.at(1), (SchemaForeignKey{u"books_co_author"_s, {u"co_author_id"_s},
                                                         {u"public"_s, u"authors"_s}, {u"id"_s},
                                                         u"SET NULL"_s, u"RESTRICT"_s, false, false}));
    // NOT NULL is no check; NOT VALID is not part of the expression.
    QCOMPARE(books->checks, (QList<SchemaCheck>{{u"price_positive"_s, u"price > 0::numeric"_s},
                                                {u"title_not_empty"_s, u"title::text <> ''::text"_s}}));

    const SchemaTable *reviews = schema.table({u"public"_s, u"reviews"_s});
    QVERIFY(reviews);
    QCOMPARE(reviews->columns.at(0), column(u"id"_s, u"bigint"_s, u"bigint"_s, false,
                                            u"nextval('reviews_id_seq'::regclass)"_s));
    QCOMPARE(reviews->foreignKeys, (QList<SchemaForeignKey>{
        {u"reviews_book"_s, {u"book_edition"_s, u"book_id"_s}, {u"public"_s, u"books"_s},
         {u"edition"_s, u"id"_s}, {}, {}, false, false}}));
    QVERIFY(reviews->indexes.isEmpty());

    // The partitioned table is a table with its own index and key; its partition is not.
    const SchemaTable *events = schema.table({u"public"_s, u"events"_s});
    QVERIFY(events);
    QCOMPARE(events->columns.size(), 2);
    QCOMPARE(events->columns.at(1), column(u"at"_s, u"date"_s, u"date"_s, false));
    QCOMPARE(events->indexes, (QList<SchemaIndex>{index(u"events_at"_s, {u"at"_s}, {false})}));
    QCOMPARE(events->foreignKeys.size(), 1);
    QCOMPARE(events->foreignKeys.at(0).name, u"events_author"_s);

    const SchemaTable *things = schema.table({u"other"_s, u"things"_s});
    QVERIFY(things);
    QCOMPARE(things->columns, (QList<SchemaColumn>{column(u"id"_s, u"integer"_s, u"int"_s, false),
                                                   column(u"label"_s, u"text"_s, u"text"_s)}));
    QCOMPARE(things->primaryKey.value_or(SchemaKey{}), (SchemaKey{u"things_pkey"_s, {u"id"_s}}));

    QCOMPARE(schema.views.size(), 2);
    const SchemaView &counts = schema.views.at(0);
    QCOMPARE(counts.name, (TableName{u"public"_s, u"author_counts"_s}));
    QVERIFY(counts.materialized);
    QVERIFY2(counts.definition.startsWith(u"SELECT "_s) && counts.definition.contains(u"count(*)"_s)
                 && counts.definition.contains(u"GROUP BY"_s),
             qPrintable(counts.definition));
    const SchemaView &cheap = schema.views.at(1);
    QCOMPARE(cheap.name, (TableName{u"public"_s, u"cheap_books"_s}));
    QVERIFY(!cheap.materialized);
    QCOMPARE(cheap.comment, u"Under ten"_s);
    QCOMPARE(cheap.definition, Stepwise::Test::column(fresh.db,
        u"SELECT pg_get_viewdef('cheap_books'::regclass, true)"_s).value(0).trimmed());
    QVERIFY2(cheap.definition.startsWith(u"SELECT "_s) && cheap.definition.contains(u"FROM books"_s)
                 && cheap.definition.contains(u"WHERE "_s),
             qPrintable(cheap.definition));

    // Serial and identity sequences belong to their columns.
    SchemaSequence invoices;
    invoices.name = {u"public"_s, u"invoice_numbers"_s};
    invoices.type = u"integer"_s;
    invoices.start = 1000;
    invoices.increment = 5;
    invoices.minimum = 10;
    invoices.maximum = 99999;
    invoices.cycle = true;
    SchemaSequence counter;
    counter.name = {u"public"_s, u"plain_counter"_s};
    QCOMPARE(schema.sequences, (QList<SchemaSequence>{invoices, counter}));

    QCOMPARE(schema.enums, (QList<SchemaEnum>{
        {{u"public"_s, u"mood"_s}, {u"sad"_s, u"meh"_s, u"ok"_s, u"happy"_s}}}));

    QCOMPARE(schema.notCompared, (QList<NotCompared>{
        {u"extension"_s, {u"public"_s, u"citext"_s}},
        {u"function"_s, {u"public"_s, u"touch()"_s}},
        {u"partition"_s, {u"public"_s, u"events_2024"_s}},
        {u"policy"_s, {u"public"_s, u"books.books_all"_s}},
        {u"rule"_s, {u"public"_s, u"authors.authors_keep"_s}},
        {u"trigger"_s, {u"public"_s, u"books.books_touch"_s}},
        {u"trigger"_s, {u"public"_s, u"events.events_touch"_s}},
        {u"type"_s, {u"public"_s, u"pair"_s}},
        {u"type"_s, {u"public"_s, u"positive_int"_s}}}));

    // Only the schemas asked for.
    const Result<Schema> other = readAll(fresh.db, {{u"other"_s}, {}});
    QVERIFY2(other, qPrintable(other ? QString() : other.error().toString()));
    QCOMPARE(tableNames(*other), QStringList{u"other.things"_s});
    QCOMPARE(other->tables.at(0), *things);
    QVERIFY(other->views.isEmpty() && other->sequences.isEmpty() && other->enums.isEmpty()
            && other->notCompared.isEmpty());
}

// Names come back exactly as created: case, spaces, quotes and semicolons kept.
void tst_PostgresSnapshot::quotedAndMixedCaseNames()
{
    ENGINE_REQUIRE_DIALECT(u"postgresql"_s);
    FreshDatabase fresh(m_dir.path(), u"quoted"_s);
    QVERIFY2(fresh.ok(), qPrintable(fresh.error));
    const QString failed = fresh.exec({
        u"CREATE SCHEMA \"My Schema\""_s,
        u"CREATE TABLE \"My Schema\".\"MixedCase\" (\"Id\" integer PRIMARY KEY, "
        "\"first name\" text, \"we\"\"ird, col\" integer, "
        "CONSTRAINT \"Unique First\" UNIQUE (\"first name\", \"Id\"))"_s,
        u"CREATE INDEX \"Idx Mixed\" ON \"My Schema\".\"MixedCase\" (\"we\"\"ird, col\" DESC, "
        "upper(\"first name\"))"_s,
        u"CREATE TABLE \"we\"\"ird; name\" (\"x y\" integer CONSTRAINT \"To Mixed\" "
        "REFERENCES \"My Schema\".\"MixedCase\" (\"Id\"), "
        "CONSTRAINT \"Positive?\" CHECK (\"x y\" > 0))"_s,
        u"CREATE TYPE \"Mood Type\" AS ENUM ('a \"b\"', 'c,d')"_s,
        u"CREATE VIEW \"View,Name\" AS SELECT 1 AS one"_s,
    });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    const Result<Schema> read = readAll(fresh.db, {{u"My Schema"_s, u"public"_s}, {}});
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(tableNames(*read), (QStringList{u"My Schema.MixedCase"_s, u"public.we\"ird; name"_s}));

    const SchemaTable *mixed = read->table({u"My Schema"_s, u"MixedCase"_s});
    QVERIFY(mixed);
    QCOMPARE(mixed->columns.size(), 3);
    QCOMPARE(mixed->columns.at(0).name, u"Id"_s);
    QCOMPARE(mixed->columns.at(1).name, u"first name"_s);
    QCOMPARE(mixed->columns.at(2).name, u"we\"ird, col"_s);
    QCOMPARE(mixed->primaryKey.value_or(SchemaKey{}), (SchemaKey{u"MixedCase_pkey"_s, {u"Id"_s}}));
    QCOMPARE(mixed->uniques, (QList<SchemaKey>{{u"Unique First"_s, {u"first name"_s, u"Id"_s}}}));
    QCOMPARE(mixed->indexes, (QList<SchemaIndex>{
        index(u"Idx Mixed"_s, {u"we\"ird, col"_s, u"upper(\"first name\")"_s}, {true, false})}));

    const SchemaTable *weird = read->table({u"public"_s, u"we\"ird; name"_s});
    QVERIFY(weird);
    QCOMPARE(weird->columns, (QList<SchemaColumn>{column(u"x y"_s, u"integer"_s, u"int"_s)}));
    QCOMPARE(weird->foreignKeys, (QList<SchemaForeignKey>{
        {u"To Mixed"_s, {u"x y"_s}, {u"My Schema"_s, u"MixedCase"_s}, {u"Id"_s}, {}, {}, false, false}}));
    QCOMPARE(weird->checks, (QList<SchemaCheck>{{u"Positive?"_s, u"\"x y\" > 0"_s}}));

    QCOMPARE(read->enums, (QList<SchemaEnum>{
        {{u"public"_s, u"Mood Type"_s}, {u"a \"b\""_s, u"c,d"_s}}}));
    QCOMPARE(read->views.size(), 1);
    QCOMPARE(read->views.at(0).name, (TableName{u"public"_s, u"View,Name"_s}));
}

// The heads and history tables passed as excluded are not read, nor what hangs on them; an entry
// without a schema matches in every schema, one with a schema only there.
void tst_PostgresSnapshot::excludedTables()
{
    ENGINE_REQUIRE_DIALECT(u"postgresql"_s);
    FreshDatabase fresh(m_dir.path(), u"excluded"_s);
    QVERIFY2(fresh.ok(), qPrintable(fresh.error));
    const QString failed = fresh.exec({
        u"CREATE SCHEMA other"_s,
        u"CREATE TABLE stepwise_history (id serial PRIMARY KEY, revision text)"_s,
        u"CREATE TABLE stepwise_version (version_num varchar(32) NOT NULL PRIMARY KEY)"_s,
        u"CREATE TABLE alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY)"_s,
        u"CREATE TABLE other.alembic_version (version_num varchar(32) NOT NULL)"_s,
        u"CREATE TABLE other.stepwise_version (version_num varchar(32) NOT NULL)"_s,
        u"CREATE TABLE users (id integer PRIMARY KEY)"_s,
        u"CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$"_s,
        u"CREATE TRIGGER history_touch BEFORE UPDATE ON stepwise_history "
        "FOR EACH ROW EXECUTE FUNCTION touch()"_s,
        u"CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch()"_s,
    });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    const Result<Schema> all = readAll(fresh.db);
    QVERIFY2(all, qPrintable(all ? QString() : all.error().toString()));
    QCOMPARE(tableNames(*all), (QStringList{u"other.alembic_version"_s, u"other.stepwise_version"_s,
                                            u"public.alembic_version"_s, u"public.stepwise_history"_s,
                                            u"public.stepwise_version"_s, u"public.users"_s}));

    SnapshotOptions options;
    options.excluded = {{{}, u"stepwise_history"_s}, {u"public"_s, u"stepwise_version"_s},
                        {{}, u"alembic_version"_s}};
    const Result<Schema> read = readAll(fresh.db, options);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(tableNames(*read), (QStringList{u"other.stepwise_version"_s, u"public.users"_s}));
    QVERIFY(read->sequences.isEmpty());
    QCOMPARE(read->notCompared, (QList<NotCompared>{
        {u"function"_s, {u"public"_s, u"touch()"_s}},
        {u"trigger"_s, {u"public"_s, u"users.users_touch"_s}}}));
    // Everything else as in the full read.
    QCOMPARE(*read->table({u"public"_s, u"users"_s}), *all->table({u"public"_s, u"users"_s}));
}

// Two reads of one database are equal, and sorted; sorting the raw read changes nothing else.
void tst_PostgresSnapshot::sameReadTwice()
{
    ENGINE_REQUIRE_DIALECT(u"postgresql"_s);
    FreshDatabase fresh(m_dir.path(), u"twice"_s);
    QVERIFY2(fresh.ok(), qPrintable(fresh.error));
    const QString failed = fresh.exec({
        u"CREATE TABLE zeta (id integer PRIMARY KEY, a integer, b integer, "
        "CONSTRAINT zeta_z UNIQUE (a), CONSTRAINT zeta_a UNIQUE (b), "
        "CONSTRAINT zeta_y CHECK (a > 0), CONSTRAINT zeta_b CHECK (b > 0))"_s,
        u"CREATE INDEX zeta_b_idx ON zeta (b)"_s,
        u"CREATE INDEX zeta_a_idx ON zeta (a)"_s,
        u"CREATE TABLE alpha (id integer PRIMARY KEY, z integer CONSTRAINT alpha_z REFERENCES zeta, "
        "y integer CONSTRAINT alpha_y REFERENCES zeta)"_s,
        u"CREATE SEQUENCE s2"_s,
        u"CREATE SEQUENCE s1"_s,
        u"CREATE VIEW v2 AS SELECT 2 AS two"_s,
        u"CREATE VIEW v1 AS SELECT 1 AS one"_s,
        u"CREATE TYPE e2 AS ENUM ('x')"_s,
        u"CREATE TYPE e1 AS ENUM ('y')"_s,
        u"CREATE FUNCTION f2() RETURNS integer LANGUAGE sql AS 'SELECT 2'"_s,
        u"CREATE FUNCTION f1() RETURNS integer LANGUAGE sql AS 'SELECT 1'"_s,
    });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    const Result<Schema> first = readAll(fresh.db);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    const Result<Schema> second = readAll(fresh.db);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
    QVERIFY(*first == *second);

    const Schema &s = *first;
    QCOMPARE(tableNames(s), (QStringList{u"public.alpha"_s, u"public.zeta"_s}));
    const SchemaTable *zeta = s.table({u"public"_s, u"zeta"_s});
    QVERIFY(zeta);
    QCOMPARE(zeta->uniques, (QList<SchemaKey>{{u"zeta_a"_s, {u"b"_s}}, {u"zeta_z"_s, {u"a"_s}}}));
    QCOMPARE(zeta->checks, (QList<SchemaCheck>{{u"zeta_b"_s, u"b > 0"_s}, {u"zeta_y"_s, u"a > 0"_s}}));
    QCOMPARE(zeta->indexes.size(), 2);
    QCOMPARE(zeta->indexes.at(0).name, u"zeta_a_idx"_s);
    QCOMPARE(zeta->indexes.at(1).name, u"zeta_b_idx"_s);
    // Columns keep table order.
    QCOMPARE(zeta->columns.at(1).name, u"a"_s);
    const SchemaTable *alpha = s.table({u"public"_s, u"alpha"_s});
    QVERIFY(alpha);
    QCOMPARE(alpha->foreignKeys.size(), 2);
    QCOMPARE(alpha->foreignKeys.at(0).name, u"alpha_y"_s);
    QCOMPARE(alpha->foreignKeys.at(1).name, u"alpha_z"_s);
    QCOMPARE(alpha->foreignKeys.at(1).targetColumns, QStringList{u"id"_s});
    QCOMPARE(s.sequences.size(), 2);
    QCOMPARE(s.sequences.at(0).name.name, u"s1"_s);
    QCOMPARE(s.views.size(), 2);
    QCOMPARE(s.views.at(0).name.name, u"v1"_s);
    QCOMPARE(s.enums.size(), 2);
    QCOMPARE(s.enums.at(0).name.name, u"e1"_s);
    QCOMPARE(s.notCompared, (QList<NotCompared>{{u"function"_s, {u"public"_s, u"f1()"_s}},
                                                 {u"function"_s, {u"public"_s, u"f2()"_s}}}));

    // The dialect's reader itself, sorted, is what read() gives.
    Result<Schema> raw = SchemaSnapshot::readPostgres(fresh.db, {});
    QVERIFY2(raw, qPrintable(raw ? QString() : raw.error().toString()));
    raw->sort();
    QVERIFY(*raw == s);
}

// A fixed number of catalog statements whatever the number of tables, and every table of a
// large schema read back whole.
void tst_PostgresSnapshot::bulkQueries()
{
    ENGINE_REQUIRE_DIALECT(u"postgresql"_s);
    FreshDatabase fresh(m_dir.path(), u"bulk"_s);
    QVERIFY2(fresh.ok(), qPrintable(fresh.error));

    const auto countedRead = [&](int *statements, qint64 *ms) -> Result<Schema> {
        StatementCounter counter(fresh.db);
        if (!counter.start())
            return Error(ErrorCode::Io, u"cannot count the statements"_s);
        QElapsedTimer timer;
        timer.start();
        Result<Schema> schema = readAll(fresh.db);
        *ms = timer.elapsed();
        *statements = counter.stop();
        return schema;
    };

    QString failed = fresh.exec(bulkTables(1, 10));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    int fewStatements = 0;
    qint64 fewMs = 0;
    const Result<Schema> few = countedRead(&fewStatements, &fewMs);
    QVERIFY2(few, qPrintable(few ? QString() : few.error().toString()));
    QCOMPARE(few->tables.size(), 10);

    failed = fresh.exec(bulkTables(11, 190));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    int manyStatements = 0;
    qint64 manyMs = 0;
    const Result<Schema> many = countedRead(&manyStatements, &manyMs);
    QVERIFY2(many, qPrintable(many ? QString() : many.error().toString()));
    qInfo("10 tables: %d statements, %lld ms; 200 tables: %d statements, %lld ms", fewStatements,
          fewMs, manyStatements, manyMs);
    QVERIFY2(fewStatements > 0, "the server's statement log was not seen");
    QCOMPARE(manyStatements, fewStatements);
    // Seven catalog queries, each prepared, executed and deallocated by Qt's driver at most.
    QVERIFY2(fewStatements <= 3 * 7, qPrintable(QString::number(fewStatements)));

    QCOMPARE(many->tables.size(), 200);
    for (int i = 1; i <= 200; ++i) {
        const QString t = u"t_%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        const QString parent = u"t_%1"_s.arg(i > 1 ? i - 1 : 1, 4, 10, QLatin1Char('0'));
        const SchemaTable &table = many->tables.at(i - 1);
        QCOMPARE(table.name, (TableName{u"public"_s, t}));
        QCOMPARE(table.columns.size(), 10);
        QCOMPARE(table.columns.at(0).name, u"id"_s);
        QCOMPARE(table.columns.at(9), column(u"c8"_s, u"text"_s, u"text"_s, false, u"''::text"_s));
        QCOMPARE(table.primaryKey.value_or(SchemaKey{}), (SchemaKey{t + u"_pkey"_s, {u"id"_s}}));
        QCOMPARE(table.indexes, (QList<SchemaIndex>{
            index(t + u"_c1"_s, {u"c1"_s}, {false}),
            index(t + u"_c2_c3"_s, {u"c2"_s, u"c3"_s}, {false, true}, true)}));
        QCOMPARE(table.foreignKeys, (QList<SchemaForeignKey>{
            {t + u"_parent"_s, {u"parent_id"_s}, {u"public"_s, parent}, {u"id"_s}, {}, {}, false, false}}));
    }
}

QTEST_GUILESS_MAIN(tst_PostgresSnapshot)
#include "tst_postgressnapshot.moc"
