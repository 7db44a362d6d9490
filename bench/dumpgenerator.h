#pragma once
// The S6 dump shape shared by the benchmarks (bench_splitter, bench_lint), and the hand-written
// migration of bench_lint and bench_editorlint: deterministic, so the same arguments give the
// same bytes.
#include "core/sql/sqlsyntax.h"

#include <QByteArray>
#include <QString>

namespace Stepwise::Bench {

using Stepwise::Core::SqlSyntax;

// Deterministic dump generator: what pg_dump, mysqldump and sqlite3 .dump produce, roughly —
// mostly INSERTs of a few hundred bytes, with the constructs each splitter must respect
// (quotes holding ';', doubled and escaped quotes, comments, bodies with ';'); one string value
// in ten holds non-ASCII text.
class DumpGenerator
{
public:
    explicit DumpGenerator(SqlSyntax dialect)
        : m_dialect(dialect)
    {
    }

    virtual ~DumpGenerator() = default;

    void appendBlock(QByteArray &out)
    {
        ++m_block;
        if (m_block % 400 == 1)
            appendTable(out);
        else if (m_block % 997 == 0)
            appendBody(out);
        else if (!appendOther(out))
            appendInsert(out);
    }

protected:
    // A block of a derived shape instead of an INSERT (bench_lint's schema changes); false
    // keeps the INSERT.
    virtual bool appendOther(QByteArray &out)
    {
        Q_UNUSED(out);
        return false;
    }
    qint64 block() const { return m_block; }
    SqlSyntax dialect() const { return m_dialect; }
    quint32 random()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }

    QByteArray name(const char *base) const
    {
        const QByteArray n = QByteArray(base) + QByteArray::number(m_block / 400);
        switch (m_dialect) {
        case SqlSyntax::MySQL:
            return '`' + n + '`';
        case SqlSyntax::SQLite:
            return '[' + n + ']';
        default:
            return '"' + n + '"';
        }
    }

private:
    void appendTable(QByteArray &out)
    {
        out += "\n--\n-- Table structure for " + name("items") + "\n--\n\n";
        out += "CREATE TABLE " + name("items")
            + " (\n  id INTEGER NOT NULL PRIMARY KEY,\n"
              "  label VARCHAR(200) NOT NULL, /* may hold ';' */\n  price NUMERIC(12,2),\n"
              "  note TEXT\n);\n";
        out += "CREATE INDEX " + name("ix_items") + " ON " + name("items") + " (label);\n\n";
    }

    void appendString(QByteArray &out)
    {
        static const char *const words[] = { "alpha", "beta;", "it''s", "semi;colon", "gamma",
            "delta", "--not a comment", "/* nor this */", "plain", "value" };
        const bool escapes = m_dialect == SqlSyntax::MySQL
            || (m_dialect == SqlSyntax::PostgreSQL && random() % 8 == 0);
        if (escapes && m_dialect == SqlSyntax::PostgreSQL)
            out += 'E';
        out += '\'';
        const int n = 2 + int(random() % 6);
        for (int i = 0; i < n; ++i) {
            out += words[random() % 10];
            out += ' ';
        }
        if (random() % 10 == 0)
            out += random() % 2 ? "héllo wörld " : "日本語 ";
        if (escapes)
            out += "back\\'slash\\\\";
        out += '\'';
    }

    void appendInsert(QByteArray &out)
    {
        if (random() % 16 == 0)
            out += "-- batch " + QByteArray::number(m_block) + "; continued\n";
        out += "INSERT INTO " + name("items") + " (id, label, price, note) VALUES\n";
        const int rows = 1 + int(random() % 4);
        for (int r = 0; r < rows; ++r) {
            out += "  (" + QByteArray::number(++m_id) + ", ";
            appendString(out);
            out += ", " + QByteArray::number(random() % 100000) + '.'
                + QByteArray::number(random() % 100) + ", ";
            if (random() % 3 == 0)
                out += "NULL";
            else
                appendString(out);
            out += r + 1 < rows ? "),\n" : ");\n";
        }
    }

    void appendBody(QByteArray &out)
    {
        const QByteArray n = QByteArray::number(m_block);
        switch (m_dialect) {
        case SqlSyntax::PostgreSQL:
            out += "CREATE FUNCTION touch_" + n
                + "() RETURNS trigger AS $body$\nBEGIN\n"
                  "  NEW.note := NEW.note || ';touched $$';\n  RETURN NEW;\nEND;\n"
                  "$body$ LANGUAGE plpgsql;\n";
            break;
        case SqlSyntax::MySQL:
            out += "DELIMITER ;;\nCREATE TRIGGER touch_" + n + " BEFORE INSERT ON " + name("items")
                + " FOR EACH ROW BEGIN\n  SET NEW.note = CONCAT(NEW.note, ';');\n"
                  "  SET NEW.price = NEW.price + 1;\nEND ;;\nDELIMITER ;\n";
            break;
        case SqlSyntax::SQLite:
            out += "CREATE TRIGGER touch_" + n + " AFTER INSERT ON " + name("items")
                + " BEGIN\n  UPDATE " + name("items")
                + " SET note = note || ';'"
                  " WHERE id = NEW.id;\n  SELECT CASE WHEN 1 THEN 2 END;\nEND;\n";
            break;
        case SqlSyntax::Generic:
            out += "CREATE VIEW v_" + n + " AS SELECT id, ';' AS sep FROM " + name("items") + ";\n";
            break;
        }
    }

    SqlSyntax m_dialect;
    quint64 m_state = 0x5eed;
    qint64 m_block = 0;
    qint64 m_id = 0;
};

// `bytes` of the shape, whole blocks.
template<typename Generator = DumpGenerator>
QByteArray generateDump(SqlSyntax dialect, qint64 bytes)
{
    QByteArray out;
    out.reserve(bytes + (1 << 16));
    Generator generator(dialect);
    while (out.size() < bytes)
        generator.appendBlock(out);
    return out;
}

// Statement `i` of a hand-written-looking migration: schema changes, backfills, comments,
// suppressions — what the editor holds, DDL on every few lines (the rules' worst case). Eight
// shapes in turn, spelled for `dialect`.
inline QString migrationStatement(int i, SqlSyntax dialect)
{
    static const char *const templates[] = {
        "-- %1: add the column clients will read\nALTER TABLE orders_%1 ADD COLUMN note_%1 text;",
        "CREATE INDEX ix_orders_%1 ON orders_%1 (customer_id, created_at);",
        "UPDATE orders_%1 SET note_%1 = 'none'\n  WHERE note_%1 IS NULL;",
        "ALTER TABLE orders_%1\n  ADD CONSTRAINT ck_%1 CHECK (total >= 0),\n  ALTER COLUMN status "
        "SET NOT NULL;",
        "-- stepwise:ignore SW101 replaced by orders_archive\nDROP TABLE legacy_%1;",
        "ALTER TABLE orders_%1 ALTER COLUMN code TYPE varchar(40);",
        "INSERT INTO settings (key, value) VALUES ('k%1', 'v; with a semicolon');",
        "CREATE TABLE audit_%1 (\n  id bigint PRIMARY KEY,\n  at timestamp NOT NULL DEFAULT "
        "now(),\n  what text\n);",
    };
    QString s = QString::fromUtf8(templates[i % 8]).arg(i);
    if (dialect == SqlSyntax::MySQL)
        s.replace(QStringLiteral("ALTER COLUMN status SET NOT NULL"),
                  QStringLiteral("MODIFY status VARCHAR(20) NOT NULL"))
            .replace(QStringLiteral("ALTER COLUMN code TYPE"), QStringLiteral("MODIFY code"));
    return s;
}

} // namespace Stepwise::Bench
