// SchemaReader on SQLite: tables and views, columns with type, nullability, default and
// primary key, indexes and foreign keys, as the catalog reports them.
#include "core/schema/schemareader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

class tst_SchemaReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tables();
    void columns();
    void indexes();
    void foreignKeys();
    void missingTable();

private:
    QSqlDatabase db() const { return QSqlDatabase::database(u"schema"_s); }
};

void tst_SchemaReader::initTestCase()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema"_s);
    db.setDatabaseName(u":memory:"_s);
    QVERIFY(db.open());
    const QStringList fixture {
        u"CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, "
        "points INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL "
        "REFERENCES customers (id) ON DELETE CASCADE, note TEXT)"_s,
        u"CREATE INDEX ix_orders_customer ON orders (customer_id, id)"_s,
        u"CREATE VIEW big_customers AS SELECT * FROM customers WHERE points > 100"_s,
    };
    QSqlQuery q(db);
    for (const QString &sql : fixture)
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
}

void tst_SchemaReader::cleanupTestCase()
{
    QSqlDatabase::database(u"schema"_s).close();
    QSqlDatabase::removeDatabase(u"schema"_s);
}

void tst_SchemaReader::tables()
{
    const auto reader = SchemaReader::create(db());
    QVERIFY(!reader->hasSchemas());
    const auto tables = reader->tables({});
    QVERIFY2(tables.ok(), qPrintable(tables.ok() ? QString() : tables.error().toString()));
    QCOMPARE(tables->size(), 3);
    QCOMPARE(tables->at(0).name.name, u"big_customers"_s);
    QVERIFY(tables->at(0).view);
    QCOMPARE(tables->at(1).name.name, u"customers"_s);
    QVERIFY(!tables->at(1).view);
    QCOMPARE(tables->at(2).name.name, u"orders"_s);
}

void tst_SchemaReader::columns()
{
    const auto details = SchemaReader::create(db())->table({ {}, u"customers"_s });
    QVERIFY(details.ok());
    QCOMPARE(details->columns.size(), 3);
    const ColumnInfo &id = details->columns.at(0);
    QCOMPARE(id.name, u"id"_s);
    QCOMPARE(id.type, u"INTEGER"_s);
    QVERIFY(id.primaryKey);
    const ColumnInfo &email = details->columns.at(1);
    QVERIFY(!email.nullable);
    QVERIFY(!email.primaryKey);
    QCOMPARE(details->columns.at(2).defaultValue, u"0"_s);
}

void tst_SchemaReader::indexes()
{
    const auto details = SchemaReader::create(db())->table({ {}, u"orders"_s });
    QVERIFY(details.ok());
    QCOMPARE(details->indexes.size(), 1);
    QCOMPARE(details->indexes.first().name, u"ix_orders_customer"_s);
    QCOMPARE(details->indexes.first().columns, (QStringList { u"customer_id"_s, u"id"_s }));
    QVERIFY(!details->indexes.first().unique);
    // UNIQUE constraints appear as SQLite's automatic indexes.
    const auto customers = SchemaReader::create(db())->table({ {}, u"customers"_s });
    QCOMPARE(customers->indexes.size(), 1);
    QVERIFY(customers->indexes.first().unique);
    QCOMPARE(customers->indexes.first().columns, QStringList { u"email"_s });
}

void tst_SchemaReader::foreignKeys()
{
    const auto details = SchemaReader::create(db())->table({ {}, u"orders"_s });
    QVERIFY(details.ok());
    QCOMPARE(details->foreignKeys.size(), 1);
    const ForeignKeyInfo &fk = details->foreignKeys.first();
    QCOMPARE(fk.columns, QStringList { u"customer_id"_s });
    QCOMPARE(fk.referencedTable.name, u"customers"_s);
    QCOMPARE(fk.referencedColumns, QStringList { u"id"_s });
    QCOMPARE(fk.onDelete, u"CASCADE"_s);
    QVERIFY(fk.onUpdate.isEmpty());
}

void tst_SchemaReader::missingTable()
{
    const auto details = SchemaReader::create(db())->table({ {}, u"nosuch"_s });
    QVERIFY(details.ok()); // SQLite's pragmas answer no rows for a missing table
    QVERIFY(details->columns.isEmpty());
}

QTEST_GUILESS_MAIN(tst_SchemaReader)
#include "tst_schemareader.moc"
