// Issue 16's schema snapshot and diff, in process, one line of JSON per run of the program:
//   bench_schema read URL [--runs N]       SchemaSnapshot::read of a live database, N times
//   bench_schema diff --tables N [--runs R] diffSchemas of two N-table models built in memory
//                                           (10 columns, 2 indexes, 1 FK each; every 10th
//                                           table changed in B), R times
// Wall time of each run in ms, and the peak RSS (getrusage); diff also gives the RSS the two
// models took, so runs at several N show whether memory is linear in the schema.
// Driven by bench/compare_schema.py (see docs/performance.md).
#include "core/db/connectionurl.h"
#include "core/db/database.h"
#include "core/schema/schemadiff.h"
#include "core/schema/schemasnapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_schema: %s\n", qPrintable(message));
    return 1;
}

qint64 maxRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KB on Linux
}

// Resident set now (not the peak): the second field of /proc/self/statm, in pages.
qint64 currentRssKb()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields.at(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void print(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
}

// The value after `option` in args, or `fallback`.
QString optionValue(const QStringList &args, const QString &option, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(option);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

int readMode(const QString &urlText, int runs)
{
    Result<ConnectionUrl> url = ConnectionUrl::parse(urlText);
    if (!url)
        return fail(url.error().toString());
    const QString connectionName = u"bench-schema"_s;
    int status = 0;
    {
        Result<QSqlDatabase> db = openDatabase(*url, connectionName);
        if (!db)
            return fail(db.error().toString());
        QJsonArray times;
        Schema last;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            Result<Schema> schema = SchemaSnapshot::read(*db, SnapshotOptions());
            const double ms = elapsedMs(timer);
            if (!schema) {
                status = fail(schema.error().toString());
                break;
            }
            times.append(ms);
            last = std::move(schema).value();
        }
        if (status == 0) {
            qint64 columns = 0, indexes = 0, foreignKeys = 0;
            for (const SchemaTable &table : std::as_const(last.tables)) {
                columns += table.columns.size();
                indexes += table.indexes.size();
                foreignKeys += table.foreignKeys.size();
            }
            print(QJsonObject{{u"tables"_s, last.tables.size()},
                              {u"columns"_s, columns},
                              {u"indexes"_s, indexes},
                              {u"foreignKeys"_s, foreignKeys},
                              {u"notCompared"_s, last.notCompared.size()},
                              {u"ms"_s, times},
                              {u"maxRssKb"_s, maxRssKb()}});
        }
        db->close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return status;
}

QString tableName(int i)
{
    return u"t_%1"_s.arg(i, 5, 10, QLatin1Char('0'));
}

// Built afresh for each side, as two reads would give them: no string shared between A and B.
Schema model(int tables, bool changed)
{
    Schema schema;
    schema.dialect = u"postgresql"_s;
    schema.tables.reserve(tables);
    for (int i = 0; i < tables; ++i) {
        SchemaTable table;
        table.name = TableName{u"public"_s, tableName(i)};
        for (int c = 0; c < 10; ++c) {
            SchemaColumn column;
            column.name = c == 0 ? u"id"_s : u"c%1"_s.arg(c);
            column.type = c % 2 ? u"integer"_s : u"character varying(40)"_s;
            column.normalizedType = c % 2 ? u"int"_s : u"varchar(40)"_s;
            column.nullable = c != 0;
            table.columns.append(column);
        }
        table.primaryKey = SchemaKey{u"%1_pkey"_s.arg(tableName(i)), {u"id"_s}};
        table.indexes = {SchemaIndex{u"ix_%1_a"_s.arg(i), {u"c1"_s}, {false}, false, {}, {}},
                         SchemaIndex{u"ix_%1_b"_s.arg(i), {u"c2"_s, u"c3"_s}, {false, false}, false, {}, {}}};
        SchemaForeignKey foreignKey;
        foreignKey.name = u"fk_%1"_s.arg(i);
        foreignKey.columns = {u"c1"_s};
        foreignKey.target = TableName{u"public"_s, tableName(i > 0 ? i - 1 : 0)};
        foreignKey.targetColumns = {u"id"_s};
        table.foreignKeys = {foreignKey};
        // Every 10th table differs in B, by turns: a column's nullability, a column's type, an
        // added column, an index's columns.
        if (changed && i % 10 == 0) {
            switch ((i / 10) % 4) {
            case 0: table.columns[3].nullable = !table.columns[3].nullable; break;
            case 1: table.columns[5].normalizedType = table.columns[5].type = u"bigint"_s; break;
            case 2: {
                SchemaColumn added;
                added.name = u"added"_s;
                added.type = added.normalizedType = u"text"_s;
                table.columns.append(added);
                break;
            }
            default: table.indexes[1].parts = {u"c2"_s, u"c4"_s}; break;
            }
        }
        schema.tables.append(std::move(table));
    }
    schema.sort();
    return schema;
}

int diffMode(int tables, int runs)
{
    const qint64 before = currentRssKb();
    const Schema a = model(tables, false);
    const Schema b = model(tables, true);
    const qint64 models = currentRssKb() - before;
    QJsonArray times;
    qsizetype changes = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const SchemaDiffResult result = diffSchemas(a, b);
        times.append(elapsedMs(timer));
        changes = result.changes.size();
    }
    print(QJsonObject{{u"tables"_s, tables},
                      {u"changes"_s, changes},
                      {u"ms"_s, times},
                      {u"modelsRssKb"_s, models},
                      {u"maxRssKb"_s, maxRssKb()}});
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const QString usage = u"usage: bench_schema read URL [--runs N] | bench_schema diff --tables N [--runs R]"_s;
    if (args.isEmpty())
        return fail(usage);
    bool ok = false;
    const int runs = optionValue(args, u"--runs"_s, u"1"_s).toInt(&ok);
    if (!ok || runs < 1)
        return fail(usage);
    if (args.at(0) == u"read"_s && args.size() >= 2)
        return readMode(args.at(1), runs);
    if (args.at(0) == u"diff"_s) {
        const int tables = optionValue(args, u"--tables"_s).toInt(&ok);
        if (!ok || tables < 1)
            return fail(usage);
        return diffMode(tables, runs);
    }
    return fail(usage);
}
