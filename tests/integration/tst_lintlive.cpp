// The data-aware safety checks (core/engine/lintlive.h, issue 19) on real tables: PostgreSQL,
// MariaDB and a SQLite file, each in a database of its own with planted NULLs, duplicate keys,
// rows failing a check, orphans and a table of known size. A revision is linted
// (lintInputForText) and measured; the counts must be exact, the findings escalated where the
// statement will fail, a missing table measured as -1, the connection left without an open
// transaction and with its settings, and a tiny timeout must cut a slow query short.
// The server rows fail (they do not skip) when the server's URL is not set.
#include "tests/common/enginesupport.h"

#include "core/db/dialect.h"
#include "core/engine/lintlive.h"
#include "core/engine/revisionlint.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;
using namespace std::chrono_literals;

namespace {

using Kind = LintTarget::Kind;

SqlSyntax syntaxOf(const QString &dialect)
{
    if (dialect == u"postgresql"_s)
        return SqlSyntax::PostgreSQL;
    if (dialect == u"mariadb"_s)
        return SqlSyntax::MySQL;
    return SqlSyntax::SQLite;
}

// A fresh database of the test's own, dropped with it.
class Fixture
{
public:
    Fixture(const QString &dialect, const QString &connection)
        : m_connection(connection)
    {
        if (const auto server = Stepwise::Test::serverFor(dialect);
            server && Stepwise::Test::serverUrl(*server).isEmpty()) {
            error = Stepwise::Test::envName(*server)
                + u" is not set: this test needs the server (run it through scripts/test)"_s;
            return;
        }
        m_db = Stepwise::Test::createDatabase(dialect, m_dir.path(), &error);
        if (m_db)
            db = Stepwise::Test::connect(*m_db, m_connection);
        if (m_db && !db.isOpen())
            error = u"cannot connect: "_s + db.lastError().text();
    }
    ~Fixture()
    {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        if (m_db)
            Stepwise::Test::dropDatabase(*m_db);
    }
    Fixture(const Fixture &) = delete;
    Fixture &operator=(const Fixture &) = delete;

    bool ok() const { return error.isEmpty() && db.isOpen(); }

    // Runs the statements; the first failure, or empty.
    QString exec(const QStringList &statements)
    {
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (!q.exec(sql))
                return sql + u": "_s + q.lastError().text();
        }
        return {};
    }

    QString error;
    QSqlDatabase db;

private:
    QTemporaryDir m_dir;
    QString m_connection;
    std::optional<Stepwise::Test::TestDatabase> m_db;
};

// orders: 10 rows. email: NULL in 2 rows, 'a' three times and 'b' twice (5 rows in duplicate
// keys), 3 unique. amount: 4 rows <= 0, one NULL (passes a check). customer_id: 3 orphans
// (97, 98, 99), 2 NULLs (not checked). sized: 1000 rows. empty_t: none.
QStringList plantedData(const QString &dialect)
{
    const QString text = dialect == u"postgresql"_s ? u"text"_s : u"varchar(200)"_s;
    QStringList sql {
        u"CREATE TABLE customers (id int PRIMARY KEY, name varchar(50))"_s,
        u"INSERT INTO customers VALUES (1, 'one'), (2, 'two'), (3, 'three')"_s,
        u"CREATE TABLE orders (id int PRIMARY KEY, customer_id int, amount int, "
        "email varchar(100), note varchar(100))"_s,
        u"INSERT INTO orders VALUES "
        "(1, 1, -1, 'a', 'x'), (2, 1, -5, 'a', 'x'), (3, 2, 0, 'a', 'x'), (4, 3, -2, 'b', 'x'), "
        "(5, 99, 10, 'b', 'x'), (6, 98, 20, 'c', 'x'), (7, 97, NULL, 'd', 'x'), "
        "(8, NULL, 30, 'e', 'x'), (9, NULL, 40, NULL, 'x'), (10, 1, 50, NULL, 'x')"_s,
        u"CREATE TABLE sized (id int PRIMARY KEY, payload %1)"_s.arg(text),
        u"CREATE TABLE empty_t (id int PRIMARY KEY)"_s,
    };
    // 1000 rows, ten statements of a hundred.
    for (int block = 0; block < 10; ++block) {
        QStringList values;
        for (int i = 0; i < 100; ++i) {
            const int id = block * 100 + i + 1;
            values << u"(%1, '%2')"_s.arg(id).arg(QString(64, QChar(u'a' + id % 26)));
        }
        sql << u"INSERT INTO sized VALUES "_s + values.join(u", "_s);
    }
    return sql;
}

// The revision: each statement's finding and what it measures.
QString revisionText(const QString &dialect)
{
    if (dialect == u"postgresql"_s)
        return u"-- migrate:up\n"
               "ALTER TABLE orders ALTER COLUMN email SET NOT NULL;\n" // SW303: 2 NULLs
               "CREATE UNIQUE INDEX ux_orders_email ON orders (email);\n" // SW302: 5
               "CREATE UNIQUE INDEX ux_orders_id_email ON orders (id, email);\n" // SW302: 0
               "ALTER TABLE orders ADD CONSTRAINT ck_amount CHECK (amount > 0);\n" // SW204: 4
               "ALTER TABLE orders ADD CONSTRAINT fk_customer FOREIGN KEY (customer_id) "
               "REFERENCES customers (id);\n" // SW204: 3
               "ALTER TABLE orders ADD CONSTRAINT fk_customer2 FOREIGN KEY (customer_id) "
               "REFERENCES customers;\n" // SW204: 3, through customers' primary key
               "ALTER TABLE orders ADD COLUMN tenant int NOT NULL;\n" // SW301: 10 rows
               "ALTER TABLE empty_t ADD COLUMN tenant int NOT NULL;\n" // SW301: 0
               "ALTER TABLE missing_t ADD CONSTRAINT ck_missing CHECK (x > 0);\n" // -1
               "VACUUM FULL sized;\n" // SW214: the size
               "-- migrate:down\n"
               "SELECT 1;\n"_s;
    if (dialect == u"mariadb"_s)
        return u"-- migrate:up\n"
               "ALTER TABLE orders MODIFY email VARCHAR(100) NOT NULL;\n" // SW303: 2 NULLs
               "CREATE UNIQUE INDEX ux_orders_email ON orders (email);\n" // SW302: 5
               "CREATE UNIQUE INDEX ux_orders_id_email ON orders (id, email);\n" // SW302: 0
               "ALTER TABLE orders ADD CONSTRAINT ck_amount CHECK (amount > 0);\n" // SW305: 4
               "ALTER TABLE orders ADD CONSTRAINT fk_customer FOREIGN KEY (customer_id) "
               "REFERENCES customers (id);\n" // SW305: 3
               "ALTER TABLE orders ADD CONSTRAINT fk_customer2 FOREIGN KEY (customer_id) "
               "REFERENCES customers;\n" // SW305: 3, through customers' primary key
               "ALTER TABLE orders ADD COLUMN tenant int NOT NULL;\n" // SW301: 10 rows get 0
               "ALTER TABLE empty_t ADD COLUMN tenant int NOT NULL;\n" // SW301: 0
               "ALTER TABLE missing_t ADD CONSTRAINT ck_missing CHECK (x > 0);\n" // -1
               "ALTER TABLE sized ENGINE = InnoDB;\n" // SW210: the size
               "-- migrate:down\n"
               "ALTER TABLE orders MODIFY email VARCHAR(100) NULL;\n"_s;
    return u"-- migrate:up\n"
           "CREATE UNIQUE INDEX ux_orders_email ON orders (email);\n" // SW302: 5
           "CREATE UNIQUE INDEX ux_orders_id_email ON orders (id, email);\n" // SW302: 0
           "ALTER TABLE orders ADD COLUMN tenant INTEGER NOT NULL;\n" // SW301: 10 rows
           "ALTER TABLE empty_t ADD COLUMN tenant INTEGER NOT NULL;\n" // SW301: 0
           "DROP TABLE missing_t;\n" // SW101: -1
           "DROP TABLE sized;\n" // SW101: the size
           "-- migrate:down\n"
           "SELECT 1;\n"_s;
}

QList<LintFinding> lintText(const QString &dialect, const QString &text)
{
    const Result<LintInput> input =
        lintInputForText(text, u"versions/live.sql"_s, syntaxOf(dialect));
    if (!input.ok())
        qFatal("cannot read the revision: %s", qPrintable(input.error().toString()));
    return lintRevision(*input);
}

QString describeAll(const QList<LintFinding> &findings)
{
    QStringList lines;
    for (const LintFinding &f : findings)
        lines << f.toString() + u" [target %1 %2.%3]"_s.arg(int(f.target.kind)).arg(
                     f.target.schema, f.target.table);
    return lines.join(u'\n');
}

// The one up-section finding with this code and target table on statement `statement`.
const LintFinding *findingAt(const QList<LintFinding> &findings, const QString &code, int statement)
{
    for (const LintFinding &f : findings) {
        if (f.code == code && f.statement == statement && f.section == LintFinding::Section::Up)
            return &f;
    }
    return nullptr;
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

// Whether the connection is outside any transaction, with its settings as at the start.
QString connectionState(const QString &dialect, const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (dialect == u"postgresql"_s) {
        QStringList state;
        // SAVEPOINT fails outside a transaction block (25P01).
        if (q.exec(u"SAVEPOINT probe"_s))
            state << u"in a transaction"_s;
        else
            state << u"no transaction ("_s + q.lastError().nativeErrorCode() + u')';
        for (const QString &setting :
             { u"statement_timeout"_s, u"transaction_read_only"_s, u"default_transaction_read_only"_s }) {
            if (q.exec(u"SHOW "_s + setting) && q.next())
                state << setting + u'=' + q.value(0).toString();
        }
        return state.join(u", "_s);
    }
    if (dialect == u"mariadb"_s) {
        if (q.exec(u"SELECT @@in_transaction, @@max_statement_time, @@tx_read_only"_s) && q.next())
            return u"in_transaction=%1 max_statement_time=%2 read_only=%3"_s.arg(
                q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        return q.lastError().text();
    }
    QStringList state;
    if (q.exec(u"PRAGMA query_only"_s) && q.next())
        state << u"query_only="_s + q.value(0).toString();
    q.finish();
    // BEGIN fails inside a transaction.
    if (q.exec(u"BEGIN"_s)) {
        state << u"no transaction"_s;
        q.exec(u"ROLLBACK"_s);
    } else {
        state << u"in a transaction"_s;
    }
    return state.join(u", "_s);
}

} // namespace

class tst_LintLive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plantedRows_data() { Stepwise::Test::addDialectColumn(); Stepwise::Test::addDialectRows(); }
    void plantedRows();
    void insideCallersTransaction_data();
    void insideCallersTransaction();
    void timeout_data();
    void timeout();
};

void tst_LintLive::plantedRows()
{
    QFETCH(QString, dialect);
    Fixture fx(dialect, u"lintlive_planted_"_s + dialect);
    QVERIFY2(fx.ok(), qPrintable(fx.error));
    const QString planted = fx.exec(plantedData(dialect));
    QVERIFY2(planted.isEmpty(), qPrintable(planted));
    const Dialect &sqlDialect = Dialect::forDriver(fx.db.driverName());
    const QString before = connectionState(dialect, fx.db);

    QList<LintFinding> findings = lintText(dialect, revisionText(dialect));
    const QList<LintFinding> unmeasured = findings;
    measureLintFindings(findings, fx.db, sqlDialect);
    const QString all = describeAll(findings);

    QCOMPARE(connectionState(dialect, fx.db), before);
    QVERIFY2(connectionState(dialect, fx.db).contains(u"no transaction"_s)
                 || connectionState(dialect, fx.db).contains(u"in_transaction=0"_s),
             qPrintable(connectionState(dialect, fx.db)));

    const bool sqlite = dialect == u"sqlite"_s;
    const bool pg = dialect == u"postgresql"_s;
    const int offset = sqlite ? -1 : 0; // SQLite's revision has no SET NOT NULL first

    // NULLs for a new NOT NULL.
    if (!sqlite) {
        const LintFinding *nulls = findingAt(findings, u"SW303"_s, 0);
        QVERIFY2(nulls, qPrintable(all));
        QCOMPARE(int(nulls->target.kind), int(Kind::NullsIn));
        QCOMPARE(nulls->live.violating, qint64(2));
        if (pg)
            QCOMPARE(nulls->live.rows, qint64(10));
        else // InnoDB's estimate
            QVERIFY2(nulls->live.rows > 0, qPrintable(nulls->live.summary));
        QVERIFY(nulls->live.bytes > 0);
        QCOMPARE(nulls->severity, LintSeverity::Error); // a warning, escalated
        QVERIFY2(nulls->live.summary.contains(count(2) + u" row(s) hold NULL in orders.email"_s),
                 qPrintable(nulls->live.summary));
        QVERIFY2(nulls->live.summary.startsWith(u"orders: "_s)
                     && nulls->live.summary.contains(count(nulls->live.rows) + u" row(s), "_s),
                 qPrintable(nulls->live.summary));
        QVERIFY(nulls->toString().endsWith(u" ("_s + nulls->live.summary + u')'));
    }

    // Duplicates for a new unique index, and none for another.
    const LintFinding *duplicates = findingAt(findings, u"SW302"_s, 1 + offset);
    QVERIFY2(duplicates, qPrintable(all));
    QCOMPARE(int(duplicates->target.kind), int(Kind::DuplicatesIn));
    QCOMPARE(duplicates->live.violating, qint64(5));
    QCOMPARE(duplicates->severity, LintSeverity::Error);
    QVERIFY2(duplicates->live.summary.contains(count(5) + u" row(s) of orders share a value of email"_s),
             qPrintable(duplicates->live.summary));
    const LintFinding *unique = findingAt(findings, u"SW302"_s, 2 + offset);
    QVERIFY2(unique, qPrintable(all));
    QCOMPARE(unique->live.violating, qint64(0));
    QCOMPARE(unique->severity, LintSeverity::Warning);
    QVERIFY2(unique->live.summary.contains(u"no row violates it now"_s), qPrintable(unique->live.summary));

    if (!sqlite) {
        const QString code = pg ? u"SW204"_s : u"SW305"_s;
        const LintFinding *check = findingAt(findings, code, 3);
        QVERIFY2(check, qPrintable(all));
        QCOMPARE(int(check->target.kind), int(Kind::FailsCheck));
        QCOMPARE(check->live.violating, qint64(4));
        QCOMPARE(check->severity, LintSeverity::Error);
        QVERIFY2(check->live.summary.contains(count(4) + u" row(s) fail the check"_s),
                 qPrintable(check->live.summary));
        for (int statement : { 4, 5 }) {
            const LintFinding *orphans = findingAt(findings, code, statement);
            QVERIFY2(orphans, qPrintable(all));
            QCOMPARE(int(orphans->target.kind), int(Kind::FailsForeignKey));
            QCOMPARE(orphans->live.violating, qint64(3));
            QCOMPARE(orphans->severity, LintSeverity::Error);
            QVERIFY2(orphans->live.summary.contains(count(3) + u" row(s) have no parent in customers"_s),
                     qPrintable(orphans->live.summary));
        }
    }

    // A NOT NULL column without a default: fails on PostgreSQL and SQLite when there are rows,
    // gives them zero values on MariaDB.
    const int addColumn = sqlite ? 2 : 6;
    const LintFinding *rows = findingAt(findings, u"SW301"_s, addColumn);
    QVERIFY2(rows, qPrintable(all));
    QCOMPARE(int(rows->target.kind), int(Kind::RowsPresent));
    QCOMPARE(rows->live.violating, qint64(10));
    QCOMPARE(rows->severity, LintSeverity::Error);
    QVERIFY2(rows->live.summary.contains(sqlite || pg ? u"orders has %1 row(s): adding the column fails"_s.arg(count(10))
                                                      : u"%1 existing row(s) get 0"_s.arg(count(10))),
             qPrintable(rows->live.summary));
    const LintFinding *empty = findingAt(findings, u"SW301"_s, addColumn + 1);
    QVERIFY2(empty, qPrintable(all));
    QCOMPARE(empty->live.violating, qint64(0));
    QCOMPARE(empty->live.rows, qint64(0));
    QVERIFY2(empty->live.summary.contains(u"no row violates it now"_s), qPrintable(empty->live.summary));

    // A table an earlier step would create: nothing measured, nothing failed.
    const int missingAt = sqlite ? 4 : 8;
    const LintFinding *missing = findingAt(findings, sqlite ? u"SW101"_s : pg ? u"SW204"_s : u"SW305"_s,
                                           missingAt);
    QVERIFY2(missing, qPrintable(all));
    QCOMPARE(missing->target.table, u"missing_t"_s);
    QCOMPARE(missing->live.rows, qint64(-1));
    QCOMPARE(missing->live.bytes, qint64(-1));
    QCOMPARE(missing->live.violating, qint64(-1));
    QVERIFY(!missing->live.measured());
    QVERIFY(missing->live.summary.isEmpty());
    const LintFinding *missingBefore = findingAt(unmeasured, missing->code, missingAt);
    QCOMPARE(missing->severity, missingBefore->severity);
    QCOMPARE(missing->toString(), missingBefore->toString());

    // The table of known size.
    const LintFinding *size = findingAt(findings, sqlite ? u"SW101"_s : pg ? u"SW214"_s : u"SW210"_s,
                                        missingAt + 1);
    QVERIFY2(size, qPrintable(all));
    QCOMPARE(int(size->target.kind), int(Kind::TableSize));
    QCOMPARE(size->target.table, u"sized"_s);
    QCOMPARE(size->live.violating, qint64(-1));
    if (dialect == u"mariadb"_s) // InnoDB's estimate
        QVERIFY2(size->live.rows > 500 && size->live.rows < 1500, qPrintable(size->live.summary));
    else
        QCOMPARE(size->live.rows, qint64(1000));
    if (pg) // MariaDB: InnoDB's statistics (a page until they are recalculated)
        QVERIFY2(size->live.bytes >= 64 * 1000, qPrintable(size->live.summary));
    else if (!sqlite) // SQLite: only where the build has dbstat
        QVERIFY2(size->live.bytes > 0, qPrintable(size->live.summary));
    QVERIFY(size->live.bytes != 0);
    QVERIFY2(size->live.summary.startsWith(u"sized: "_s), qPrintable(size->live.summary));
    QVERIFY2(size->live.summary.contains(u" row(s)"_s), qPrintable(size->live.summary));
    QCOMPARE(size->severity, findingAt(unmeasured, size->code, missingAt + 1)->severity);

    // The connection still works and writes (nothing was left read-only).
    QSqlQuery write(fx.db);
    QVERIFY2(write.exec(u"INSERT INTO empty_t (id) VALUES (1)"_s), qPrintable(write.lastError().text()));
}

void tst_LintLive::insideCallersTransaction_data()
{
    Stepwise::Test::addDialectColumn();
    Stepwise::Test::addDialectRows({ u"postgresql"_s, u"mariadb"_s });
}

void tst_LintLive::insideCallersTransaction()
{
    // A caller that has a transaction open keeps it, with its uncommitted rows.
    QFETCH(QString, dialect);
    Fixture fx(dialect, u"lintlive_callers_"_s + dialect);
    QVERIFY2(fx.ok(), qPrintable(fx.error));
    const QString planted = fx.exec(plantedData(dialect));
    QVERIFY2(planted.isEmpty(), qPrintable(planted));
    QVERIFY(fx.db.transaction());
    const QString inserted = fx.exec({ u"INSERT INTO orders (id, email) VALUES (11, 'a')"_s });
    QVERIFY2(inserted.isEmpty(), qPrintable(inserted));

    QList<LintFinding> findings = lintText(dialect, revisionText(dialect));
    measureLintFindings(findings, fx.db, Dialect::forDriver(fx.db.driverName()));
    const LintFinding *duplicates = findingAt(findings, u"SW302"_s, 1);
    QVERIFY2(duplicates, qPrintable(describeAll(findings)));
    QCOMPARE(duplicates->live.violating, qint64(6)); // the caller's uncommitted row is seen

    QSqlQuery q(fx.db);
    QVERIFY2(q.exec(u"SELECT count(*) FROM orders"_s) && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toInt(), 11);
    q.finish();
    if (dialect == u"mariadb"_s) {
        QVERIFY(q.exec(u"SELECT @@in_transaction"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
    }
    // Still writable and still the caller's: the row goes with its rollback.
    QVERIFY2(q.exec(u"INSERT INTO orders (id, email) VALUES (12, 'z')"_s), qPrintable(q.lastError().text()));
    QVERIFY(fx.db.rollback());
    QVERIFY(q.exec(u"SELECT count(*) FROM orders"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 10);
}

void tst_LintLive::timeout_data()
{
    Stepwise::Test::addDialectColumn();
    Stepwise::Test::addDialectRows({ u"postgresql"_s, u"mariadb"_s });
}

void tst_LintLive::timeout()
{
    // A check that sleeps on every row (1000 rows: a minute) is cut short by the bound.
    QFETCH(QString, dialect);
    Fixture fx(dialect, u"lintlive_timeout_"_s + dialect);
    QVERIFY2(fx.ok(), qPrintable(fx.error));
    const QString planted = fx.exec(plantedData(dialect));
    QVERIFY2(planted.isEmpty(), qPrintable(planted));
    const bool pg = dialect == u"postgresql"_s;
    const QString before = connectionState(dialect, fx.db);
    const QString text = pg
        ? u"-- migrate:up\nALTER TABLE sized ADD CONSTRAINT ck_slow CHECK (pg_sleep(0.06) IS NULL);\n"
          "-- migrate:down\nSELECT 1;\n"_s
        : u"-- migrate:up\nALTER TABLE sized ADD CONSTRAINT ck_slow CHECK (SLEEP(0.06) = 1);\n"
          "-- migrate:down\nSELECT 1;\n"_s;
    QList<LintFinding> findings = lintText(dialect, text);
    const LintFinding *check = findingAt(findings, pg ? u"SW204"_s : u"SW305"_s, 0);
    QVERIFY2(check, qPrintable(describeAll(findings)));
    const LintSeverity severity = check->severity;

    QElapsedTimer timer;
    timer.start();
    LintLiveOptions options;
    options.timeout = 300ms;
    measureLintFindings(findings, fx.db, Dialect::forDriver(fx.db.driverName()), options);
    // It ran until cut short (not failed at once on a bad expression), and no longer.
    QVERIFY2(timer.elapsed() >= 250 && timer.elapsed() < 15000,
             qPrintable(QString::number(timer.elapsed())));
    check = findingAt(findings, pg ? u"SW204"_s : u"SW305"_s, 0);
    QCOMPARE(check->live.violating, qint64(-1));
    QCOMPARE(check->severity, severity);
    QVERIFY2(check->live.rows > 0, qPrintable(check->live.summary)); // the quick queries ran
    QCOMPARE(connectionState(dialect, fx.db), before);

    // 1 ms: whatever does not finish in time is -1, and the call still returns.
    findings = lintText(dialect, text);
    options.timeout = 1ms;
    timer.restart();
    measureLintFindings(findings, fx.db, Dialect::forDriver(fx.db.driverName()), options);
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(findingAt(findings, pg ? u"SW204"_s : u"SW305"_s, 0)->live.violating, qint64(-1));
    QCOMPARE(connectionState(dialect, fx.db), before);
    QSqlQuery q(fx.db);
    QVERIFY2(q.exec(u"SELECT count(*) FROM sized"_s) && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toInt(), 1000);
}

QTEST_GUILESS_MAIN(tst_LintLive)
#include "tst_lintlive.moc"
