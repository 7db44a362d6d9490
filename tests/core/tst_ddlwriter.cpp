// DdlWriter on hand-made diffs: the statements each dialect writes for a change, the comments
// that travel with them, PostgreSQL's NOT VALID and serial columns, MySQL's whole-column
// MODIFY, SQLite's rebuild. The round trips against real databases are in
// tests/integration/tst_schemaroundtrip.cpp.
#include "core/db/dialect.h"
#include "core/schema/ddlwriter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

SchemaColumn column(const QString &name, const QString &type, bool nullable = true, const QString &def = {})
{
    SchemaColumn c;
    c.name = name;
    c.type = type;
    c.normalizedType = type.toLower();
    c.nullable = nullable;
    c.defaultValue = def;
    return c;
}

Schema library()
{
    SchemaTable authors;
    authors.name = TableName{QString(), u"authors"_s};
    authors.columns = {column(u"id"_s, u"integer"_s, false), column(u"name"_s, u"varchar(80)"_s, false)};
    authors.primaryKey = SchemaKey{QString(), {u"id"_s}};
    SchemaTable books;
    books.name = TableName{QString(), u"books"_s};
    books.columns = {column(u"id"_s, u"integer"_s, false), column(u"author_id"_s, u"integer"_s),
                     column(u"title"_s, u"text"_s, false, u"'untitled'"_s)};
    books.primaryKey = SchemaKey{QString(), {u"id"_s}};
    SchemaForeignKey fk;
    fk.name = u"books_author_fk"_s;
    fk.columns = {u"author_id"_s};
    fk.target = authors.name;
    fk.targetColumns = {u"id"_s};
    fk.onDelete = u"CASCADE"_s;
    books.foreignKeys = {fk};
    SchemaIndex ix;
    ix.name = u"ix_books_title"_s;
    ix.parts = {u"lower(title)"_s, u"id"_s};
    ix.descending = {false, true};
    books.indexes = {ix};
    Schema s;
    s.tables = {authors, books};
    return s;
}

QString script(const QString &driver, const Schema &from, const Schema &to, bool *transactional = nullptr)
{
    const auto writer = DdlWriter::create(Dialect::forDriver(driver));
    const DdlScript s = writer->write(diffSchemas(from, to, writer->diffOptions()), to);
    if (transactional)
        *transactional = s.transactional;
    return s.text();
}

} // namespace

class tst_DdlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createOnPostgres();
    void createOnSqliteKeepsForeignKeysInline();
    void alterColumnOnPostgres();
    void alterColumnOnMysql();
    void foreignKeyOnExistingTableIsNotValidFirst();
    void destructiveAndRenameComments();
    void sqliteRebuild();
    void indexParts();
    void concurrentIndexesOnPostgres();
    void notComparedHeader();
};

void tst_DdlWriter::createOnPostgres()
{
    QCOMPARE(script(u"QPSQL"_s, Schema(), library()),
             u"CREATE TABLE authors (\n    id integer NOT NULL,\n    name varchar(80) NOT NULL,\n    PRIMARY KEY (id)\n);\n\n"
             "CREATE TABLE books (\n    id integer NOT NULL,\n    author_id integer,\n"
             "    title text DEFAULT 'untitled' NOT NULL,\n    PRIMARY KEY (id)\n);\n\n"
             "CREATE INDEX ix_books_title ON books (lower(title), id DESC);\n\n"
             "ALTER TABLE books ADD CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES authors (id) "
             "ON DELETE CASCADE;\n"_s);
}

void tst_DdlWriter::createOnSqliteKeepsForeignKeysInline()
{
    bool transactional = false;
    const QString sql = script(u"QSQLITE"_s, Schema(), library(), &transactional);
    QVERIFY(transactional);
    QVERIFY2(sql.contains(u"    PRIMARY KEY (id),\n    CONSTRAINT books_author_fk FOREIGN KEY (author_id) "
                          "REFERENCES authors (id) ON DELETE CASCADE\n)"_s),
             qPrintable(sql));
    QVERIFY(!sql.contains(u"ALTER TABLE"_s));
}

void tst_DdlWriter::alterColumnOnPostgres()
{
    Schema to = library();
    SchemaColumn &title = to.tables[1].columns[2];
    title.type = u"character varying(200)"_s;
    title.normalizedType = u"varchar(200)"_s;
    title.nullable = true;
    title.comment = u"as printed"_s;
    QCOMPARE(script(u"QPSQL"_s, library(), to),
             u"-- DESTRUCTIVE: alter column books.title (type text → character varying(200), null allowed, comment)\n"
             "ALTER TABLE books ALTER COLUMN title DROP DEFAULT;\n\n"
             "ALTER TABLE books ALTER COLUMN title TYPE character varying(200) USING title::character varying(200);\n\n"
             "ALTER TABLE books ALTER COLUMN title SET DEFAULT 'untitled';\n\n"
             "ALTER TABLE books ALTER COLUMN title DROP NOT NULL;\n\n"
             "COMMENT ON COLUMN books.title IS 'as printed';\n"_s);
}

void tst_DdlWriter::alterColumnOnMysql()
{
    Schema to = library();
    to.tables[1].columns[2].nullable = true;
    QCOMPARE(script(u"QMYSQL"_s, library(), to),
             u"ALTER TABLE books MODIFY COLUMN title text NULL DEFAULT 'untitled';\n"_s);
}

void tst_DdlWriter::foreignKeyOnExistingTableIsNotValidFirst()
{
    Schema from = library();
    from.tables[1].foreignKeys.clear();
    const QString sql = script(u"QPSQL"_s, from, library());
    QCOMPARE(sql, u"ALTER TABLE books ADD CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES authors (id) "
                  "ON DELETE CASCADE NOT VALID;\n\nALTER TABLE books VALIDATE CONSTRAINT books_author_fk;\n"_s);
    // MySQL has no NOT VALID.
    QVERIFY(!script(u"QMYSQL"_s, from, library()).contains(u"NOT VALID"_s));
}

void tst_DdlWriter::destructiveAndRenameComments()
{
    Schema to = library();
    to.tables[0].columns[1].name = u"full_name"_s;
    const QString sql = script(u"QPSQL"_s, library(), to);
    QCOMPARE(sql, u"-- WARNING: possible rename of name to full_name\n-- DESTRUCTIVE: drop column authors.name\n"
                  "ALTER TABLE authors DROP COLUMN name;\n\n"
                  "-- WARNING: possible rename of name to full_name\n"
                  "ALTER TABLE authors ADD COLUMN full_name varchar(80) NOT NULL;\n"_s);
}

void tst_DdlWriter::sqliteRebuild()
{
    Schema from = library();
    SchemaView view;
    view.name = TableName{QString(), u"titles"_s};
    view.definition = u"SELECT title FROM books"_s;
    from.views = {view};
    Schema to = from;
    to.tables[1].columns[2].nullable = true; // ALTER TABLE cannot: a rebuild
    to.tables[1].columns.append(column(u"isbn"_s, u"TEXT"_s));
    bool transactional = true;
    const QString sql = script(u"QSQLITE"_s, from, to, &transactional);
    QVERIFY(!transactional);
    QCOMPARE(sql, u"PRAGMA foreign_keys = OFF;\n\nBEGIN;\n\n"
                  "-- rebuild of books (SQLite's ALTER TABLE cannot):\n"
                  "--   add column books.isbn\n--   alter column books.title (null allowed)\n"
                  "DROP VIEW titles;\n\n"
                  "CREATE TABLE _stepwise_new_books (\n    id integer NOT NULL,\n    author_id integer,\n"
                  "    title text DEFAULT 'untitled',\n    isbn TEXT,\n    PRIMARY KEY (id),\n"
                  "    CONSTRAINT books_author_fk FOREIGN KEY (author_id) REFERENCES authors (id) ON DELETE CASCADE\n);\n\n"
                  "INSERT INTO _stepwise_new_books (id, author_id, title) SELECT id, author_id, title FROM books;\n\n"
                  "DROP TABLE books;\n\n"
                  "ALTER TABLE _stepwise_new_books RENAME TO books;\n\n"
                  "CREATE INDEX ix_books_title ON books (lower(title), id DESC);\n\n"
                  "CREATE VIEW titles AS SELECT title FROM books;\n\n"
                  "PRAGMA foreign_key_check;\n\nCOMMIT;\n\nPRAGMA foreign_keys = ON;\n"_s);
    // A trigger of the rebuilt table (not compared) goes with DROP TABLE: said where it happens.
    to.notCompared = {NotCompared{u"trigger"_s, TableName{QString(), u"books.touch"_s}}};
    QVERIFY2(script(u"QSQLITE"_s, from, to).contains(u"-- WARNING: the rebuild drops trigger touch of books: create it "
                                                     "again below\nCREATE TABLE _stepwise_new_books"_s),
             qPrintable(script(u"QSQLITE"_s, from, to)));
    // A plain nullable column alone is added in place.
    Schema added = from;
    added.tables[1].columns.append(column(u"isbn"_s, u"TEXT"_s));
    QCOMPARE(script(u"QSQLITE"_s, from, added, &transactional), u"ALTER TABLE books ADD COLUMN isbn TEXT;\n"_s);
    QVERIFY(transactional);
}

void tst_DdlWriter::indexParts()
{
    Schema to = library();
    to.tables[1].indexes[0].parts = {u"(title || 'x')"_s, u"title || 'y'"_s, u"lower(title) || upper(title)"_s,
                                     u"Some Column"_s};
    to.tables[1].indexes[0].descending = {false, false, false, false};
    to.tables[1].columns.append(column(u"Some Column"_s, u"text"_s));
    const QString sql = script(u"QPSQL"_s, library(), to);
    QVERIFY2(sql.contains(u"ON books (((title || 'x')), (title || 'y'), (lower(title) || upper(title)), "
                          "\"Some Column\")"_s),
             qPrintable(sql));
}

// Asked for, PostgreSQL's indexes are made and dropped CONCURRENTLY, outside a transaction.
void tst_DdlWriter::concurrentIndexesOnPostgres()
{
    Schema from = library();
    from.tables[1].indexes.clear();
    const auto writer = DdlWriter::create(Dialect::forDriver(u"QPSQL"_s));
    writer->setConcurrentIndexes(true);
    DdlScript s = writer->write(diffSchemas(from, library()), library());
    QVERIFY(!s.transactional);
    QCOMPARE(s.text(), u"CREATE INDEX CONCURRENTLY ix_books_title ON books (lower(title), id DESC);\n"_s);
    s = writer->write(diffSchemas(library(), from), from);
    QCOMPARE(s.text(), u"DROP INDEX CONCURRENTLY ix_books_title;\n"_s);
    // Without an index change the script stays transactional; other dialects ignore the option.
    Schema commented = library();
    commented.tables[0].comment = u"x"_s;
    QVERIFY(writer->write(diffSchemas(library(), commented), commented).transactional);
    const auto mysql = DdlWriter::create(Dialect::forDriver(u"QMYSQL"_s));
    mysql->setConcurrentIndexes(true);
    const DdlScript m = mysql->write(diffSchemas(from, library()), library());
    QVERIFY(m.transactional);
    QVERIFY(!m.text().contains(u"CONCURRENTLY"_s));
}

void tst_DdlWriter::notComparedHeader()
{
    Schema from = library();
    from.notCompared = {NotCompared{u"trigger"_s, TableName{QString(), u"books.touch"_s}}};
    QCOMPARE(script(u"QPSQL"_s, from, from), u"-- not compared: trigger books.touch\n"_s);
}

QTEST_GUILESS_MAIN(tst_DdlWriter)
#include "tst_ddlwriter.moc"
