// The schema diff end to end, on each dialect against the real servers: for each pair of
// schemas (A, B) — one change kind each — A and B are made in two databases and read back
// (SchemaSnapshot), the diff A → B is written (DdlWriter) and applied to A's database, which must
// then read back as B (no difference); the diff B → A applied after it must bring back A. On
// SQLite, where most changes are table rebuilds, a row put in before must survive with the
// values of the columns both sides share.
#include "tests/common/enginesupport.h"

#include "core/db/dialect.h"
#include "core/schema/ddlwriter.h"
#include "core/schema/schemasnapshot.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;
using Stepwise::Test::TestDatabase;

namespace {

struct Pair
{
    QString name;
    QStringList from; // statements making A ({int}, {ai}… replaced per dialect)
    QStringList to;   // statements making B
    QStringList dialects = {}; // empty: all three
    QString row = {};          // an INSERT run on A before the up change (SQLite: survives the rebuild)
};

const QString people = u"CREATE TABLE people (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40) NOT NULL, "
                       "age INTEGER, city VARCHAR(40) DEFAULT 'Paris')"_s;
const QString person = u"INSERT INTO people (id, name, age, city) VALUES (1, 'Ada', 36, 'London')"_s;
const QString pets = u"CREATE TABLE pets (id INTEGER NOT NULL PRIMARY KEY, owner_id INTEGER, name VARCHAR(40))"_s;

QList<Pair> pairs()
{
    const QString ppl = people;
    return {
        {u"create table"_s, {}, {ppl}},
        {u"drop table"_s, {ppl, pets}, {ppl}},
        {u"two tables and a foreign key"_s, {}, {ppl, pets, u"ALTER TABLE pets ADD CONSTRAINT fk_pets_owner "
                                                      "FOREIGN KEY (owner_id) REFERENCES people (id)"_s},
         {u"postgresql"_s, u"mariadb"_s}},
        {u"tables with an inline foreign key"_s, {}, {ppl, u"CREATE TABLE pets (id INTEGER NOT NULL PRIMARY KEY, "
                                                          "owner_id INTEGER REFERENCES people (id) ON DELETE CASCADE)"_s}},
        {u"add nullable column"_s, {ppl}, {ppl, u"ALTER TABLE people ADD COLUMN email VARCHAR(80)"_s}, {}, person},
        {u"add not null column with default"_s, {ppl},
         {ppl, u"ALTER TABLE people ADD COLUMN score INTEGER NOT NULL DEFAULT 0"_s}, {}, person},
        {u"drop column"_s, {ppl, u"ALTER TABLE people ADD COLUMN email VARCHAR(80)"_s}, {ppl}, {}, person},
        {u"widen varchar"_s, {ppl}, {QString(ppl).replace(u"name VARCHAR(40)"_s, u"name VARCHAR(80)"_s)}, {}, person},
        {u"int to bigint"_s, {ppl}, {QString(ppl).replace(u"age INTEGER"_s, u"age BIGINT"_s)}, {}, person},
        {u"set not null"_s, {ppl}, {QString(ppl).replace(u"age INTEGER"_s, u"age INTEGER NOT NULL"_s)}, {}, person},
        {u"drop not null"_s, {ppl}, {QString(ppl).replace(u"name VARCHAR(40) NOT NULL"_s, u"name VARCHAR(40)"_s)},
         {}, person},
        {u"add default"_s, {ppl}, {QString(ppl).replace(u"age INTEGER"_s, u"age INTEGER DEFAULT 18"_s)}, {}, person},
        {u"drop default"_s, {ppl}, {QString(ppl).replace(u" DEFAULT 'Paris'"_s, QString())}, {}, person},
        {u"change default"_s, {ppl}, {QString(ppl).replace(u"'Paris'"_s, u"'Rome'"_s)}, {}, person},
        {u"add index"_s, {ppl}, {ppl, u"CREATE INDEX ix_people_name ON people (name)"_s}, {}, person},
        {u"drop index"_s, {ppl, u"CREATE INDEX ix_people_name ON people (name)"_s}, {ppl}, {}, person},
        {u"unique index"_s, {ppl}, {ppl, u"CREATE UNIQUE INDEX ux_people_name ON people (name)"_s}, {}, person},
        {u"index with a descending part"_s, {ppl, u"CREATE INDEX ix_people_pair ON people (name, age)"_s},
         {ppl, u"CREATE INDEX ix_people_pair ON people (name, age DESC)"_s}, {}, person},
        {u"unique constraint"_s, {ppl},
         {QString(ppl).replace(u"Paris')"_s, u"Paris', CONSTRAINT uq_people_name_city UNIQUE (name, city))"_s)}, {},
         person},
        {u"add foreign key"_s, {ppl, pets},
         {ppl, QString(pets).replace(u"name VARCHAR(40))"_s,
                                     u"name VARCHAR(40), CONSTRAINT fk_pets_owner FOREIGN KEY (owner_id) "
                                     "REFERENCES people (id))"_s)}},
        {u"foreign key action"_s,
         {ppl, QString(pets).replace(u"name VARCHAR(40))"_s, u"name VARCHAR(40), CONSTRAINT fk_pets_owner FOREIGN KEY "
                                                               "(owner_id) REFERENCES people (id))"_s)},
         {ppl, QString(pets).replace(u"name VARCHAR(40))"_s, u"name VARCHAR(40), CONSTRAINT fk_pets_owner FOREIGN KEY "
                                                               "(owner_id) REFERENCES people (id) ON DELETE SET NULL)"_s)}},
        {u"add check"_s, {ppl},
         {QString(ppl).replace(u"Paris')"_s, u"Paris', CONSTRAINT ck_people_age CHECK (age >= 0))"_s)}, {}, person},
        {u"drop check"_s, {QString(ppl).replace(u"Paris')"_s, u"Paris', CONSTRAINT ck_people_age CHECK (age >= 0))"_s)},
         {ppl}, {}, person},
        {u"add primary key"_s, {u"CREATE TABLE tags (name VARCHAR(40) NOT NULL, note VARCHAR(40))"_s},
         {u"CREATE TABLE tags (name VARCHAR(40) NOT NULL, note VARCHAR(40), PRIMARY KEY (name))"_s}},
        {u"composite primary key"_s,
         {u"CREATE TABLE links (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a))"_s},
         {u"CREATE TABLE links (a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a, b))"_s}},
        {u"create view"_s, {ppl}, {ppl, u"CREATE VIEW adults AS SELECT id, name FROM people WHERE age >= 18"_s}},
        {u"change view"_s, {ppl, u"CREATE VIEW adults AS SELECT id, name FROM people WHERE age >= 18"_s},
         {ppl, u"CREATE VIEW adults AS SELECT id, name, city FROM people WHERE age >= 21"_s}},
        {u"drop view"_s, {ppl, u"CREATE VIEW adults AS SELECT id, name FROM people WHERE age >= 18"_s}, {ppl}},
        {u"view over a changed table"_s, {ppl, u"CREATE VIEW names AS SELECT id, name FROM people"_s},
         {QString(ppl).replace(u"age INTEGER"_s, u"age INTEGER NOT NULL"_s),
          u"CREATE VIEW names AS SELECT id, name FROM people"_s},
         {}, person},
        {u"partial index"_s, {ppl}, {ppl, u"CREATE INDEX ix_people_young ON people (age) WHERE age < 30"_s},
         {u"postgresql"_s, u"sqlite"_s}},
        {u"expression index"_s, {ppl}, {ppl, u"CREATE INDEX ix_people_lower ON people (lower(name))"_s},
         {u"postgresql"_s, u"sqlite"_s}},
        {u"generated column"_s, {ppl},
         {QString(ppl).replace(u"Paris')"_s, u"Paris', age2 INTEGER GENERATED ALWAYS AS (age * 2) STORED)"_s)},
         {u"postgresql"_s, u"mariadb"_s}},
        {u"identity column"_s, {u"CREATE TABLE seqs (id INTEGER NOT NULL PRIMARY KEY, v INTEGER)"_s},
         {u"CREATE TABLE seqs (id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v INTEGER)"_s},
         {u"postgresql"_s}},
        {u"auto increment"_s, {u"CREATE TABLE seqs (id INTEGER NOT NULL PRIMARY KEY, v INTEGER)"_s},
         {u"CREATE TABLE seqs (id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY, v INTEGER)"_s}, {u"mariadb"_s}},
        {u"enum values"_s, {u"CREATE TYPE mood AS ENUM ('sad', 'ok')"_s},
         {u"CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')"_s}, {u"postgresql"_s}},
        {u"sequence"_s, {}, {u"CREATE SEQUENCE tickets INCREMENT BY 5 START WITH 100"_s}, {u"postgresql"_s}},
        {u"comments"_s, {ppl},
         {ppl, u"COMMENT ON TABLE people IS 'who is who'"_s, u"COMMENT ON COLUMN people.name IS 'as written'"_s},
         {u"postgresql"_s}},
        {u"comments"_s, {ppl},
         {QString(ppl).replace(u"name VARCHAR(40) NOT NULL"_s, u"name VARCHAR(40) NOT NULL COMMENT 'as written'"_s)
          + u" COMMENT='who is who'"_s},
         {u"mariadb"_s}},
        {u"collation"_s, {ppl}, {QString(ppl).replace(u"city VARCHAR(40)"_s, u"city VARCHAR(40) COLLATE \"C\""_s)},
         {u"postgresql"_s}, person},
        {u"collation"_s, {ppl}, {QString(ppl).replace(u"city VARCHAR(40)"_s, u"city VARCHAR(40) COLLATE NOCASE"_s)},
         {u"sqlite"_s}, person},
        {u"collation"_s, {ppl},
         {QString(ppl).replace(u"city VARCHAR(40)"_s, u"city VARCHAR(40) COLLATE utf8mb4_bin"_s)},
         {u"mariadb"_s}, person},
        {u"quoted names"_s, {},
         {u"CREATE TABLE \"we\"\"ird; name\" (\"Some Column\" INTEGER NOT NULL PRIMARY KEY, \"MixedCase\" VARCHAR(10))"_s,
          u"CREATE INDEX \"Ix Mixed\" ON \"we\"\"ird; name\" (\"MixedCase\")"_s}},
    };
}

// MySQL: ANSI quotes for the pairs' double-quoted names.
QString forDialect(QString sql, const QString &dialect)
{
    if (dialect == u"mariadb"_s) {
        sql.replace(u"\"\""_s, u"\x01"_s);
        sql.replace(u'"', u'`');
        sql.replace(u"\x01"_s, u"\""_s);
    }
    return sql;
}

QString describe(const SchemaDiffResult &d)
{
    QStringList lines;
    for (const SchemaChange &c : d.changes)
        lines << c.describe();
    return lines.join(u"; "_s);
}

} // namespace

class tst_SchemaRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void roundTrip_data();
    void roundTrip();

private:
    QTemporaryDir m_dir;
};

void tst_SchemaRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("pair");
    const QList<Pair> all = pairs();
    for (const QString &dialect : {u"sqlite"_s, u"postgresql"_s, u"mariadb"_s}) {
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).dialects.isEmpty() || all.at(i).dialects.contains(dialect))
                QTest::newRow(qPrintable(dialect + u": "_s + all.at(i).name)) << dialect << i;
        }
    }
}

void tst_SchemaRoundTrip::roundTrip()
{
    QFETCH(QString, dialect);
    QFETCH(int, pair);
    ENGINE_REQUIRE_DIALECT(dialect);
    const Pair p = pairs().at(pair);
    QString error;
    const auto a = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(a, qPrintable(error));
    auto dropA = qScopeGuard([&] { Stepwise::Test::dropDatabase(*a); });
    const auto b = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
    QVERIFY2(b, qPrintable(error));
    auto dropB = qScopeGuard([&] { Stepwise::Test::dropDatabase(*b); });
    QSqlDatabase ca = Stepwise::Test::connect(*a, u"a"_s), cb = Stepwise::Test::connect(*b, u"b"_s);
    auto close = qScopeGuard([&] {
        ca.close();
        cb.close();
        ca = cb = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"a"_s);
        QSqlDatabase::removeDatabase(u"b"_s);
    });
    // The pairs' statements are written with double-quoted names; the scripts as the writer wrote them.
    const auto run = [&](QSqlDatabase &db, const QStringList &statements, const QString &what) {
        QSqlQuery q(db);
        const bool pairs = what.size() == 1;
        for (const QString &statement : statements) {
            const QString sql = pairs ? forDialect(statement, dialect) : statement;
            if (!q.exec(sql)) {
                qWarning("%s: %s\n%s", qPrintable(what), qPrintable(q.lastError().text()), qPrintable(sql));
                return false;
            }
        }
        return true;
    };
    const auto read = [&](QSqlDatabase &db) {
        auto schema = SchemaSnapshot::read(db, {});
        if (!schema)
            qWarning("%s", qPrintable(schema.error().toString()));
        return schema;
    };
    QVERIFY(run(ca, p.from, u"A"_s));
    QVERIFY(run(cb, p.to, u"B"_s));
    if (!p.row.isEmpty())
        QVERIFY(run(ca, {p.row}, u"R"_s));
    const auto schemaA = read(ca);
    const auto schemaB = read(cb);
    QVERIFY(schemaA && schemaB);
    QVERIFY2(!diffSchemas(*schemaA, *schemaB).isEmpty(), "the pair differs");

    const Dialect &sql = Dialect::forDriver(ca.driverName());
    const auto writer = DdlWriter::create(sql);
    QVERIFY(writer);
    const SchemaDiffResult up = diffSchemas(*schemaA, *schemaB, writer->diffOptions());
    const DdlScript upScript = writer->write(up, *schemaB);
    QVERIFY2(run(ca, upScript.statements, u"up"_s), qPrintable(upScript.text()));
    const auto afterUp = read(ca);
    QVERIFY(afterUp);
    const SchemaDiffResult left = diffSchemas(*afterUp, *schemaB);
    QVERIFY2(left.isEmpty(), qPrintable(u"after up: "_s + describe(left) + u"\n"_s + upScript.text()));

    if (!p.row.isEmpty()) {
        // The row is still there, with the values of the columns both sides have.
        QSqlQuery q(ca);
        QVERIFY2(q.exec(u"SELECT id, name FROM people"_s), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toString(), u"Ada"_s);
        QVERIFY(!q.next());
    }

    const SchemaDiffResult down = diffSchemas(*afterUp, *schemaA, writer->diffOptions());
    const DdlScript downScript = writer->write(down, *schemaA);
    QVERIFY2(run(ca, downScript.statements, u"down"_s), qPrintable(downScript.text()));
    const auto afterDown = read(ca);
    QVERIFY(afterDown);
    const SchemaDiffResult back = diffSchemas(*afterDown, *schemaA);
    QVERIFY2(back.isEmpty(), qPrintable(u"after down: "_s + describe(back) + u"\n"_s + downScript.text()));
}

QTEST_GUILESS_MAIN(tst_SchemaRoundTrip)
#include "tst_schemaroundtrip.moc"
