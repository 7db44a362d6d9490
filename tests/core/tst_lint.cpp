// The safety rules (core/lint): for every rule and every dialect it applies to, a revision that
// triggers it, a safe variant that does not, and the trigger with a stepwise:ignore comment on
// the statement; that every registered rule has such rows; suppressions, positions and the
// down-undoes-up analysis. The classifier and the type comparison: tst_statementparser.
#include "core/lint/linter.h"
#include "core/lint/lintrule.h"
#include "core/sql/sqlscript.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Stepwise::Core::LintTarget)

namespace {

constexpr quint8 G = 1u << unsigned(SqlSyntax::Generic);
constexpr quint8 L = 1u << unsigned(SqlSyntax::SQLite);
constexpr quint8 P = 1u << unsigned(SqlSyntax::PostgreSQL);
constexpr quint8 M = 1u << unsigned(SqlSyntax::MySQL);
constexpr quint8 RuleDialects = 0; // every dialect the rule applies to

const QList<SqlSyntax> allDialects { SqlSyntax::Generic, SqlSyntax::SQLite, SqlSyntax::PostgreSQL,
    SqlSyntax::MySQL };

// One statement a line, so that a comment inserted before one belongs to it.
struct Case
{
    const char *code;
    quint8 dialects;
    QString up; // triggers the rule
    QString safeUp; // does not
    QString down = {};
    QString safeDown = {};
    bool transactional = true;
    bool safeTransactional = true;
    bool downPresent = true;
};

QList<Case> cases()
{
    return {
        // --- Destructive
        { "SW101", RuleDialects, u"DROP TABLE users"_s, u"CREATE TABLE users (id int)"_s, {},
            u"DROP TABLE users"_s },
        { "SW102", RuleDialects, u"ALTER TABLE users DROP COLUMN email"_s,
            u"ALTER TABLE users ADD COLUMN email text"_s, {},
            u"ALTER TABLE users DROP COLUMN email"_s },
        { "SW103", P | G, u"DROP SCHEMA billing CASCADE"_s, u"CREATE SCHEMA billing"_s, {},
            u"DROP SCHEMA billing"_s },
        { "SW103", M, u"DROP DATABASE billing"_s, u"CREATE DATABASE billing"_s, {},
            u"DROP DATABASE billing"_s },
        { "SW104", RuleDialects, u"TRUNCATE TABLE audit_log"_s,
            u"DELETE FROM audit_log WHERE created < '2020-01-01'"_s },
        { "SW105", RuleDialects, u"DROP VIEW active_users"_s,
            u"CREATE VIEW active_users AS SELECT id FROM users"_s, {},
            u"DROP VIEW active_users"_s },
        { "SW106", P | L | G, u"DROP INDEX ix_users_email"_s,
            u"CREATE INDEX ix_users_email ON users (email)"_s, {}, u"DROP INDEX ix_users_email"_s },
        { "SW106", M, u"DROP INDEX ix_users_email ON users"_s,
            u"CREATE INDEX ix_users_email ON users (email)"_s, {},
            u"DROP INDEX ix_users_email ON users"_s },
        { "SW106", M, u"ALTER TABLE users DROP INDEX ix_users_email"_s,
            u"ALTER TABLE users ADD INDEX ix_users_email (email)"_s, {},
            u"ALTER TABLE users DROP INDEX ix_users_email"_s },
        { "SW107", P | G, u"ALTER TABLE orders DROP CONSTRAINT orders_user_fk"_s,
            u"ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID"_s,
            {}, u"ALTER TABLE orders DROP CONSTRAINT orders_user_fk"_s },
        { "SW107", M, u"ALTER TABLE orders DROP FOREIGN KEY orders_user_fk"_s,
            u"ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id)"_s,
            {}, u"ALTER TABLE orders DROP FOREIGN KEY orders_user_fk"_s },
        { "SW107", M, u"ALTER TABLE orders DROP PRIMARY KEY, ADD PRIMARY KEY (id, tenant)"_s,
            u"ALTER TABLE orders ADD COLUMN tenant int"_s },
        { "SW108", RuleDialects, u"DROP TYPE mood"_s, u"CREATE TYPE mood AS ENUM ('sad', 'ok')"_s,
            {}, u"DROP TYPE mood"_s },
        { "SW109", P, u"DROP FUNCTION touch_updated_at()"_s,
            u"CREATE FUNCTION touch_updated_at() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql"_s, {},
            u"DROP FUNCTION touch_updated_at()"_s },
        { "SW109", M, u"DROP TRIGGER touch_users"_s,
            u"CREATE TRIGGER touch_users BEFORE INSERT ON users FOR EACH ROW SET NEW.created = NOW()"_s,
            {}, u"DROP TRIGGER touch_users"_s },
        { "SW109", L, u"DROP TRIGGER touch_users"_s,
            u"CREATE TRIGGER touch_users AFTER INSERT ON users BEGIN UPDATE users SET n = 1; END"_s,
            {}, u"DROP TRIGGER touch_users"_s },
        { "SW109", G, u"DROP SEQUENCE order_numbers"_s, u"CREATE SEQUENCE order_numbers"_s, {},
            u"DROP SEQUENCE order_numbers"_s },
        { "SW110", P | G, u"ALTER TABLE users ALTER COLUMN name TYPE varchar(50)"_s,
            u"ALTER TABLE users ALTER COLUMN name TYPE varchar(400)"_s,
            u"ALTER TABLE users ALTER COLUMN name TYPE varchar(200)"_s,
            u"ALTER TABLE users ALTER COLUMN name TYPE varchar(200)"_s },
        { "SW110", M, u"ALTER TABLE users MODIFY name VARCHAR(50) NOT NULL"_s,
            u"ALTER TABLE users MODIFY name VARCHAR(400) NOT NULL"_s,
            u"ALTER TABLE users MODIFY name VARCHAR(200) NOT NULL"_s,
            u"ALTER TABLE users MODIFY name VARCHAR(200) NOT NULL"_s },
        { "SW110", M, u"ALTER TABLE orders MODIFY status ENUM('new', 'paid')"_s,
            u"ALTER TABLE orders MODIFY status ENUM('new', 'paid', 'shipped', 'void')"_s,
            u"ALTER TABLE orders MODIFY status ENUM('new', 'paid', 'shipped')"_s,
            u"ALTER TABLE orders MODIFY status ENUM('new', 'paid', 'shipped')"_s },
        { "SW111", P | L | G, u"ALTER TABLE users RENAME TO accounts"_s,
            u"CREATE TABLE users_new (id int);\nALTER TABLE users_new RENAME TO accounts"_s },
        { "SW111", M, u"RENAME TABLE users TO accounts"_s,
            u"CREATE TABLE users_new (id int);\nRENAME TABLE users_new TO accounts"_s },
        { "SW112", RuleDialects, u"ALTER TABLE users RENAME COLUMN name TO full_name"_s,
            u"ALTER TABLE users ADD COLUMN full_name text"_s },
        { "SW112", M, u"ALTER TABLE users CHANGE name full_name VARCHAR(200)"_s,
            u"ALTER TABLE users CHANGE name name VARCHAR(200)"_s,
            u"ALTER TABLE users MODIFY name VARCHAR(200)"_s,
            u"ALTER TABLE users MODIFY name VARCHAR(200)"_s },
        { "SW113", P, u"ALTER INDEX ix_users_email RENAME TO ix_users_mail"_s,
            u"CREATE INDEX ix_new ON users (email);\nALTER INDEX ix_new RENAME TO ix_users_mail"_s },
        { "SW113", M, u"ALTER TABLE users RENAME INDEX ix_email TO ix_mail"_s,
            u"ALTER TABLE users ADD INDEX ix_mail (email)"_s },
        { "SW113", G, u"ALTER VIEW active_users RENAME TO live_users"_s,
            u"CREATE VIEW v AS SELECT 1 AS one;\nALTER VIEW v RENAME TO live_users"_s },
        { "SW113", P, u"ALTER TABLE users SET SCHEMA archive"_s,
            u"ALTER TABLE users SET (fillfactor = 70)"_s },
        { "SW114", RuleDialects, u"ALTER TABLE users ALTER COLUMN email DROP NOT NULL"_s,
            u"ALTER TABLE users ALTER COLUMN email SET DEFAULT ''"_s },
        { "SW115", RuleDialects, u"ALTER TABLE users ALTER COLUMN status DROP DEFAULT"_s,
            u"ALTER TABLE users ALTER COLUMN status SET DEFAULT 'new'"_s, {},
            u"ALTER TABLE users ALTER COLUMN status DROP DEFAULT"_s },

        // --- Locks and rewrites
        { "SW201", RuleDialects, u"CREATE INDEX ix_users_email ON users (email)"_s,
            u"CREATE INDEX CONCURRENTLY ix_users_email ON users (email)"_s, {}, {}, true, false },
        { "SW201", RuleDialects, u"CREATE INDEX ON public.\"Users\" USING btree (email)"_s,
            u"CREATE TABLE \"Users\" (email text);\nCREATE INDEX ON public.\"Users\" (email)"_s },
        { "SW202", RuleDialects, u"DROP INDEX ix_users_email"_s,
            u"DROP INDEX CONCURRENTLY ix_users_email"_s, {}, {}, true, false },
        { "SW203", RuleDialects, u"CREATE INDEX CONCURRENTLY ix_users_email ON users (email)"_s,
            u"CREATE INDEX CONCURRENTLY ix_users_email ON users (email)"_s, {}, {}, true, false },
        { "SW203", RuleDialects, u"BEGIN;\nDROP INDEX CONCURRENTLY ix_users_email;\nCOMMIT"_s,
            u"DROP INDEX CONCURRENTLY ix_users_email"_s, {}, {}, false, false },
        { "SW203", RuleDialects, u"ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY"_s,
            u"ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY"_s, {}, {}, true,
            false },
        { "SW204", RuleDialects,
            u"ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id)"_s,
            u"ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES "
            u"users (id) NOT VALID;\n"
            "ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk"_s },
        { "SW204", RuleDialects, u"ALTER TABLE orders ADD CONSTRAINT positive CHECK (total >= 0)"_s,
            u"ALTER TABLE orders ADD CONSTRAINT positive CHECK (total >= 0) NOT VALID"_s },
        { "SW205", RuleDialects, u"ALTER TABLE users ALTER COLUMN email SET NOT NULL"_s,
            u"ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT "
            u"VALID;\n"
            "ALTER TABLE users VALIDATE CONSTRAINT users_email_nn;\n"
            "ALTER TABLE users ALTER COLUMN email SET NOT NULL"_s },
        { "SW206", RuleDialects, u"ALTER TABLE users ALTER COLUMN id TYPE bigint"_s,
            u"ALTER TABLE users ALTER COLUMN name TYPE varchar(400)"_s, {},
            u"ALTER TABLE users ALTER COLUMN name TYPE varchar(200)"_s },
        { "SW207", RuleDialects,
            u"ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid()"_s,
            u"ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now()"_s },
        { "SW207", RuleDialects, u"ALTER TABLE users ADD COLUMN seq bigserial"_s,
            u"ALTER TABLE users ADD COLUMN seq bigint"_s },
        { "SW208", RuleDialects,
            u"ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email)"_s,
            u"CREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON users (email);\n"
            "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx"_s,
            {}, {}, true, false },
        { "SW209", P, u"ALTER TABLE users ADD COLUMN note text"_s,
            u"SET lock_timeout = '2s';\nALTER TABLE users ADD COLUMN note text"_s },
        { "SW209", M, u"ALTER TABLE users ADD COLUMN note text"_s,
            u"SET SESSION lock_wait_timeout = 2;\nALTER TABLE users ADD COLUMN note text"_s },
        { "SW210", RuleDialects, u"ALTER TABLE users CONVERT TO CHARACTER SET utf8mb4"_s,
            u"ALTER TABLE users ADD COLUMN note TEXT, ALGORITHM=INSTANT"_s },
        { "SW210", RuleDialects, u"ALTER TABLE users MODIFY id BIGINT NOT NULL"_s,
            u"ALTER TABLE users MODIFY id BIGINT NOT NULL, ALGORITHM=INPLACE, LOCK=NONE"_s,
            u"ALTER TABLE users MODIFY id INT NOT NULL"_s,
            u"ALTER TABLE users MODIFY id INT NOT NULL"_s },
        { "SW210", RuleDialects, u"ALTER TABLE users MODIFY name VARCHAR(100)"_s,
            u"ALTER TABLE users MODIFY name VARCHAR(200)"_s,
            u"ALTER TABLE users MODIFY name VARCHAR(20)"_s,
            u"ALTER TABLE users MODIFY name VARCHAR(100)"_s },
        { "SW210", RuleDialects, u"ALTER TABLE users ADD PRIMARY KEY (id), ALGORITHM=COPY"_s,
            u"ALTER TABLE users ADD INDEX ix_id (id)"_s },
        { "SW210", RuleDialects,
            u"ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id)"_s,
            u"SET foreign_key_checks = 0;\n"
            "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id)"_s },
        { "SW211", RuleDialects,
            u"ALTER TABLE orders MODIFY status ENUM('new', 'paid', 'shipped', 'cancelled')"_s,
            u"ALTER TABLE orders MODIFY status ENUM('new', 'shipped', 'cancelled', 'refunded')"_s,
            u"ALTER TABLE orders MODIFY status ENUM('new', 'shipped', 'cancelled')"_s,
            u"ALTER TABLE orders MODIFY status ENUM('new', 'shipped', 'cancelled')"_s },
        { "SW212", RuleDialects,
            u"CREATE TABLE users_new (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n"
            "INSERT INTO users_new (id, email) SELECT id, email FROM users;\n"
            "DROP TABLE users;\n"
            "ALTER TABLE users_new RENAME TO users"_s,
            u"ALTER TABLE users ADD COLUMN note TEXT"_s },
        { "SW213", RuleDialects, u"PRAGMA foreign_keys = OFF"_s, u"PRAGMA foreign_keys = OFF"_s, {},
            {}, true, false },
        { "SW214", RuleDialects, u"ALTER TABLE events SET LOGGED"_s,
            u"ALTER TABLE events SET (fillfactor = 70)"_s },
        { "SW214", RuleDialects, u"VACUUM FULL events"_s, u"VACUUM events"_s },
        { "SW215", RuleDialects, u"REINDEX INDEX ix_users_email"_s,
            u"REINDEX INDEX CONCURRENTLY ix_users_email"_s, {}, {}, true, false },
        { "SW215", RuleDialects, u"REFRESH MATERIALIZED VIEW sales_summary"_s,
            u"REFRESH MATERIALIZED VIEW CONCURRENTLY sales_summary"_s },
        { "SW216", RuleDialects,
            u"ALTER DOMAIN positive ADD CONSTRAINT positive_check CHECK (VALUE > 0)"_s,
            u"ALTER DOMAIN positive ADD CONSTRAINT positive_check CHECK (VALUE > 0) NOT VALID"_s },

        // --- Data-dependent
        { "SW301", P | M | G, u"ALTER TABLE users ADD COLUMN tenant_id int NOT NULL"_s,
            u"ALTER TABLE users ADD COLUMN tenant_id int NOT NULL DEFAULT 1"_s },
        { "SW301", L, u"ALTER TABLE users ADD COLUMN tenant_id INTEGER NOT NULL"_s,
            u"ALTER TABLE users ADD COLUMN tenant_id INTEGER NOT NULL DEFAULT 1"_s },
        { "SW302", RuleDialects, u"CREATE UNIQUE INDEX ux_users_email ON users (email)"_s,
            u"CREATE INDEX ix_users_email ON users (email)"_s },
        { "SW302", M, u"ALTER TABLE users ADD UNIQUE INDEX ux_users_email (email)"_s,
            u"ALTER TABLE users ADD INDEX ix_users_email (email)"_s },
        { "SW302", P | G, u"ALTER TABLE users ADD PRIMARY KEY (id)"_s,
            u"CREATE TABLE tags (id int);\nALTER TABLE tags ADD PRIMARY KEY (id)"_s },
        { "SW303", P | G, u"ALTER TABLE users ALTER COLUMN email SET NOT NULL"_s,
            u"UPDATE users SET email = '' WHERE email IS NULL;\nALTER TABLE users ALTER COLUMN email SET NOT NULL"_s },
        { "SW303", M, u"ALTER TABLE users MODIFY email VARCHAR(200) NOT NULL"_s,
            u"UPDATE users SET email = '' WHERE email IS NULL;\nALTER TABLE users MODIFY email VARCHAR(200) NOT NULL"_s,
            u"ALTER TABLE users MODIFY email VARCHAR(200) NULL"_s,
            u"ALTER TABLE users MODIFY email VARCHAR(200) NULL"_s },
        { "SW304", P, u"ALTER TABLE users ALTER COLUMN zip TYPE integer USING zip::integer"_s,
            u"ALTER TABLE users ALTER COLUMN id TYPE bigint"_s, {},
            u"ALTER TABLE users ALTER COLUMN id TYPE integer"_s },
        { "SW304", G, u"ALTER TABLE users ALTER COLUMN zip TYPE integer"_s,
            u"ALTER TABLE users ALTER COLUMN id TYPE bigint"_s, {},
            u"ALTER TABLE users ALTER COLUMN id TYPE integer"_s },
        { "SW304", M, u"ALTER TABLE users MODIFY zip INT"_s,
            u"ALTER TABLE users MODIFY id BIGINT NOT NULL"_s, {},
            u"ALTER TABLE users MODIFY id INT NOT NULL"_s },
        { "SW305", RuleDialects,
            u"ALTER TABLE orders ADD CONSTRAINT ck_amount CHECK (amount > 0)"_s,
            u"CREATE TABLE orders (id int, amount int);\n"
            "ALTER TABLE orders ADD CONSTRAINT ck_amount CHECK (amount > 0)"_s },
        { "SW305", M,
            u"ALTER TABLE orders ADD CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES customers (id)"_s,
            u"SET foreign_key_checks = 0;\n"
            "ALTER TABLE orders ADD CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES customers (id)"_s },

        // --- Hygiene
        { "SW401", RuleDialects,
            u"CREATE TABLE tags (id int);\nALTER TABLE users ADD COLUMN nickname text"_s,
            u"CREATE TABLE tags (id int);\nALTER TABLE users ADD COLUMN nickname text"_s,
            u"DROP TABLE tags"_s, u"ALTER TABLE users DROP COLUMN nickname;\nDROP TABLE tags"_s },
        { "SW402", RuleDialects, u"CREATE TABLE tags (id int)"_s, u"CREATE TABLE tags (id int)"_s,
            {}, u"DROP TABLE tags"_s, true, true, false },
        { "SW403", RuleDialects,
            u"ALTER TABLE users ADD COLUMN tenant_id int NOT NULL;\nALTER TABLE users ADD COLUMN note text"_s,
            u"ALTER TABLE users ADD COLUMN note text;\nALTER TABLE users ADD COLUMN tenant_id int NOT NULL"_s,
            {}, {}, false, false },
        { "SW404", P | L | G, u"BEGIN;\nALTER TABLE users ADD COLUMN note text;\nCOMMIT"_s,
            u"ALTER TABLE users ADD COLUMN note text"_s },
        { "SW404", M, u"START TRANSACTION;\nALTER TABLE users ADD COLUMN note text;\nCOMMIT"_s,
            u"ALTER TABLE users ADD COLUMN note text"_s },
        { "SW404", P | L | G, u"BEGIN;\nALTER TABLE users ADD COLUMN note text"_s,
            u"BEGIN;\nALTER TABLE users ADD COLUMN note text;\nCOMMIT"_s, {}, {}, false, false },
        { "SW405", RuleDialects,
            u"ALTER TABLE orders ADD COLUMN user_id INT REFERENCES users (id)"_s,
            u"ALTER TABLE orders ADD COLUMN user_id INT, ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id)"_s },
        { "SW406", RuleDialects, u"ALTER TYPE mood ADD VALUE 'happy' AFTER 'ok'"_s,
            u"ALTER TYPE mood ADD VALUE 'happy' AFTER 'ok'"_s, {}, {}, true, false },
        { "SW407", RuleDialects, u"CREATE INDEX CONCURRENTLY ix_users_email ON users (email)"_s,
            u"DROP INDEX CONCURRENTLY IF EXISTS ix_users_email;\nCREATE INDEX CONCURRENTLY ix_users_email ON users (email)"_s,
            {}, {}, false, false },
        { "SW408", RuleDialects,
            u"-- stepwise:ignore SW999 typo\nALTER TABLE users ADD COLUMN note text"_s,
            u"ALTER TABLE users ADD COLUMN note text"_s },
        { "SW408", RuleDialects, u"-- stepwise:ignore SW101\nDROP TABLE users"_s,
            u"-- stepwise:ignore SW101 replaced by accounts in 2.0\nDROP TABLE users"_s },
        { "SW408", RuleDialects, u"-- stepwise:ignore SW102 not needed\nDROP TABLE users"_s,
            u"DROP TABLE users -- stepwise:ignore SW101 replaced by accounts"_s },
        { "SW409", RuleDialects,
            u"CREATE INDEX ix_users_on_email_and_tenant_and_created_at_and_deleted_at_and_status ON users (email)"_s,
            u"CREATE INDEX ix_users_email_tenant ON users (email)"_s },
        // 59 characters, 64 bytes: PostgreSQL counts bytes.
        { "SW409", P,
            u"ALTER TABLE users ADD CONSTRAINT \"users_email_unique_per_tenant_café_crème_déjà_vu_à_la_carte\" UNIQUE (email)"_s,
            u"ALTER TABLE users ADD CONSTRAINT users_email_per_tenant UNIQUE (email)"_s },
    };
}

QList<SqlStatement> split(const QString &text, SqlSyntax dialect, int firstLine)
{
    const Result<SqlScript> script = SqlScript::split(text, dialect, u"t.sql"_s, firstLine);
    if (!script.ok())
        qFatal("cannot split: %s", qPrintable(script.error().toString()));
    return script->statements();
}

// The up section starts on line 2 (after its marker), the down section on line 101.
constexpr int upLine = 2;
constexpr int downLine = 101;

LintInput input(SqlSyntax dialect, const QString &up, const QString &down,
    bool transactional = true, bool downPresent = true)
{
    LintInput in;
    in.dialect = dialect;
    in.file = u"versions/t.sql"_s;
    in.up.statements = split(up, dialect, upLine);
    in.up.transactional = transactional;
    in.down.statements = split(down, dialect, downLine);
    in.down.transactional = transactional;
    in.down.present = downPresent;
    return in;
}

QList<LintFinding> withCode(const QList<LintFinding> &findings, const QString &code)
{
    QList<LintFinding> result;
    for (const LintFinding &f : findings) {
        if (f.code == code)
            result << f;
    }
    return result;
}

QString describeAll(const QList<LintFinding> &findings)
{
    QStringList lines;
    for (const LintFinding &f : findings)
        lines << f.toString();
    return lines.join(u'\n');
}

// The section text with `comment` on its own line before statement `index`.
QString withCommentBefore(
    const QString &text, SqlSyntax dialect, int firstLine, int index, const QString &comment)
{
    const QList<SqlStatement> statements = split(text, dialect, firstLine);
    QString result = text;
    result.insert(statements.at(index).offset, comment + u'\n');
    return result;
}

} // namespace

class tst_Lint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registry();
    void everyRuleHasRows();
    void rules_data();
    void rules();
    void suppressions_data();
    void suppressions();
    void positions();
    void downUndo_data();
    void downUndo();
    void lockTimeoutFromSession();
    void newTablesAreExempt();
    void findingText();
    void targets_data();
    void targets();
};

void tst_Lint::registry()
{
    QSet<QString> codes;
    QSet<QString> names;
    for (const LintRule &rule : lintRules()) {
        const QString code = QString::fromLatin1(rule.code);
        QVERIFY2(QRegularExpression(u"^SW[1-4][0-9][0-9]$"_s).match(code).hasMatch(), rule.code);
        QVERIFY2(!codes.contains(code), rule.code);
        codes.insert(code);
        const QString name = QString::fromLatin1(rule.name);
        QVERIFY2(
            QRegularExpression(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s).match(name).hasMatch(), rule.name);
        QVERIFY2(!names.contains(name), rule.name);
        names.insert(name);
        // The hundreds digit is the category.
        QCOMPARE(int(rule.category), code.mid(2, 1).toInt() - 1);
        QVERIFY(!rule.translatedTitle().isEmpty());
        QVERIFY(rule.translatedExplanation().size() > 40);
        QVERIFY(!rule.translatedSafeAlternative().isEmpty());
        QVERIFY(rule.dialects != 0);
        QVERIFY2(rule.check || rule.finish || code == u"SW408"_s, rule.code);
        QCOMPARE(findLintRule(code.toLower()), &rule);
    }
    QVERIFY(!findLintRule(u"SW999"));
    QCOMPARE(lintSeverityName(LintSeverity::Error), u"error"_s);
}

void tst_Lint::everyRuleHasRows()
{
    QSet<QString> covered;
    for (const Case &c : cases()) {
        const LintRule *rule = findLintRule(QString::fromLatin1(c.code));
        QVERIFY2(rule, c.code);
        const quint8 dialects = c.dialects == RuleDialects ? rule->dialects : c.dialects;
        QVERIFY2((dialects & ~rule->dialects) == 0,
            qPrintable(u"%1: a row for a dialect the rule does not apply to"_s.arg(
                QString::fromLatin1(c.code))));
        for (SqlSyntax d : allDialects) {
            if (dialects & (1u << unsigned(d)))
                covered.insert(QString::fromLatin1(c.code) + u'/' + sqlSyntaxName(d));
        }
    }
    for (const LintRule &rule : lintRules()) {
        for (SqlSyntax d : allDialects) {
            const QString key = QString::fromLatin1(rule.code) + u'/' + sqlSyntaxName(d);
            if (rule.appliesTo(d))
                QVERIFY2(covered.contains(key), qPrintable(u"no test row for "_s + key));
        }
    }
}

void tst_Lint::rules_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("up");
    QTest::addColumn<QString>("safeUp");
    QTest::addColumn<QString>("down");
    QTest::addColumn<QString>("safeDown");
    QTest::addColumn<bool>("transactional");
    QTest::addColumn<bool>("safeTransactional");
    QTest::addColumn<bool>("downPresent");
    QHash<QString, int> seen;
    for (const Case &c : cases()) {
        const LintRule *rule = findLintRule(QString::fromLatin1(c.code));
        const quint8 dialects = c.dialects == RuleDialects ? rule->dialects : c.dialects;
        for (SqlSyntax d : allDialects) {
            if (!(dialects & (1u << unsigned(d))))
                continue;
            QString name = u"%1 %2 %3"_s.arg(
                QString::fromLatin1(c.code), QString::fromLatin1(rule->name), sqlSyntaxName(d));
            if (const int n = seen[name]++; n > 0)
                name += u" #"_s + QString::number(n + 1);
            QTest::newRow(qPrintable(name))
                << QString::fromLatin1(c.code) << int(d) << c.up << c.safeUp << c.down << c.safeDown
                << c.transactional << c.safeTransactional << c.downPresent;
        }
    }
}

void tst_Lint::rules()
{
    QFETCH(QString, code);
    QFETCH(int, dialect);
    QFETCH(QString, up);
    QFETCH(QString, safeUp);
    QFETCH(QString, down);
    QFETCH(QString, safeDown);
    QFETCH(bool, transactional);
    QFETCH(bool, safeTransactional);
    QFETCH(bool, downPresent);
    const SqlSyntax d = SqlSyntax(dialect);
    const LintRule *rule = findLintRule(code);

    // The trigger.
    const QList<LintFinding> all = lintRevision(input(d, up, down, transactional, downPresent));
    const QList<LintFinding> found = withCode(all, code);
    QVERIFY2(!found.isEmpty(), qPrintable(u"no %1 in:\n"_s.arg(code) + describeAll(all)));
    const LintFinding &first = found.first();
    QVERIFY2(!first.suppressed, qPrintable(first.toString()));
    QCOMPARE(first.severity, rule->severity);
    QVERIFY(!first.message.isEmpty());
    QCOMPARE(first.explanation, rule->translatedExplanation());
    QCOMPARE(first.safeAlternative, rule->translatedSafeAlternative());
    QCOMPARE(first.file, u"versions/t.sql"_s);
    QVERIFY2(first.line >= (first.section == LintFinding::Section::Up ? upLine : downLine),
        qPrintable(first.toString()));
    QVERIFY(first.column >= 1);
    QVERIFY(first.endLine > first.line || first.endColumn > first.column);

    // The safe variant.
    const QList<LintFinding> safe =
        lintRevision(input(d, safeUp, safeDown, safeTransactional, true));
    // The down section only gives context (the old types): a safe up section may still
    // leave a down section that triggers the rule when it runs, and the other way round.
    for (const LintFinding &f : withCode(safe, code))
        QVERIFY2(f.section != first.section, qPrintable(describeAll(safe)));

    // The trigger with the suppression comment on the statement.
    const bool inUp = first.section == LintFinding::Section::Up;
    const QString comment = u"-- stepwise:ignore "_s + code + u" test reason"_s;
    const QString suppressedUp =
        inUp ? withCommentBefore(up, d, upLine, first.statement, comment) : up;
    const QString suppressedDown =
        inUp ? down : withCommentBefore(down, d, downLine, first.statement, comment);
    const QList<LintFinding> after =
        lintRevision(input(d, suppressedUp, suppressedDown, transactional, downPresent));
    bool marked = false;
    for (const LintFinding &f : withCode(after, code)) {
        if (f.section == first.section && f.statement == first.statement) {
            QVERIFY2(f.suppressed, qPrintable(f.toString()));
            QCOMPARE(f.suppressionReason, u"test reason"_s);
            marked = true;
        }
    }
    QVERIFY2(marked, qPrintable(describeAll(after)));
    for (const LintFinding &f : withCode(after, u"SW408"_s))
        QVERIFY2(f.suppressed, qPrintable(f.toString()));

    // Elsewhere the rule stays silent.
    for (SqlSyntax other : allDialects) {
        if (rule->appliesTo(other))
            continue;
        const Result<SqlScript> script = SqlScript::split(up, other);
        if (!script.ok())
            continue; // e.g. a PostgreSQL dollar quote is not SQLite
        const QList<LintFinding> there =
            lintRevision(input(other, up, down, transactional, downPresent));
        QVERIFY2(withCode(there, code).isEmpty(), qPrintable(describeAll(there)));
    }
}

void tst_Lint::suppressions_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("up");
    QTest::addColumn<bool>("withText"); // the section text is passed (trailing comments)
    QTest::addColumn<QStringList>("expected"); // code@statement[ suppressed(reason)]
    const int pg = int(SqlSyntax::PostgreSQL);
    const int my = int(SqlSyntax::MySQL);

    QTest::newRow("end of the line applies to the statement before")
        << pg << u"DROP TABLE a; -- stepwise:ignore SW101 gone\nDROP TABLE b"_s << false
        << QStringList { u"SW101@0 suppressed(gone)"_s, u"SW101@1"_s };
    QTest::newRow("end of the last statement's line needs the section text")
        << pg << u"DROP TABLE a; -- stepwise:ignore SW101 gone\n"_s << true
        << QStringList { u"SW101@0 suppressed(gone)"_s };
    QTest::newRow("after the last statement applies to nothing")
        << pg << u"DROP TABLE a;\n-- stepwise:ignore SW101 gone\n"_s << true
        << QStringList { u"SW101@0"_s, u"SW408@0"_s };
    QTest::newRow("inside the statement")
        << pg << u"DROP TABLE a -- stepwise:ignore SW101 gone\n  CASCADE"_s << false
        << QStringList { u"SW101@0 suppressed(gone)"_s };
    QTest::newRow("block comment, reason over two lines")
        << pg << u"/* stepwise:ignore SW101 legacy\n   table */ DROP TABLE a"_s << false
        << QStringList { u"SW101@0 suppressed(legacy table)"_s };
    QTest::newRow("several codes")
        << pg << u"-- stepwise:ignore SW201, SW209 forty rows\nCREATE INDEX ix ON t (c)"_s << false
        << QStringList { u"SW201@0 suppressed(forty rows)"_s, u"SW209@0 suppressed(forty rows)"_s };
    QTest::newRow("MySQL # comment, lower-case code")
        << my << u"# stepwise:ignore sw101 gone\nDROP TABLE a"_s << false
        << QStringList { u"SW101@0 suppressed(gone)"_s };
    QTest::newRow("in a string it is text")
        << pg << u"INSERT INTO notes VALUES ('-- stepwise:ignore SW101 nope');\nDROP TABLE a"_s
        << false << QStringList { u"SW101@1"_s };
    QTest::newRow("no reason: suppresses, and says so")
        << pg << u"-- stepwise:ignore SW101\nDROP TABLE a"_s << false
        << QStringList { u"SW408@0"_s, u"SW101@0 suppressed()"_s }; // in line order
    QTest::newRow("unknown code and unused code")
        << pg << u"-- stepwise:ignore SW999, SW102 typo\nDROP TABLE a"_s << false
        << QStringList { u"SW408@0"_s, u"SW408@0"_s, u"SW101@0"_s };
    QTest::newRow("a reason that starts like a word")
        << pg << u"-- stepwise:ignore SW101 v2 replaced it\nDROP TABLE a"_s << false
        << QStringList { u"SW101@0 suppressed(v2 replaced it)"_s };
    QTest::newRow("SW408 suppressed in turn")
        << pg
        << u"-- stepwise:ignore SW408 kept for history\n-- stepwise:ignore SW102 old note\nDROP TABLE a"_s
        << false << QStringList { u"SW408@0 suppressed(kept for history)"_s, u"SW101@0"_s };
}

void tst_Lint::suppressions()
{
    QFETCH(int, dialect);
    QFETCH(QString, up);
    QFETCH(bool, withText);
    QFETCH(QStringList, expected);
    LintInput in = input(SqlSyntax(dialect), up, u"SELECT 1"_s);
    if (withText)
        in.up.text = up;
    QStringList actual;
    QSet<QString> codes { u"SW408"_s };
    for (const QString &e : expected)
        codes.insert(e.left(5));
    for (const LintFinding &f : lintRevision(in)) {
        if (!codes.contains(f.code))
            continue;
        QString line = u"%1@%2"_s.arg(f.code).arg(f.statement);
        if (f.suppressed)
            line += u" suppressed("_s + f.suppressionReason + u")"_s;
        actual << line;
    }
    QCOMPARE(actual, expected);
}

void tst_Lint::positions()
{
    const SqlSyntax pg = SqlSyntax::PostgreSQL;
    // The finding points at the action, not at the statement.
    QList<LintFinding> f = withCode(
        lintRevision(input(
            pg, u"-- lead\nALTER TABLE users\n    ADD COLUMN a int,\n    DROP COLUMN email"_s, {})),
        u"SW102"_s);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].statement, 0);
    QCOMPARE(f[0].line, upLine + 3);
    QCOMPARE(f[0].column, 5);
    QCOMPARE(f[0].endLine, upLine + 3);
    QCOMPARE(f[0].endColumn, 5 + int(qstrlen("DROP COLUMN email")));
    QCOMPARE(f[0].objects, QStringList { u"users.email"_s });
    // Past the statement's leading comments; a statement that starts in mid-line.
    f = withCode(
        lintRevision(input(pg, u"SELECT 1; -- c\nDROP TABLE users; DROP TABLE \"Orders\""_s, {})),
        u"SW101"_s);
    QCOMPARE(f.size(), 2);
    QCOMPARE(f[0].line, upLine + 1);
    QCOMPARE(f[0].column, 1);
    QCOMPARE(f[0].endColumn, 17);
    QCOMPARE(f[1].statement, 2);
    QCOMPARE(f[1].line, upLine + 1);
    QCOMPARE(f[1].column, 19);
    QCOMPARE(f[1].objects, QStringList { u"\"Orders\""_s });
    // Down section findings carry the down section's lines.
    f = withCode(lintRevision(input(pg, u"SELECT 1"_s, u"\n\nDROP TABLE legacy"_s)), u"SW101"_s);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].section, LintFinding::Section::Down);
    QCOMPARE(f[0].line, downLine + 2);
}

void tst_Lint::downUndo_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("up");
    QTest::addColumn<QString>("down");
    QTest::addColumn<QStringList>("notUndone"); // SW401's objects
    const int pg = int(SqlSyntax::PostgreSQL);
    const int my = int(SqlSyntax::MySQL);
    const int lite = int(SqlSyntax::SQLite);
    QTest::newRow("create / drop")
        << pg << u"CREATE TABLE tags (id int)"_s << u"DROP TABLE tags"_s << QStringList();
    QTest::newRow("create / nothing")
        << pg << u"CREATE TABLE tags (id int)"_s << u"SELECT 1"_s << QStringList { u"tags"_s };
    QTest::newRow("quoted and qualified names match")
        << pg << u"CREATE TABLE public.\"Tags\" (id int)"_s << u"DROP TABLE \"Tags\""_s
        << QStringList();
    QTest::newRow("quoted names differ from unquoted (PostgreSQL)")
        << pg << u"CREATE TABLE \"Tags\" (id int)"_s << u"DROP TABLE tags"_s
        << QStringList { u"\"Tags\""_s };
    QTest::newRow("add column / drop its table")
        << pg << u"ALTER TABLE users ADD COLUMN a int"_s << u"DROP TABLE users"_s << QStringList();
    QTest::newRow("add column / drop column")
        << pg << u"ALTER TABLE users ADD COLUMN a int"_s << u"ALTER TABLE users DROP COLUMN a"_s
        << QStringList();
    QTest::newRow("add column / nothing") << lite << u"ALTER TABLE users ADD COLUMN a int"_s
                                          << u"SELECT 1"_s << QStringList { u"users.a"_s };
    QTest::newRow("rename / rename back")
        << pg << u"ALTER TABLE a RENAME TO b"_s << u"ALTER TABLE b RENAME TO a"_s << QStringList();
    QTest::newRow("rename / elsewhere") << pg << u"ALTER TABLE a RENAME TO b"_s
                                        << u"ALTER TABLE b RENAME TO c"_s << QStringList { u"a"_s };
    QTest::newRow("MySQL rename table / back")
        << my << u"RENAME TABLE a TO b"_s << u"RENAME TABLE b TO a"_s << QStringList();
    QTest::newRow("drop column / add it again")
        << pg << u"ALTER TABLE users DROP COLUMN legacy"_s
        << u"ALTER TABLE users ADD COLUMN legacy text"_s << QStringList();
    QTest::newRow("drop column / nothing") << pg << u"ALTER TABLE users DROP COLUMN legacy"_s
                                           << u"SELECT 1"_s << QStringList { u"users.legacy"_s };
    QTest::newRow("MySQL index / drop index on")
        << my << u"ALTER TABLE users ADD INDEX ix_email (email)"_s
        << u"DROP INDEX ix_email ON users"_s << QStringList();
    QTest::newRow("MySQL unique index / alter drop index")
        << my << u"ALTER TABLE users ADD UNIQUE INDEX ux (email)"_s
        << u"ALTER TABLE users DROP INDEX ux"_s << QStringList();
    QTest::newRow("view replaced / replaced back")
        << pg << u"CREATE OR REPLACE VIEW v AS SELECT 2"_s
        << u"CREATE OR REPLACE VIEW v AS SELECT 1"_s << QStringList();
    QTest::newRow("type change / back")
        << pg << u"ALTER TABLE users ALTER COLUMN name TYPE text"_s
        << u"ALTER TABLE users ALTER COLUMN name TYPE varchar(20)"_s << QStringList();
    QTest::newRow("type change / nothing")
        << pg << u"ALTER TABLE users ALTER COLUMN name TYPE text"_s << u"SELECT 1"_s
        << QStringList { u"users.name"_s };
    QTest::newRow("set not null / drop not null")
        << pg << u"ALTER TABLE users ALTER COLUMN a SET NOT NULL"_s
        << u"ALTER TABLE users ALTER COLUMN a DROP NOT NULL"_s << QStringList();
    QTest::newRow("scratch table made and dropped")
        << pg
        << u"CREATE TABLE scratch (id int);\nINSERT INTO scratch SELECT id FROM users;\nDROP TABLE scratch"_s
        << u"SELECT 1"_s << QStringList();
    QTest::newRow("index on a new table goes with it")
        << pg << u"CREATE TABLE tags (id int);\nCREATE INDEX ix_tags ON tags (id)"_s
        << u"DROP TABLE tags"_s << QStringList();
    QTest::newRow("MySQL change / change back")
        << my << u"ALTER TABLE t CHANGE a b INT"_s << u"ALTER TABLE t CHANGE b a INT"_s
        << QStringList();
    QTest::newRow("named constraint / dropped")
        << pg << u"ALTER TABLE o ADD CONSTRAINT fk FOREIGN KEY (u) REFERENCES users (id)"_s
        << u"ALTER TABLE o DROP CONSTRAINT fk"_s << QStringList();
    QTest::newRow("dropped table / created again")
        << pg << u"DROP TABLE legacy"_s << u"CREATE TABLE legacy (id int)"_s << QStringList();
    QTest::newRow("index / not dropped")
        << pg << u"CREATE INDEX ix ON users (email)"_s << u"SELECT 1"_s << QStringList { u"ix"_s };
    // SQLite's rebuild (autogenerate writes it): a new table takes the old one's place.
    const QString rebuild = u"CREATE TABLE _new_t (id int, b int);\nINSERT INTO _new_t (id) SELECT id FROM t;\n"
                            "DROP TABLE t;\nALTER TABLE _new_t RENAME TO t"_s;
    QTest::newRow("rebuild / rebuild back") << lite << rebuild << rebuild << QStringList();
    QTest::newRow("rebuild / drop the table") << lite << rebuild << u"DROP TABLE t"_s << QStringList();
    QTest::newRow("rebuild / nothing") << lite << rebuild << u"SELECT 1"_s
                                       << QStringList { u"_new_t"_s, u"t"_s };
    QTest::newRow("new table renamed / dropped under its new name")
        << lite << u"CREATE TABLE a (id int);\nALTER TABLE a RENAME TO b"_s << u"DROP TABLE b"_s
        << QStringList();
}

void tst_Lint::downUndo()
{
    QFETCH(int, dialect);
    QFETCH(QString, up);
    QFETCH(QString, down);
    QFETCH(QStringList, notUndone);
    QStringList actual;
    for (const LintFinding &f :
        withCode(lintRevision(input(SqlSyntax(dialect), up, down)), u"SW401"_s))
        actual << f.objects;
    QCOMPARE(actual, notUndone);
}

void tst_Lint::lockTimeoutFromSession()
{
    const auto count = [](std::chrono::milliseconds session, const QString &up) {
        LintInput in = input(SqlSyntax::PostgreSQL, up, {});
        in.sessionLockTimeout = session;
        return withCode(lintRevision(in), u"SW209"_s).size();
    };
    const QString twoChanges = u"ALTER TABLE a ADD COLUMN x int;\nALTER TABLE b ADD COLUMN y int"_s;
    QCOMPARE(count(0ms, twoChanges), 1); // once per section
    QCOMPARE(count(30s, twoChanges), 1); // the engine's default is too long to be safe
    QCOMPARE(count(2s, twoChanges), 0);
    QCOMPARE(count(0ms, u"SET lock_timeout = 0;\n"_s + twoChanges), 1); // 0 turns it off
    QCOMPARE(count(0ms, u"SET lock_timeout = '3s';\n"_s + twoChanges), 0);
    QCOMPARE(count(0ms, u"SELECT 1;\nUPDATE a SET x = 1"_s), 0); // nothing locks a table long
}

void tst_Lint::newTablesAreExempt()
{
    // A table created in the same section is empty and unseen: no lock or data rule applies.
    for (SqlSyntax d : allDialects) {
        const QString up = u"CREATE TABLE t (id int);\nCREATE INDEX ix ON t (id);\n"
                           "ALTER TABLE t ADD COLUMN c int NOT NULL;\n"
                           "ALTER TABLE t ADD CONSTRAINT u UNIQUE (c);\n"
                           "CREATE UNIQUE INDEX ux ON t (c);\nALTER TABLE t RENAME COLUMN c TO d;\n"
                           "ALTER TABLE t DROP COLUMN d;\nDROP INDEX ix"_s;
        for (const LintFinding &f : lintRevision(input(d, up, u"DROP TABLE t"_s))) {
            if (f.section == LintFinding::Section::Up) // by then t exists: SW209 there
                QVERIFY2(f.code.startsWith(u"SW4"_s), qPrintable(f.toString()));
        }
    }
}

void tst_Lint::findingText()
{
    const QList<LintFinding> f =
        withCode(lintRevision(input(SqlSyntax::SQLite,
                     u"-- stepwise:ignore SW101 moved to archive\nDROP TABLE users"_s, {})),
            u"SW101"_s);
    QCOMPARE(f.size(), 1);
    QCOMPARE(f[0].toString(),
        u"versions/t.sql:3:1: error SW101: DROP TABLE users deletes the table and all its rows "
        "[suppressed: moved to archive]"_s);
    // Measured on a connection (core/engine/lintlive.h): the live summary in parentheses.
    LintFinding measured = f[0];
    measured.live.rows = 48;
    measured.live.summary = u"users: 48 rows, 16 KB"_s;
    QCOMPARE(measured.toString(),
        u"versions/t.sql:3:1: error SW101: DROP TABLE users deletes the table and all its rows "
        "(users: 48 rows, 16 KB) [suppressed: moved to archive]"_s);
}

void tst_Lint::targets_data()
{
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("up");
    QTest::addColumn<QString>("code");
    QTest::addColumn<LintTarget>("expected");

    using K = LintTarget::Kind;
    const auto target = [](K kind, const QString &schema, const QString &table,
                            const QStringList &columns = {}) {
        LintTarget t;
        t.kind = kind;
        t.schema = schema;
        t.table = table;
        t.columns = columns;
        return t;
    };
    const int pg = int(SqlSyntax::PostgreSQL);
    const int my = int(SqlSyntax::MySQL);
    const int lite = int(SqlSyntax::SQLite);

    // PostgreSQL folds unquoted names to lower case and keeps quoted ones.
    QTest::newRow("SW101 folded") << pg << u"DROP TABLE Billing.Orders"_s << u"SW101"_s
                                  << target(K::TableSize, u"billing"_s, u"orders"_s);
    QTest::newRow("SW101 quoted") << pg << u"DROP TABLE \"Billing\".\"Orders\""_s << u"SW101"_s
                                  << target(K::TableSize, u"Billing"_s, u"Orders"_s);
    QTest::newRow("SW101 mysql keeps case")
        << my << u"DROP TABLE `Shop`.Orders"_s << u"SW101"_s
        << target(K::TableSize, u"Shop"_s, u"Orders"_s);
    QTest::newRow("SW201") << pg << u"CREATE INDEX ix ON orders (created_at)"_s << u"SW201"_s
                           << target(K::TableSize, {}, u"orders"_s);
    QTest::newRow("SW301 pg") << pg << u"ALTER TABLE users ADD COLUMN t int NOT NULL"_s
                              << u"SW301"_s << target(K::RowsPresent, {}, u"users"_s);
    QTest::newRow("SW301 sqlite") << lite << u"ALTER TABLE users ADD COLUMN t INTEGER NOT NULL"_s
                                  << u"SW301"_s << target(K::RowsPresent, {}, u"users"_s);
    QTest::newRow("SW302 index")
        << pg << u"CREATE UNIQUE INDEX ux ON public.users (Email, tenant_id DESC)"_s << u"SW302"_s
        << target(K::DuplicatesIn, u"public"_s, u"users"_s, { u"email"_s, u"tenant_id"_s });
    QTest::newRow("SW302 expression index")
        << pg << u"CREATE UNIQUE INDEX ux ON users (lower(email))"_s << u"SW302"_s
        << target(K::TableSize, {}, u"users"_s);
    QTest::newRow("SW302 partial index")
        << pg << u"CREATE UNIQUE INDEX ux ON users (email) WHERE deleted_at IS NULL"_s << u"SW302"_s
        << target(K::TableSize, {}, u"users"_s);
    QTest::newRow("SW302 mysql unique index")
        << my << u"ALTER TABLE users ADD UNIQUE INDEX ux_email (email)"_s << u"SW302"_s
        << target(K::DuplicatesIn, {}, u"users"_s, { u"email"_s });
    QTest::newRow("SW302 mysql prefix") << my << u"ALTER TABLE users ADD UNIQUE (email(10))"_s
                                        << u"SW302"_s << target(K::TableSize, {}, u"users"_s);
    LintTarget primary = target(K::DuplicatesIn, {}, u"users"_s, { u"id"_s });
    primary.nullsViolate = true;
    QTest::newRow("SW302 primary key")
        << pg << u"ALTER TABLE users ADD CONSTRAINT users_pk PRIMARY KEY (id)"_s << u"SW302"_s
        << primary;
    QTest::newRow("SW303") << pg << u"ALTER TABLE users ALTER COLUMN \"E-mail\" SET NOT NULL"_s
                           << u"SW303"_s
                           << target(K::NullsIn, {}, u"users"_s, { u"E-mail"_s });
    LintTarget check = target(K::FailsCheck, {}, u"orders"_s);
    check.checkExpression = u"amount > 0 AND note <> ''"_s;
    QTest::newRow("SW204 check")
        << pg << u"ALTER TABLE orders ADD CONSTRAINT ck CHECK ( amount > 0 AND note <> '' )"_s
        << u"SW204"_s << check;
    QTest::newRow("SW305 check")
        << my << u"ALTER TABLE orders ADD CONSTRAINT ck CHECK (amount > 0 AND note <> '')"_s
        << u"SW305"_s << check;
    LintTarget foreignKey = target(K::FailsForeignKey, {}, u"orders"_s, { u"customer_id"_s });
    foreignKey.refSchema = u"crm"_s;
    foreignKey.refTable = u"customers"_s;
    foreignKey.refColumns = QStringList { u"id"_s };
    QTest::newRow("SW204 foreign key")
        << pg
        << u"ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES crm.customers (id)"_s
        << u"SW204"_s << foreignKey;
    QTest::newRow("SW305 foreign key")
        << my
        << u"ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES crm.customers (id)"_s
        << u"SW305"_s << foreignKey;
    foreignKey.refColumns.clear();
    QTest::newRow("SW204 foreign key to the primary key")
        << pg << u"ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES crm.customers"_s
        << u"SW204"_s << foreignKey;
    QTest::newRow("SW105 view") << pg << u"DROP VIEW v"_s << u"SW105"_s << LintTarget();
}

void tst_Lint::targets()
{
    QFETCH(int, dialect);
    QFETCH(QString, up);
    QFETCH(QString, code);
    QFETCH(LintTarget, expected);
    const QList<LintFinding> found =
        withCode(lintRevision(input(SqlSyntax(dialect), up, {})), code);
    QCOMPARE(found.size(), 1);
    const LintTarget &t = found.first().target;
    QCOMPARE(int(t.kind), int(expected.kind));
    QCOMPARE(t.schema, expected.schema);
    QCOMPARE(t.table, expected.table);
    QCOMPARE(t.columns, expected.columns);
    QCOMPARE(t.checkExpression, expected.checkExpression);
    QCOMPARE(t.refSchema, expected.refSchema);
    QCOMPARE(t.refTable, expected.refTable);
    QCOMPARE(t.refColumns, expected.refColumns);
    QCOMPARE(t.nullsViolate, expected.nullsViolate);
    QCOMPARE(t, expected);
}

QTEST_GUILESS_MAIN(tst_Lint)
#include "tst_lint.moc"
