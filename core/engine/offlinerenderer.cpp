#include "core/engine/offlinerenderer.h"

#include "core/engine/stepscript.h"

#include "core/db/dialect.h"
#include "core/graph/alembicformat.h"
#include "core/graph/revisiongraph.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {
namespace {

// Collects items in Alembic's layout: the item, a newline, an empty line.
class ScriptWriter
{
public:
    void item(const QString &text)
    {
        if (text.isEmpty())
            return;
        m_text += text;
        m_text += u"\n\n"_s;
    }
    void statement(const QString &sql) { item(sql + u';'); }
    QString text() const { return m_text; }

private:
    QString m_text;
};

QString runningComment(const PlanStep &step)
{
    // "-- Running upgrade  -> a", "-- Running downgrade a -> " (Alembic's spacing, §4.3 rule 5).
    const QString kind = step.direction == PlanStep::Up ? u"upgrade"_s
        : step.direction == PlanStep::Down              ? u"downgrade"_s
                                                        : u"stamp_revision"_s;
    return u"-- Running %1 %2 -> %3"_s.arg(kind, step.fromIds.join(u", "_s), step.toIds.join(u", "_s));
}

QString headsStatement(const Dialect &d, const TableName &t, const RowChange &c)
{
    switch (c.kind) {
    case RowChange::Insert:
        return d.insertHeadSql(t, c.to);
    case RowChange::Update:
        return d.updateHeadSql(t, c.from, c.to);
    case RowChange::Delete:
        return d.deleteHeadSql(t, c.from);
    }
    return {};
}

QString historyInsert(const RevisionGraph &graph, const PlanStep &step, const Dialect &d,
                      const TableName &t, const OfflineRenderer::Options &o)
{
    const QString direction = historyDirectionName(step.direction == PlanStep::Up ? HistoryDirection::Up
                                                   : step.direction == PlanStep::Down
                                                   ? HistoryDirection::Down
                                                   : HistoryDirection::Stamp);
    const int r = graph.indexOf(step.revision);
    const QString checksum = r >= 0 && step.direction == PlanStep::Up ? graph.revision(r).up.checksum
                                                                      : QString();
    const QString revision = step.historyRevision();
    const QString table = d.qualifiedName(t);
    QStringList columns{u"revision"_s, u"direction"_s, u"checksum"_s, u"started_at"_s,
                        u"os_user"_s, u"tool_version"_s, u"status"_s, u"statements_done"_s};
    QStringList values{d.quoteString(revision),
                       d.quoteString(direction),
                       checksum.isEmpty() ? u"NULL"_s : d.quoteString(checksum),
                       u"CURRENT_TIMESTAMP"_s,
                       d.quoteString(o.osUser),
                       d.quoteString(o.toolVersion),
                       d.quoteString(historyStatusName(HistoryStatus::Ok)),
                       u"0"_s};
    if (!d.generatesHistoryIds()) {
        columns.prepend(u"id"_s);
        values.prepend(u"(SELECT COALESCE(MAX(%1), 0) + 1 FROM %2)"_s.arg(d.quoteIdentifier(u"id"_s), table));
    }
    QStringList quoted;
    for (const QString &c : std::as_const(columns))
        quoted << d.quoteIdentifier(c);
    return u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, quoted.join(u", "_s), values.join(u", "_s));
}

} // namespace

Result<QStringList> OfflineRenderer::stepStatements(const RevisionGraph &graph, const PlanStep &step,
                                                    const Dialect &dialect)
{
    const Result<StepScript> script = StepScript::forStep(graph, step, dialect);
    if (!script)
        return script.error();
    QStringList list;
    for (const SqlStatement &s : script->statements)
        list << s.text;
    return list;
}

Result<QString> OfflineRenderer::render(const RevisionGraph &graph, const Plan &plan,
                                        const Dialect &dialect, const VersionTables &tables,
                                        const QStringList &startRows, const Options &options)
{
    ScriptWriter out;
    const bool transactional = dialect.hasTransactionalDdl();
    const bool perStep = options.transactionPerMigration;
    if (transactional && !perStep)
        out.item(dialect.beginSql());
    bool tablesPending = startRows.isEmpty();
    auto createTables = [&] {
        if (!tablesPending)
            return;
        out.statement(dialect.createHeadsTableSql(tables.heads));
        if (options.historyTable) {
            for (const QString &sql : dialect.createHistoryTableStatements(tables.history))
                out.statement(sql); // the current format, its marker included
        }
        tablesPending = false;
    };
    if (plan.purge)
        out.statement(u"DELETE FROM %1"_s.arg(dialect.alembicQualifiedName(tables.heads)));
    for (const PlanStep &step : plan.steps) {
        const Result<StepScript> script = StepScript::forStep(graph, step, dialect, options.checks);
        if (!script)
            return script.error();
        if (transactional && perStep)
            out.item(dialect.beginSql());
        createTables();
        out.item(runningComment(step));
        for (const QString &sql : script->offlineStatements(dialect))
            out.item(sql);
        for (const RowChange &c : step.rowChanges)
            out.statement(headsStatement(dialect, tables.heads, c));
        if (options.historyTable)
            out.statement(historyInsert(graph, step, dialect, tables.history, options));
        if (transactional && perStep)
            out.item(dialect.commitSql());
    }
    if (plan.steps.isEmpty() && transactional && perStep && tablesPending) {
        out.item(dialect.beginSql());
        createTables();
        out.item(dialect.commitSql());
    }
    createTables();
    if (transactional && !perStep)
        out.item(dialect.commitSql());
    return out.text();
}

} // namespace Stepwise::Core
