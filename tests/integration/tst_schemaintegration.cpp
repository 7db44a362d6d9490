// SchemaReader against the test PostgreSQL and MariaDB servers: a table with a primary key,
// a default, an index and a foreign key, read back through each dialect's catalog queries.
#include "schema/schemareader.h"
#include "testdatabases.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;
using StepwiseTest::Server;

class tst_SchemaIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readBack_data();
    void readBack();
};

void tst_SchemaIntegration::readBack_data()
{
    QTest::addColumn<int>("server");
    QTest::newRow("postgresql") << int(Server::PostgreSQL);
    QTest::newRow("mariadb") << int(Server::MySQL);
}

void tst_SchemaIntegration::readBack()
{
    QFETCH(int, server);
    {
        STEPWISE_REQUIRE_SERVER(Server(server), db, u"schemaread"_s);
        QSqlQuery q(db);
        const QStringList setup {
            u"DROP TABLE IF EXISTS swt_child"_s,
            u"DROP TABLE IF EXISTS swt_parent"_s,
            u"CREATE TABLE swt_parent (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL DEFAULT 'x')"_s,
            u"CREATE TABLE swt_child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL, "
            "CONSTRAINT fk_swt_child_parent FOREIGN KEY (parent_id) REFERENCES swt_parent (id) "
            "ON DELETE CASCADE)"_s,
            u"CREATE INDEX ix_swt_child_parent ON swt_child (parent_id)"_s,
        };
        for (const QString &sql : setup)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        const auto reader = SchemaReader::create(db);
        QCOMPARE(reader->hasSchemas(), Server(server) == Server::PostgreSQL);
        if (reader->hasSchemas()) {
            const auto schemas = reader->schemas();
            QVERIFY(schemas.ok());
            QVERIFY(schemas->contains(u"public"_s));
        }
        const QString schema = reader->hasSchemas() ? u"public"_s : QString();
        const auto tables = reader->tables(schema);
        QVERIFY2(tables.ok(), qPrintable(tables.ok() ? QString() : tables.error().toString()));
        QStringList names;
        for (const TableInfo &t : tables.value())
            names << t.name.name;
        QVERIFY(names.contains(u"swt_parent"_s));
        QVERIFY(names.contains(u"swt_child"_s));

        const auto parent = reader->table({ schema, u"swt_parent"_s });
        QVERIFY2(parent.ok(), qPrintable(parent.ok() ? QString() : parent.error().toString()));
        QCOMPARE(parent->columns.size(), 2);
        QVERIFY(parent->columns.at(0).primaryKey);
        QVERIFY(!parent->columns.at(1).nullable);
        QVERIFY(parent->columns.at(1).defaultValue.contains(u'x'));
        QVERIFY(parent->columns.at(1).type.contains(u"40"_s));

        const auto child = reader->table({ schema, u"swt_child"_s });
        QVERIFY(child.ok());
        bool sawIndex = false;
        for (const IndexInfo &index : child->indexes)
            sawIndex |= index.name == u"ix_swt_child_parent"_s && index.columns == QStringList { u"parent_id"_s };
        QVERIFY(sawIndex);
        QCOMPARE(child->foreignKeys.size(), 1);
        QCOMPARE(child->foreignKeys.first().name, u"fk_swt_child_parent"_s);
        QCOMPARE(child->foreignKeys.first().referencedTable.name, u"swt_parent"_s);
        QCOMPARE(child->foreignKeys.first().referencedColumns, QStringList { u"id"_s });
        QCOMPARE(child->foreignKeys.first().onDelete, u"CASCADE"_s);
        QVERIFY(q.exec(u"DROP TABLE swt_child"_s));
        QVERIFY(q.exec(u"DROP TABLE swt_parent"_s));
    }
    QSqlDatabase::removeDatabase(u"schemaread"_s);
}

QTEST_GUILESS_MAIN(tst_SchemaIntegration)
#include "tst_schemaintegration.moc"
