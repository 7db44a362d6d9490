// SchemaSnapshot on SQLite (issue 16): a whole database file read into the neutral model with a
// fixed number of catalog queries (pragma table-valued functions joined to sqlite_schema) and the
// CREATE statements parsed for what the pragmas do not give — every object kind field by field,
// what the model does not cover listed as not compared, odd names kept exactly, the project's own
// tables left out, two reads equal and sorted, and a thousand tables read at once.
#include "tests/common/enginesupport.h"

#include "core/schema/schemasnapshot.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

const QString connectionName = u"sqlite-snapshot"_s;

// A fresh SQLite file of the test's own in a temporary folder and a connection to it.
class SqliteFile
{
public:
    SqliteFile()
        : m_db(Stepwise::Test::createDatabase(u"sqlite"_s, m_dir.path(), &m_error))
    {
        if (m_db)
            m_connection = Stepwise::Test::connect(*m_db, connectionName);
    }
    ~SqliteFile()
    {
        m_connection.close();
        m_connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
    }
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    bool isOpen() const { return m_db && m_connection.isOpen(); }
    QString error() const { return m_db ? m_connection.lastError().text() : m_error; }
    const QSqlDatabase &connection() const { return m_connection; }

    // Runs the statements in order; returns the first failure's text, empty when all ran.
    QString exec(const QStringList &statements)
    {
        for (const QString &sql : statements) {
            QSqlQuery query(m_connection);
            if (!query.exec(sql))
                return sql + u": "_s + query.lastError().text();
        }
        return {};
    }

private:
    QTemporaryDir m_dir;
    QString m_error;
    std::optional<Stepwise::Test::TestDatabase> m_db;
    QSqlDatabase m_connection;
};

QString yesNo(bool value)
{
    return value ? u"1"_s : u"0"_s;
}

QString identity(SchemaColumn::Identity identity)
{
    switch (identity) {
    case SchemaColumn::Identity::None:
        return {};
    case SchemaColumn::Identity::Always:
        return u" IDENTITY ALWAYS"_s;
    case SchemaColumn::Identity::ByDefault:
        return u" IDENTITY BY DEFAULT"_s;
    case SchemaColumn::Identity::AutoIncrement:
        return u" AUTOINCREMENT"_s;
    }
    return {};
}

// Every field of a table, a line per column / key / index / foreign key / check, empty values
// left out: QCOMPARE on the lines shows which one differs.
QStringList describe(const SchemaTable &t)
{
    QStringList lines { u"table "_s + qualifiedName(t.name) };
    for (const SchemaColumn &c : t.columns) {
        QString line =
            u"column "_s + c.name + u" '"_s + c.type + u"' ["_s + c.normalizedType + u']';
        if (!c.nullable)
            line += u" NOT NULL"_s;
        if (!c.defaultValue.isEmpty())
            line += u" DEFAULT "_s + c.defaultValue;
        line += identity(c.identity);
        if (!c.generated.isEmpty())
            line += u" AS ("_s + c.generated + u')';
        if (c.generatedStored)
            line += u" STORED"_s;
        if (!c.collation.isEmpty())
            line += u" COLLATE "_s + c.collation;
        if (!c.comment.isEmpty())
            line += u" COMMENT "_s + c.comment;
        lines << line;
    }
    if (t.primaryKey)
        lines << u"pk "_s + t.primaryKey->name + u": "_s + t.primaryKey->columns.join(u", "_s);
    for (const SchemaKey &k : t.uniques)
        lines << u"unique "_s + k.name + u": "_s + k.columns.join(u", "_s);
    for (const SchemaIndex &i : t.indexes) {
        QStringList parts;
        for (qsizetype p = 0; p < i.parts.size(); ++p)
            parts << i.parts[p] + (i.descending.value(p) ? u" DESC"_s : QString());
        lines << u"index "_s + i.name + (i.unique ? u" UNIQUE"_s : QString()) + u": "_s
                + parts.join(u", "_s)
                + (i.predicate.isEmpty() ? QString() : u" WHERE "_s + i.predicate)
                + (i.method.isEmpty() ? QString() : u" USING "_s + i.method) + u" #"_s
                + QString::number(i.descending.size());
    }
    for (const SchemaForeignKey &f : t.foreignKeys) {
        lines << u"fk "_s + f.name + u": ("_s + f.columns.join(u", "_s) + u") -> "_s
                + qualifiedName(f.target) + u'(' + f.targetColumns.join(u", "_s) + u')'
                + (f.onDelete.isEmpty() ? QString() : u" ON DELETE "_s + f.onDelete)
                + (f.onUpdate.isEmpty() ? QString() : u" ON UPDATE "_s + f.onUpdate)
                + u" deferrable "_s + yesNo(f.deferrable) + u" deferred "_s
                + yesNo(f.initiallyDeferred);
    }
    for (const SchemaCheck &c : t.checks)
        lines << u"check "_s + c.name + u": "_s + c.expression;
    if (!t.comment.isEmpty())
        lines << u"comment "_s + t.comment;
    return lines;
}

QStringList tableNames(const Schema &schema)
{
    QStringList names;
    for (const SchemaTable &t : schema.tables)
        names << qualifiedName(t.name);
    return names;
}

QStringList describeAll(const QList<NotCompared> &list)
{
    QStringList out;
    for (const NotCompared &n : list)
        out << n.kind + u' ' + qualifiedName(n.name);
    return out;
}

bool hasFts5(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA compile_options"_s))
        return false;
    while (query.next()) {
        if (query.value(0).toString() == u"ENABLE_FTS5"_s)
            return true;
    }
    return false;
}

// Every kind the model covers, in the spellings SQLite accepts.
const QStringList everyKind {
    u"CREATE TABLE authors (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "name TEXT NOT NULL COLLATE NOCASE, born DATE DEFAULT CURRENT_TIMESTAMP, "
    "CONSTRAINT uq_authors_name UNIQUE (name))"_s,
    u"CREATE TABLE books (\n"
    "  id INTEGER PRIMARY KEY, -- a rowid alias, not AUTOINCREMENT (the word is in a comment)\n"
    "  author_id INT NOT NULL REFERENCES authors (id) ON DELETE CASCADE,\n"
    "  title VARCHAR(40) NOT NULL DEFAULT 'x',\n"
    "  pages int DEFAULT 0 COLLATE BINARY,\n"
    "  isbn TEXT UNIQUE,\n"
    "  price NUMERIC (10, 2),\n"
    "  title_upper TEXT GENERATED ALWAYS AS (upper(title)) VIRTUAL,\n"
    "  weight REAL AS (pages * 2.5) STORED,\n"
    "  /* a CHECK in a comment is no constraint: CHECK (1 = 0) */\n"
    "  CONSTRAINT ck_pages CHECK (pages >= 0),\n"
    "  CHECK (title <> 'a,b)' AND \"title\" <> 'CHECK (x)')\n"
    ")"_s,
    u"CREATE TABLE editions (book_id INTEGER NOT NULL, number INT NOT NULL, label TEXT, "
    "CONSTRAINT pk_editions PRIMARY KEY (book_id, number), "
    "FOREIGN KEY (book_id) REFERENCES books) WITHOUT ROWID"_s,
    u"CREATE TABLE reviews (id INTEGER PRIMARY KEY, book_id INTEGER, edition INT, "
    "body TEXT CHECK (length(body) > 0), "
    "CONSTRAINT fk_reviews_editions FOREIGN KEY (book_id, edition) REFERENCES editions "
    "(book_id, number) ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED, "
    "CONSTRAINT ck_state CHECK (id > 0))"_s,
    u"CREATE TABLE tags (name TEXT PRIMARY KEY, weight INTEGER) STRICT"_s,
    u"CREATE UNIQUE INDEX ix_books_title ON books (title, author_id)"_s,
    u"CREATE INDEX ix_books_lower ON books (lower(title) COLLATE NOCASE, pages DESC)"_s,
    u"CREATE INDEX ix_books_partial ON books (pages) WHERE pages > 100"_s,
    u"CREATE VIEW long_books AS SELECT id, title FROM books WHERE pages > 500"_s,
    u"CREATE TRIGGER books_touch AFTER UPDATE ON books BEGIN "
    "UPDATE authors SET born = born WHERE id = new.author_id; END"_s,
};

} // namespace

class tst_SqliteSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyObjectKind();
    void quotedAndMixedCaseNames();
    void excludedTables();
    void sameReadTwice();
    void manyTables();
};

void tst_SqliteSnapshot::everyObjectKind()
{
    SqliteFile file;
    QVERIFY2(file.isOpen(), qPrintable(file.error()));
    QString failed = file.exec(everyKind);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const bool fts5 = hasFts5(file.connection());
    if (fts5) {
        failed = file.exec({ u"CREATE VIRTUAL TABLE book_search USING fts5(title, body)"_s });
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    } else {
        qInfo("This SQLite is built without ENABLE_FTS5: no virtual table in this test");
    }

    const Result<Schema> read = SchemaSnapshot::readSqlite(file.connection(), {});
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
    const Schema &schema = *read;
    QCOMPARE(schema.dialect, u"sqlite"_s);
    // Neither sqlite_sequence (made by AUTOINCREMENT) nor fts5's shadow tables.
    QCOMPARE(tableNames(schema),
        QStringList({ u"authors"_s, u"books"_s, u"editions"_s, u"reviews"_s, u"tags"_s }));
    for (const SchemaTable &t : schema.tables)
        QVERIFY(t.name.schema.isEmpty());

    QCOMPARE(describe(schema.tables[0]),
        QStringList({
            u"table authors"_s,
            u"column id 'INTEGER' [integer] AUTOINCREMENT"_s,
            u"column name 'TEXT' [text] NOT NULL COLLATE NOCASE"_s,
            u"column born 'DATE' [date] DEFAULT CURRENT_TIMESTAMP"_s,
            u"pk : id"_s,
            u"unique uq_authors_name: name"_s,
        }));
    QCOMPARE(describe(schema.tables[1]),
        QStringList({
            u"table books"_s,
            u"column id 'INTEGER' [integer]"_s,
            u"column author_id 'INT' [int] NOT NULL"_s,
            u"column title 'VARCHAR(40)' [varchar(40)] NOT NULL DEFAULT 'x'"_s,
            // SQLite keeps STRICT's six type names (INT, INTEGER, REAL, TEXT, BLOB, ANY) in its
            // own spelling: "int" comes back "INT"; the others as declared.
            u"column pages 'INT' [int] DEFAULT 0"_s,
            u"column isbn 'TEXT' [text]"_s,
            u"column price 'NUMERIC (10, 2)' [numeric(10,2)]"_s,
            u"column title_upper 'TEXT' [text] AS (upper(title))"_s,
            u"column weight 'REAL' [real] AS (pages * 2.5) STORED"_s,
            u"pk : id"_s,
            u"unique : isbn"_s,
            u"index ix_books_lower: lower(title), pages DESC #2"_s,
            u"index ix_books_partial: pages WHERE pages > 100 #1"_s,
            u"index ix_books_title UNIQUE: title, author_id #2"_s,
            u"fk : (author_id) -> authors(id) ON DELETE CASCADE deferrable 0 deferred 0"_s,
            u"check : title <> 'a,b)' AND \"title\" <> 'CHECK (x)'"_s,
            u"check ck_pages: pages >= 0"_s,
        }));
    QCOMPARE(describe(schema.tables[2]),
        QStringList({
            u"table editions"_s,
            u"column book_id 'INTEGER' [integer] NOT NULL"_s,
            u"column number 'INT' [int] NOT NULL"_s,
            u"column label 'TEXT' [text]"_s,
            u"pk pk_editions: book_id, number"_s,
            // REFERENCES books alone: the target's primary key.
            u"fk : (book_id) -> books(id) deferrable 0 deferred 0"_s,
        }));
    QCOMPARE(describe(schema.tables[3]),
        QStringList({
            u"table reviews"_s,
            u"column id 'INTEGER' [integer]"_s,
            u"column book_id 'INTEGER' [integer]"_s,
            u"column edition 'INT' [int]"_s,
            u"column body 'TEXT' [text]"_s,
            u"pk : id"_s,
            u"fk fk_reviews_editions: (book_id, edition) -> editions(book_id, number) "
            "ON UPDATE SET NULL deferrable 1 deferred 1"_s,
            u"check : length(body) > 0"_s,
            u"check ck_state: id > 0"_s,
        }));
    QCOMPARE(describe(schema.tables[4]),
        QStringList({
            u"table tags"_s,
            u"column name 'TEXT' [text] NOT NULL"_s, // a STRICT table's key is NOT NULL
            u"column weight 'INTEGER' [integer]"_s,
            u"pk : name"_s,
        }));

    QCOMPARE(schema.views.size(), 1);
    QCOMPARE(schema.views[0].name, (TableName { {}, u"long_books"_s }));
    QCOMPARE(schema.views[0].definition, u"SELECT id, title FROM books WHERE pages > 500"_s);
    QVERIFY(!schema.views[0].materialized);
    QVERIFY(schema.views[0].comment.isEmpty());
    QVERIFY(schema.sequences.isEmpty());
    QVERIFY(schema.enums.isEmpty());
    QStringList notCompared { u"trigger books.books_touch"_s };
    if (fts5)
        notCompared << u"virtual table book_search"_s;
    QCOMPARE(describeAll(schema.notCompared), notCompared);
}

void tst_SqliteSnapshot::quotedAndMixedCaseNames()
{
    SqliteFile file;
    QVERIFY2(file.isOpen(), qPrintable(file.error()));
    const QString failed = file.exec({
        u"CREATE TABLE \"we\"\"ird; name\" (id INTEGER PRIMARY KEY, \"va\"\"l\" TEXT "
        "CONSTRAINT \"ck \"\"q\"\"\" CHECK (\"va\"\"l\" <> 'x'), "
        "CONSTRAINT [uq (a, b)] UNIQUE (\"va\"\"l\"))"_s,
        u"CREATE TABLE [MixedCase] ([Some Column] TEXT, `Other` INT REFERENCES \"we\"\"ird; name\")"_s,
        // Another case than the names were declared in: read back as declared.
        u"CREATE TABLE lower_ref (m TEXT REFERENCES mixedcase (\"some column\"))"_s,
        u"CREATE INDEX \"ix \"\"quoted\"\" (1)\" ON [MixedCase] ([Some Column])"_s,
        u"CREATE INDEX [ix,comma] ON \"we\"\"ird; name\" (\"va\"\"l\" DESC, (id + 1))"_s,
        // Quoted keywords are names; a CONSTRAINT name holds to the end of the definition (as
        // SQLite names the failing CHECK in its errors).
        u"CREATE TABLE odd (\"autoincrement\" INTEGER PRIMARY KEY, "
        "n INT CONSTRAINT c NOT NULL CHECK (n > 0) CHECK (n < 9), "
        "\"check\" TEXT DEFAULT 'CHECK (1)')"_s,
        u"CREATE VIEW \"my \"\"view\"\"\" (x, y) AS SELECT 1 AS x, 2 AS y"_s,
    });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    const Result<Schema> read = SchemaSnapshot::readSqlite(file.connection(), {});
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
    QCOMPARE(tableNames(*read),
        QStringList({ u"MixedCase"_s, u"lower_ref"_s, u"odd"_s, u"we\"ird; name"_s }));
    QCOMPARE(describe(read->tables[0]),
        QStringList({
            u"table MixedCase"_s,
            u"column Some Column 'TEXT' [text]"_s,
            u"column Other 'INT' [int]"_s,
            u"index ix \"quoted\" (1): Some Column #1"_s,
            u"fk : (Other) -> we\"ird; name(id) deferrable 0 deferred 0"_s,
        }));
    QCOMPARE(describe(read->tables[1]),
        QStringList({
            u"table lower_ref"_s,
            u"column m 'TEXT' [text]"_s,
            u"fk : (m) -> MixedCase(Some Column) deferrable 0 deferred 0"_s,
        }));
    QCOMPARE(describe(read->tables[2]),
        QStringList({
            u"table odd"_s,
            u"column autoincrement 'INTEGER' [integer]"_s,
            u"column n 'INT' [int] NOT NULL"_s,
            u"column check 'TEXT' [text] DEFAULT 'CHECK (1)'"_s,
            u"pk : autoincrement"_s,
            u"check c: n < 9"_s,
            u"check c: n > 0"_s,
        }));
    QCOMPARE(describe(read->tables[3]),
        QStringList({
            u"table we\"ird; name"_s,
            u"column id 'INTEGER' [integer]"_s,
            u"column va\"l 'TEXT' [text]"_s,
            u"pk : id"_s,
            u"unique uq (a, b): va\"l"_s,
            u"index ix,comma: va\"l DESC, (id + 1) #2"_s,
            u"check ck \"q\": \"va\"\"l\" <> 'x'"_s,
        }));
    QCOMPARE(read->views.size(), 1);
    QCOMPARE(read->views[0].name.name, u"my \"view\""_s);
    QCOMPARE(read->views[0].definition, u"SELECT 1 AS x, 2 AS y"_s);
}

void tst_SqliteSnapshot::excludedTables()
{
    SqliteFile file;
    QVERIFY2(file.isOpen(), qPrintable(file.error()));
    const QString failed = file.exec({
        u"CREATE TABLE stepwise_history (id INTEGER PRIMARY KEY AUTOINCREMENT, revision TEXT)"_s,
        u"CREATE TABLE stepwise_version (version_num TEXT PRIMARY KEY)"_s,
        u"CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"_s,
        u"CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)"_s,
        u"CREATE INDEX ix_users_name ON users (name)"_s, u"INSERT INTO users (name) VALUES ('a')"_s,
        u"ANALYZE"_s, // makes sqlite_stat1, SQLite's own
    });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    SnapshotOptions options;
    options.excluded = { { {}, u"stepwise_history"_s }, { {}, u"stepwise_version"_s },
        { {}, u"alembic_version"_s } };
    const Result<Schema> read = SchemaSnapshot::readSqlite(file.connection(), options);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
    QCOMPARE(tableNames(*read), QStringList { u"users"_s });
    QVERIFY(read->notCompared.isEmpty());

    // Without the options every table is there, through the dispatching read() too.
    const Result<Schema> all = SchemaSnapshot::read(file.connection(), {});
    QVERIFY2(all.ok(), all.ok() ? "" : qPrintable(all.error().toString()));
    QCOMPARE(tableNames(*all),
        QStringList(
            { u"alembic_version"_s, u"stepwise_history"_s, u"stepwise_version"_s, u"users"_s }));
}

void tst_SqliteSnapshot::sameReadTwice()
{
    SqliteFile file;
    QVERIFY2(file.isOpen(), qPrintable(file.error()));
    QString failed = file.exec(everyKind);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    // Created out of name order, so that a read in creation order would not look sorted.
    failed =
        file.exec({ u"CREATE TABLE aaa (z INT, a INT, CHECK (z > 0), CONSTRAINT b CHECK (a > 0), "
                    "CONSTRAINT a CHECK (a < 9), UNIQUE (z), UNIQUE (a))"_s,
            u"CREATE INDEX zz ON aaa (z)"_s, u"CREATE INDEX aa ON aaa (a)"_s,
            u"CREATE VIEW a_view AS SELECT 1"_s });
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    const Result<Schema> first = SchemaSnapshot::readSqlite(file.connection(), {});
    const Result<Schema> second = SchemaSnapshot::read(file.connection(), {});
    QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
    QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().toString()));
    QVERIFY(*first == *second);

    Schema sorted = *first;
    sorted.sort();
    QVERIFY(sorted == *first);
    const QStringList names = tableNames(*first);
    QVERIFY(std::is_sorted(names.cbegin(), names.cend()));
    QCOMPARE(names.first(), u"aaa"_s);
    QCOMPARE(describe(first->tables.first()),
        QStringList({
            u"table aaa"_s,
            u"column z 'INT' [int]"_s, // columns keep the table's order
            u"column a 'INT' [int]"_s,
            u"unique : a"_s,
            u"unique : z"_s,
            u"index aa: a #1"_s,
            u"index zz: z #1"_s,
            u"check : z > 0"_s,
            u"check a: a < 9"_s,
            u"check b: a > 0"_s,
        }));
    QCOMPARE(first->views.size(), 2);
    QCOMPARE(first->views[0].name.name, u"a_view"_s);
}

void tst_SqliteSnapshot::manyTables()
{
    constexpr int count = 1000;
    SqliteFile file;
    QVERIFY2(file.isOpen(), qPrintable(file.error()));
    const auto table = [](int i) { return u"t_%1"_s.arg(i % count, 4, 10, QLatin1Char('0')); };
    QStringList statements;
    for (int i = 0; i < count; ++i) {
        // Each table refers to the one before; the first to the last (SQLite allows it).
        const QString name = table(i);
        statements
            << u"CREATE TABLE %1 (id INTEGER PRIMARY KEY, prev_id INTEGER REFERENCES %2 (id), "
               "c1 TEXT, c2 INT, c3 REAL, c4 TEXT NOT NULL DEFAULT '', c5 BLOB, c6 NUMERIC, "
               "c7 VARCHAR(10), c8 DATE)"_s.arg(name, table(i + count - 1))
            << u"CREATE INDEX ix_%1_a ON %1 (c1)"_s.arg(name)
            << u"CREATE UNIQUE INDEX ix_%1_b ON %1 (c2, c3 DESC)"_s.arg(name);
    }
    QVERIFY(file.connection().driver()->hasFeature(QSqlDriver::Transactions));
    QSqlDatabase db = file.connection();
    QVERIFY(db.transaction());
    const QString failed = file.exec(statements);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(db.commit());

    QElapsedTimer timer;
    timer.start();
    const Result<Schema> read = SchemaSnapshot::readSqlite(db, {});
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().toString()));
    qInfo("Read %d tables (10 columns, 2 indexes, 1 foreign key each) in %lld ms", count,
        static_cast<long long>(elapsed));

    QCOMPARE(read->tables.size(), count);
    for (int i = 0; i < count; ++i) {
        const SchemaTable &t = read->tables[i];
        const QString name = table(i);
        QCOMPARE(t.name.name, name);
        QCOMPARE(t.columns.size(), 10);
        QCOMPARE(t.columns[9].name, u"c8"_s);
        QCOMPARE(t.columns[5].defaultValue, u"''"_s);
        QVERIFY(!t.columns[5].nullable);
        QCOMPARE(t.columns[8].normalizedType, u"varchar(10)"_s);
        QVERIFY(t.primaryKey);
        QCOMPARE(t.primaryKey->columns, QStringList { u"id"_s });
        QCOMPARE(t.indexes.size(), 2);
        QCOMPARE(t.indexes[0].name, u"ix_"_s + name + u"_a"_s);
        QCOMPARE(t.indexes[1].parts, QStringList({ u"c2"_s, u"c3"_s }));
        QCOMPARE(t.indexes[1].descending, QList<bool>({ false, true }));
        QVERIFY(t.indexes[1].unique);
        QCOMPARE(t.foreignKeys.size(), 1);
        QCOMPARE(t.foreignKeys[0].columns, QStringList { u"prev_id"_s });
        QCOMPARE(t.foreignKeys[0].target.name, table(i + count - 1));
        QCOMPARE(t.foreignKeys[0].targetColumns, QStringList { u"id"_s });
    }
}

QTEST_GUILESS_MAIN(tst_SqliteSnapshot)
#include "tst_sqlitesnapshot.moc"
