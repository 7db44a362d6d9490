// SchemaSnapshot on MariaDB (issue 16): a whole database read into the neutral model with a fixed
// number of information_schema queries — every object kind the model covers field by field,
// what it does not cover listed as not compared, odd names kept exactly, the project's own
// tables left out, two reads equal and sorted, and a few hundred tables read at once.
#include "tests/common/enginesupport.h"

#include "core/schema/schemasnapshot.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <type_traits>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

const QString connectionName = u"mysql-snapshot"_s;

// A fresh MariaDB database of the test's own and a connection to it; both gone at the end.
class MariaDb
{
public:
    explicit MariaDb(const QString &dir)
        : m_db(Stepwise::Test::createDatabase(u"mariadb"_s, dir, &m_error))
    {
        if (m_db)
            m_connection = Stepwise::Test::connect(*m_db, connectionName);
    }
    ~MariaDb()
    {
        if (!m_db)
            return;
        m_connection.close();
        m_connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        Stepwise::Test::dropDatabase(*m_db);
    }
    MariaDb(const MariaDb &) = delete;
    MariaDb &operator=(const MariaDb &) = delete;

    bool isOpen() const { return m_db && m_connection.isOpen(); }
    QString error() const { return m_db ? m_connection.lastError().text() : m_error; }
    QString name() const { return m_db ? m_db->name : QString(); }

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

    Result<Schema> read(const SnapshotOptions &options = {}) const
    {
        return SchemaSnapshot::read(m_connection, options);
    }

private:
    QString m_error;
    std::optional<Stepwise::Test::TestDatabase> m_db;
    QSqlDatabase m_connection;
};

// Every field on one line: a difference shows which field and how.
QString describe(const SchemaColumn &c)
{
    static const char *const identities[] = { "none", "always", "by default", "auto_increment" };
    return u"%1 | %2 | %3 | %4 | default=%5 | %6 | generated=%7%8 | collation=%9 | comment=%10"_s
        .arg(c.name, c.type, c.normalizedType,
            c.nullable ? u"null"_s : u"not null"_s, c.defaultValue,
            QString::fromLatin1(identities[static_cast<int>(c.identity)]), c.generated,
            c.generatedStored ? u" stored"_s : QString(), c.collation, c.comment);
}

QString describe(const SchemaIndex &i)
{
    QStringList parts;
    for (qsizetype p = 0; p < i.parts.size(); ++p)
        parts << i.parts.at(p) + (i.descending.value(p) ? u" DESC"_s : QString());
    return u"%1 (%2)%3 method=%4 where=%5 [%6 desc flags]"_s.arg(i.name, parts.join(u", "_s),
        i.unique ? u" unique"_s : QString(), i.method, i.predicate,
        QString::number(i.descending.size()));
}

QString describe(const SchemaForeignKey &f)
{
    return u"%1 (%2) -> %3 (%4) on delete=%5 on update=%6%7"_s.arg(f.name,
        f.columns.join(u", "_s), qualifiedName(f.target), f.targetColumns.join(u", "_s),
        f.onDelete, f.onUpdate, f.deferrable || f.initiallyDeferred ? u" deferrable"_s : QString());
}

QString describe(const SchemaCheck &c) { return c.name + u": "_s + c.expression; }
QString describe(const NotCompared &n) { return n.kind + u' ' + qualifiedName(n.name); }

template <typename T>
QStringList describeAll(const QList<T> &items)
{
    QStringList out;
    for (const T &item : items)
        out << describe(item);
    return out;
}

template <typename T>
QStringList namesOf(const QList<T> &items)
{
    QStringList out;
    for (const T &item : items) {
        if constexpr (std::is_same_v<decltype(item.name), TableName>)
            out << qualifiedName(item.name);
        else
            out << item.name;
    }
    return out;
}

bool isSorted(const QStringList &names) { return std::is_sorted(names.cbegin(), names.cend()); }

const QString utf8mb4 = u" ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci"_s;

} // namespace

class tst_MysqlSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyObjectKind();
    void quotedAndMixedCaseNames();
    void excludedTables();
    void sameReadTwice();
    void manyTables();

private:
    QTemporaryDir m_dir;
};

#define OPEN_MARIADB(db)                                                                           \
    ENGINE_REQUIRE_DIALECT(u"mariadb"_s);                                                          \
    MariaDb db(m_dir.path());                                                                      \
    QVERIFY2(db.isOpen(), qPrintable(db.error()))

#define EXEC(db, ...)                                                                              \
    do {                                                                                           \
        const QString execError = (db).exec(__VA_ARGS__);                                          \
        QVERIFY2(execError.isEmpty(), qPrintable(execError));                                      \
    } while (false)

#define READ(db, schema, ...)                                                                      \
    const Result<Schema> schema##Read = (db).read(__VA_ARGS__);                                    \
    QVERIFY2(schema##Read, qPrintable(schema##Read ? QString() : schema##Read.error().toString())); \
    const Schema &schema = *schema##Read

void tst_MysqlSnapshot::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

// Every kind the reader knows, each field compared: what MariaDB 10.11's information_schema
// gives, normalised as the model wants it.
void tst_MysqlSnapshot::everyObjectKind()
{
    OPEN_MARIADB(db);
    EXEC(db,
        { u"CREATE TABLE parent (id INT AUTO_INCREMENT PRIMARY KEY, a INT NOT NULL, "
          "b INT NOT NULL, UNIQUE KEY uq_parent_ab (a, b))"_s + utf8mb4,
            u"CREATE TABLE child ("
            "id BIGINT(20) UNSIGNED NOT NULL, "
            "seq INTEGER NOT NULL, "
            "flag TINYINT(1) NOT NULL DEFAULT 1, "
            "label VARCHAR(40) COLLATE utf8mb4_bin DEFAULT 'it''s' COMMENT 'shown to users', "
            "price DECIMAL(10,2) DEFAULT 1.50, "
            "created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, "
            "qty INT NOT NULL, "
            "note VARCHAR(20), "
            "ratio DOUBLE PRECISION, "
            "size ENUM('s','m','l') NOT NULL DEFAULT 'm', "
            "doubled INT AS (qty * 2) STORED, "
            "plus_one INT AS (qty + 1) VIRTUAL, "
            "parent_id INT, pa INT, pb INT, body TEXT, attrs JSON, "
            "ct INT CHECK (ct < 5), "
            "PRIMARY KEY (id, seq), "
            "UNIQUE KEY uq_child_label (label), "
            "KEY ix_child_qty_note (qty, note DESC), "
            "KEY ix_child_label_prefix (label(10)), "
            "FULLTEXT KEY ft_child_body (body), "
            "KEY ix_child_parent (parent_id), "
            "CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) "
            "ON DELETE CASCADE ON UPDATE SET NULL, "
            "CONSTRAINT fk_child_pair FOREIGN KEY (pa, pb) REFERENCES parent (a, b) "
            "ON DELETE RESTRICT ON UPDATE NO ACTION, "
            "CONSTRAINT ck_child_qty CHECK (qty > 0))"_s
                + utf8mb4 + u" COMMENT='line items'"_s,
            u"CREATE VIEW v_child AS SELECT id, qty FROM child WHERE qty > 1"_s,
            u"CREATE PROCEDURE pr_touch() BEGIN UPDATE child SET qty = qty; END"_s,
            u"CREATE FUNCTION fn_double(x INT) RETURNS INT DETERMINISTIC RETURN x * 2"_s,
            u"CREATE TRIGGER trg_child_qty BEFORE INSERT ON child FOR EACH ROW "
            "SET NEW.qty = NEW.qty"_s,
            u"CREATE EVENT nightly ON SCHEDULE EVERY 1 DAY DO DELETE FROM parent WHERE id < 0"_s,
            u"CREATE TABLE events_log (id INT NOT NULL PRIMARY KEY) "
            "PARTITION BY HASH(id) PARTITIONS 3"_s,
            u"CREATE SEQUENCE seq_orders"_s });
    READ(db, schema);

    QCOMPARE(schema.dialect, u"mysql"_s);
    QCOMPARE(namesOf(schema.tables), (QStringList { u"child"_s, u"events_log"_s, u"parent"_s }));

    const SchemaTable *child = schema.table({ {}, u"child"_s });
    QVERIFY(child);
    using Identity = SchemaColumn::Identity;
    auto column = [](QString name, QString type, QString normalized, bool nullable,
                      QString defaultValue = {}, QString generated = {}, bool stored = false,
                      QString collation = {}, QString comment = {}) {
        SchemaColumn c;
        c.name = std::move(name);
        c.type = std::move(type);
        c.normalizedType = std::move(normalized);
        c.nullable = nullable;
        c.defaultValue = std::move(defaultValue);
        c.generated = std::move(generated);
        c.generatedStored = stored;
        c.collation = std::move(collation);
        c.comment = std::move(comment);
        return c;
    };
    const QList<SchemaColumn> childColumns {
        column(u"id"_s, u"bigint(20) unsigned"_s, u"bigint unsigned"_s, false),
        column(u"seq"_s, u"int(11)"_s, u"int"_s, false),
        column(u"flag"_s, u"tinyint(1)"_s, u"tinyint(1)"_s, false, u"1"_s),
        column(u"label"_s, u"varchar(40)"_s, u"varchar(40)"_s, true, u"'it''s'"_s, {}, false,
            u"utf8mb4_bin"_s, u"shown to users"_s),
        column(u"price"_s, u"decimal(10,2)"_s, u"decimal(10,2)"_s, true, u"1.50"_s),
        column(u"created"_s, u"timestamp"_s, u"timestamp"_s, false, u"current_timestamp()"_s),
        column(u"qty"_s, u"int(11)"_s, u"int"_s, false),
        column(u"note"_s, u"varchar(20)"_s, u"varchar(20)"_s, true),
        column(u"ratio"_s, u"double"_s, u"double"_s, true),
        column(u"size"_s, u"enum('s','m','l')"_s, u"enum('s','m','l')"_s, false, u"'m'"_s),
        column(u"doubled"_s, u"int(11)"_s, u"int"_s, true, {}, u"`qty` * 2"_s, true),
        column(u"plus_one"_s, u"int(11)"_s, u"int"_s, true, {}, u"`qty` + 1"_s, false),
        column(u"parent_id"_s, u"int(11)"_s, u"int"_s, true),
        column(u"pa"_s, u"int(11)"_s, u"int"_s, true),
        column(u"pb"_s, u"int(11)"_s, u"int"_s, true),
        column(u"body"_s, u"text"_s, u"text"_s, true),
        // MariaDB's JSON is a longtext with a binary collation and a json_valid() check.
        column(u"attrs"_s, u"longtext"_s, u"longtext"_s, true, {}, {}, false, u"utf8mb4_bin"_s),
        column(u"ct"_s, u"int(11)"_s, u"int"_s, true),
    };
    QCOMPARE(describeAll(child->columns), describeAll(childColumns));
    QVERIFY(child->columns == childColumns);
    QVERIFY(child->primaryKey);
    QCOMPARE(child->primaryKey->name, QString());
    QCOMPARE(child->primaryKey->columns, (QStringList { u"id"_s, u"seq"_s }));
    QVERIFY(child->uniques.isEmpty());
    // fk_child_pair: the index InnoDB made for the foreign key, kept like any other.
    QCOMPARE(describeAll(child->indexes),
        (QStringList {
            u"fk_child_pair (pa, pb) method= where= [2 desc flags]"_s,
            u"ft_child_body (body) method=FULLTEXT where= [1 desc flags]"_s,
            u"ix_child_label_prefix (label(10)) method= where= [1 desc flags]"_s,
            u"ix_child_parent (parent_id) method= where= [1 desc flags]"_s,
            u"ix_child_qty_note (qty, note DESC) method= where= [2 desc flags]"_s,
            u"uq_child_label (label) unique method= where= [1 desc flags]"_s,
        }));
    QCOMPARE(describeAll(child->foreignKeys),
        (QStringList {
            u"fk_child_pair (pa, pb) -> parent (a, b) on delete=RESTRICT on update="_s,
            u"fk_child_parent (parent_id) -> parent (id) on delete=CASCADE on update=SET NULL"_s,
        }));
    QCOMPARE(child->foreignKeys.at(0).target, (TableName { {}, u"parent"_s }));
    // Column-level checks (the JSON column's implicit one too) are named after their column.
    QCOMPARE(describeAll(child->checks),
        (QStringList { u"attrs: json_valid(`attrs`)"_s, u"ck_child_qty: `qty` > 0"_s,
            u"ct: `ct` < 5"_s }));
    QCOMPARE(child->comment, u"line items"_s);

    const SchemaTable *parent = schema.table({ {}, u"parent"_s });
    QVERIFY(parent);
    SchemaColumn id = column(u"id"_s, u"int(11)"_s, u"int"_s, false);
    id.identity = Identity::AutoIncrement;
    QCOMPARE(describeAll(parent->columns),
        describeAll(QList<SchemaColumn> { id, column(u"a"_s, u"int(11)"_s, u"int"_s, false),
            column(u"b"_s, u"int(11)"_s, u"int"_s, false) }));
    QCOMPARE(parent->primaryKey->columns, QStringList { u"id"_s });
    QCOMPARE(describeAll(parent->indexes),
        QStringList { u"uq_parent_ab (a, b) unique method= where= [2 desc flags]"_s });
    QVERIFY(parent->foreignKeys.isEmpty());
    QVERIFY(parent->checks.isEmpty());
    QCOMPARE(parent->comment, QString());

    const SchemaTable *partitioned = schema.table({ {}, u"events_log"_s });
    QVERIFY(partitioned);
    QCOMPARE(partitioned->primaryKey->columns, QStringList { u"id"_s });

    QCOMPARE(schema.views.size(), 1);
    QCOMPARE(schema.views.at(0).name, (TableName { {}, u"v_child"_s }));
    // Without the database's name, which MariaDB writes before every table.
    QCOMPARE(schema.views.at(0).definition,
        u"select `child`.`id` AS `id`,`child`.`qty` AS `qty` from `child` "
        "where `child`.`qty` > 1"_s);
    QVERIFY(!schema.views.at(0).materialized);

    QVERIFY(schema.sequences.isEmpty());
    QVERIFY(schema.enums.isEmpty());
    QCOMPARE(describeAll(schema.notCompared),
        (QStringList { u"event nightly"_s, u"function fn_double"_s, u"partition events_log"_s,
            u"procedure pr_touch"_s, u"sequence seq_orders"_s,
            u"trigger child.trg_child_qty"_s }));
}

void tst_MysqlSnapshot::quotedAndMixedCaseNames()
{
    OPEN_MARIADB(db);
    EXEC(db,
        { u"CREATE TABLE `we\"ird; name` (`id` INT PRIMARY KEY, `Val``ue` INT, "
          "KEY `Ix Weird` (`Val``ue`))"_s + utf8mb4,
            u"CREATE TABLE `MixedCase` (`Id` INT PRIMARY KEY, `Some Column` VARCHAR(10), "
            "`Ref` INT, KEY `IX_Mixed` (`Some Column`), "
            "CONSTRAINT `FK_Mixed_Weird` FOREIGN KEY (`Ref`) REFERENCES `we\"ird; name` (`id`), "
            "CONSTRAINT `Ck Mixed` CHECK (`Ref` <> 0))"_s
                + utf8mb4,
            u"CREATE VIEW `View Of Mixed` AS SELECT `Some Column` FROM `MixedCase`"_s });
    // A foreign key into another database names that database; its own tables are not read.
    QString error;
    const auto other = Stepwise::Test::createDatabase(u"mariadb"_s, m_dir.path(), &error);
    QVERIFY2(other, qPrintable(error));
    auto dropOther = qScopeGuard([&] {
        // InnoDB refuses to drop a table another database's foreign key still refers to.
        if (const QString dropError = db.exec({ u"DROP TABLE IF EXISTS cross_ref"_s });
            !dropError.isEmpty())
            qWarning("%s", qPrintable(dropError));
        Stepwise::Test::dropDatabase(*other);
    });
    EXEC(db,
        { u"CREATE TABLE `%1`.`Remote` (id INT PRIMARY KEY)"_s.arg(other->name),
            u"CREATE TABLE cross_ref (id INT PRIMARY KEY, remote_id INT, "
            "CONSTRAINT fk_cross FOREIGN KEY (remote_id) REFERENCES `%1`.`Remote` (id))"_s.arg(
                other->name) });
    READ(db, schema);

    QCOMPARE(namesOf(schema.tables),
        (QStringList { u"MixedCase"_s, u"cross_ref"_s, u"we\"ird; name"_s }));
    const SchemaTable *crossRef = schema.table({ {}, u"cross_ref"_s });
    QVERIFY(crossRef);
    QCOMPARE(describeAll(crossRef->foreignKeys),
        QStringList { u"fk_cross (remote_id) -> %1.Remote (id) on delete=RESTRICT "
                      "on update=RESTRICT"_s.arg(other->name) });
    QCOMPARE(crossRef->foreignKeys.at(0).target, (TableName { other->name, u"Remote"_s }));
    const SchemaTable *weird = schema.table({ {}, u"we\"ird; name"_s });
    QVERIFY(weird);
    QCOMPARE(namesOf(weird->columns), (QStringList { u"id"_s, u"Val`ue"_s }));
    QCOMPARE(describeAll(weird->indexes),
        QStringList { u"Ix Weird (Val`ue) method= where= [1 desc flags]"_s });

    const SchemaTable *mixed = schema.table({ {}, u"MixedCase"_s });
    QVERIFY(mixed);
    QCOMPARE(namesOf(mixed->columns), (QStringList { u"Id"_s, u"Some Column"_s, u"Ref"_s }));
    QCOMPARE(mixed->primaryKey->columns, QStringList { u"Id"_s });
    // FK_Mixed_Weird has no index of its own: InnoDB made one under its name.
    QCOMPARE(namesOf(mixed->indexes), (QStringList { u"FK_Mixed_Weird"_s, u"IX_Mixed"_s }));
    QCOMPARE(mixed->indexes.at(1).parts, QStringList { u"Some Column"_s });
    QCOMPARE(describeAll(mixed->foreignKeys),
        QStringList { u"FK_Mixed_Weird (Ref) -> we\"ird; name (id) on delete=RESTRICT on update=RESTRICT"_s });
    QCOMPARE(describeAll(mixed->checks), QStringList { u"Ck Mixed: `Ref` <> 0"_s });
    QCOMPARE(namesOf(schema.views), QStringList { u"View Of Mixed"_s });
}

// The heads and history tables the caller passes are never read, whatever schema it names;
// nor are the triggers on them.
void tst_MysqlSnapshot::excludedTables()
{
    OPEN_MARIADB(db);
    EXEC(db,
        { u"CREATE TABLE stepwise_history (id INT PRIMARY KEY)"_s,
            u"CREATE TABLE stepwise_version (version_num VARCHAR(32) PRIMARY KEY)"_s,
            u"CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"_s,
            u"CREATE TABLE orders (id INT PRIMARY KEY)"_s,
            u"CREATE TABLE customers (id INT PRIMARY KEY)"_s,
            u"CREATE TRIGGER trg_history BEFORE INSERT ON stepwise_history FOR EACH ROW "
            "SET NEW.id = NEW.id"_s,
            u"CREATE TRIGGER trg_orders BEFORE INSERT ON orders FOR EACH ROW "
            "SET NEW.id = NEW.id"_s });

    READ(db, everything);
    QCOMPARE(namesOf(everything.tables),
        (QStringList { u"alembic_version"_s, u"customers"_s, u"orders"_s, u"stepwise_history"_s,
            u"stepwise_version"_s }));

    SnapshotOptions options;
    options.excluded = { { {}, u"stepwise_history"_s }, { db.name(), u"stepwise_version"_s },
        { u"elsewhere"_s, u"alembic_version"_s } };
    READ(db, schema, options);
    QCOMPARE(namesOf(schema.tables), (QStringList { u"customers"_s, u"orders"_s }));
    QCOMPARE(describeAll(schema.notCompared), QStringList { u"trigger orders.trg_orders"_s });
}

void tst_MysqlSnapshot::sameReadTwice()
{
    OPEN_MARIADB(db);
    EXEC(db,
        { u"CREATE TABLE zeta (id INT PRIMARY KEY, b INT, a INT, KEY z_b (b), KEY a_a (a), "
          "CONSTRAINT z_check CHECK (a > 0), CONSTRAINT a_check CHECK (b > 0))"_s,
            u"CREATE TABLE alpha (id INT PRIMARY KEY, z INT, y INT, "
            "CONSTRAINT fk_z FOREIGN KEY (z) REFERENCES zeta (id), "
            "CONSTRAINT fk_y FOREIGN KEY (y) REFERENCES zeta (id))"_s,
            u"CREATE TABLE Mid (id INT PRIMARY KEY)"_s,
            u"CREATE VIEW z_view AS SELECT id FROM zeta"_s,
            u"CREATE VIEW a_view AS SELECT id FROM alpha"_s,
            u"CREATE PROCEDURE z_proc() BEGIN END"_s,
            u"CREATE PROCEDURE a_proc() BEGIN END"_s });
    READ(db, first);
    READ(db, second);
    QVERIFY(first == second);

    QCOMPARE(namesOf(first.tables), (QStringList { u"Mid"_s, u"alpha"_s, u"zeta"_s }));
    QCOMPARE(namesOf(first.views), (QStringList { u"a_view"_s, u"z_view"_s }));
    const SchemaTable *zeta = first.table({ {}, u"zeta"_s });
    QVERIFY(zeta);
    QCOMPARE(namesOf(zeta->indexes), (QStringList { u"a_a"_s, u"z_b"_s }));
    QCOMPARE(namesOf(zeta->checks), (QStringList { u"a_check"_s, u"z_check"_s }));
    // Columns keep the table's order.
    QCOMPARE(namesOf(zeta->columns), (QStringList { u"id"_s, u"b"_s, u"a"_s }));
    const SchemaTable *alpha = first.table({ {}, u"alpha"_s });
    QVERIFY(alpha);
    QCOMPARE(namesOf(alpha->foreignKeys), (QStringList { u"fk_y"_s, u"fk_z"_s }));
    QCOMPARE(describeAll(first.notCompared),
        (QStringList { u"procedure a_proc"_s, u"procedure z_proc"_s }));
    for (const SchemaTable &table : first.tables) {
        QVERIFY(isSorted(namesOf(table.indexes)));
        QVERIFY(isSorted(namesOf(table.foreignKeys)));
        QVERIFY(isSorted(namesOf(table.checks)));
    }
}

// 200 tables of 10 columns, each with an index and a foreign key to the one before: read whole
// by the fixed set of queries.
void tst_MysqlSnapshot::manyTables()
{
    OPEN_MARIADB(db);
    const int count = 200;
    auto tableName = [](int i) { return u"t_%1"_s.arg(i, 3, 10, QLatin1Char('0')); };
    QStringList statements;
    for (int i = 0; i < count; ++i) {
        QString sql = u"CREATE TABLE %1 (id INT PRIMARY KEY, ref INT, c1 VARCHAR(20), "
                      "c2 VARCHAR(20), c3 INT, c4 INT, c5 TEXT, c6 DATE, c7 DECIMAL(8,2), "
                      "c8 INT NOT NULL DEFAULT 0, KEY ix_%1_c3 (c3)"_s.arg(tableName(i));
        if (i > 0) {
            sql += u", CONSTRAINT fk_%1 FOREIGN KEY (ref) REFERENCES %2 (id)"_s.arg(
                tableName(i), tableName(i - 1));
        }
        statements << sql + u')';
    }
    EXEC(db, statements);

    QElapsedTimer timer;
    timer.start();
    READ(db, schema);
    qInfo("read %d tables in %lld ms", count, static_cast<long long>(timer.elapsed()));

    QCOMPARE(schema.tables.size(), count);
    for (int i = 0; i < count; ++i) {
        const SchemaTable &table = schema.tables.at(i);
        QCOMPARE(table.name.name, tableName(i));
        QCOMPARE(table.columns.size(), 10);
        QCOMPARE(table.columns.at(9).defaultValue, u"0"_s);
        QCOMPARE(table.primaryKey->columns, QStringList { u"id"_s });
        if (i == 0) {
            QCOMPARE(namesOf(table.indexes), QStringList { u"ix_t_000_c3"_s });
            QVERIFY(table.foreignKeys.isEmpty());
            continue;
        }
        // The foreign key's own index (InnoDB's, on ref) sorts before ix_….
        QCOMPARE(namesOf(table.indexes),
            (QStringList { u"fk_"_s + tableName(i), u"ix_%1_c3"_s.arg(tableName(i)) }));
        QCOMPARE(table.foreignKeys.size(), 1);
        QCOMPARE(table.foreignKeys.at(0).columns, QStringList { u"ref"_s });
        QCOMPARE(table.foreignKeys.at(0).target, (TableName { {}, tableName(i - 1) }));
        QCOMPARE(table.foreignKeys.at(0).targetColumns, QStringList { u"id"_s });
    }
}

QTEST_GUILESS_MAIN(tst_MysqlSnapshot)
#include "tst_mysqlsnapshot.moc"
