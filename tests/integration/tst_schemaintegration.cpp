// SchemaReader against the test PostgreSQL and MariaDB servers: a table with a primary key,
// a default, an index and a foreign key, read back through each dialect's catalog queries.
#include "core/schema/schemareader.h"
#include "tests/common/testdatabases.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;
using Stepwise::Test::Server;

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
            u"CREATE UNIQUE INDEX ux_swt_parent_pair ON swt_parent (id, name)"_s,
            u"CREATE TABLE swt_child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL, "
            "parent_name VARCHAR(40) NOT NULL, "
            "CONSTRAINT fk_swt_child_parent FOREIGN KEY (parent_id) REFERENCES swt_parent (id) "
            "ON DELETE CASCADE, "
            "CONSTRAINT fk_swt_child_pair FOREIGN KEY (parent_id, parent_name) "
            "REFERENCES swt_parent (id, name) ON DELETE RESTRICT ON UPDATE CASCADE)"_s,
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
        // Multi-column indexes: one row per part in the catalogs, one IndexInfo each.
        const IndexInfo *pair = nullptr;
        const IndexInfo *primary = nullptr;
        for (const IndexInfo &index : parent->indexes) {
            if (index.name == u"ux_swt_parent_pair"_s)
                pair = &index;
            if (index.primary)
                primary = &index;
        }
        QVERIFY(pair);
        QCOMPARE(pair->columns, (QStringList { u"id"_s, u"name"_s }));
        QVERIFY(pair->unique);
        QVERIFY(!pair->primary);
        QVERIFY(primary);
        QCOMPARE(primary->columns, QStringList { u"id"_s });
        QVERIFY(primary->unique);

        const auto child = reader->table({ schema, u"swt_child"_s });
        QVERIFY(child.ok());
        bool sawIndex = false;
        for (const IndexInfo &index : child->indexes)
            sawIndex |= index.name == u"ix_swt_child_parent"_s && index.columns == QStringList { u"parent_id"_s };
        QVERIFY(sawIndex);
        // Foreign keys come sorted by name, one row per column pair in the catalogs.
        QCOMPARE(child->foreignKeys.size(), 2);
        const ForeignKeyInfo &twoColumns = child->foreignKeys.at(0);
        QCOMPARE(twoColumns.name, u"fk_swt_child_pair"_s);
        QCOMPARE(twoColumns.columns, (QStringList { u"parent_id"_s, u"parent_name"_s }));
        QCOMPARE(twoColumns.referencedTable.name, u"swt_parent"_s);
        QCOMPARE(twoColumns.referencedColumns, (QStringList { u"id"_s, u"name"_s }));
        QCOMPARE(twoColumns.onDelete, u"RESTRICT"_s);
        QCOMPARE(twoColumns.onUpdate, u"CASCADE"_s);
        const ForeignKeyInfo &oneColumn = child->foreignKeys.at(1);
        QCOMPARE(oneColumn.name, u"fk_swt_child_parent"_s);
        QCOMPARE(oneColumn.columns, QStringList { u"parent_id"_s });
        QCOMPARE(oneColumn.referencedTable.name, u"swt_parent"_s);
        QCOMPARE(oneColumn.referencedColumns, QStringList { u"id"_s });
        QCOMPARE(oneColumn.onDelete, u"CASCADE"_s);
        // (its onUpdate is the default, which MariaDB's catalog spells RESTRICT)
        QVERIFY(q.exec(u"DROP TABLE swt_child"_s));
        QVERIFY(q.exec(u"DROP TABLE swt_parent"_s));
    }
    QSqlDatabase::removeDatabase(u"schemaread"_s);
}

QTEST_GUILESS_MAIN(tst_SchemaIntegration)
#include "tst_schemaintegration.moc"
