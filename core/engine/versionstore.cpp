#include "core/engine/versionstore.h"

#include "core/db/connectionurl.h"
#include "core/db/database.h"

#include "core/base/tr.h"
#include "core/base/version.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

const QString &directionNames(int index)
{
    static const QString names[] = { u"up"_s, u"down"_s, u"stamp"_s, u"tables"_s };
    return names[index];
}

const QString &statusNames(int index)
{
    static const QString names[] = { u"running"_s, u"ok"_s, u"failed"_s };
    return names[index];
}

bool prepareAndExec(QSqlQuery &query, const BoundSql &statement)
{
    if (statement.values.isEmpty())
        return query.exec(statement.sql);
    if (!query.prepare(statement.sql))
        return false;
    for (const QVariant &value : statement.values)
        query.addBindValue(value);
    return query.exec();
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

QString historyDirectionName(HistoryDirection direction)
{
    return directionNames(int(direction));
}

QString historyStatusName(HistoryStatus status)
{
    return statusNames(int(status));
}

std::optional<HistoryDirection> historyDirectionFromName(const QString &name)
{
    for (int i = 0; i < 4; ++i) {
        if (directionNames(i) == name)
            return HistoryDirection(i);
    }
    return std::nullopt;
}

std::optional<HistoryStatus> historyStatusFromName(const QString &name)
{
    for (int i = 0; i < 3; ++i) {
        if (statusNames(i) == name)
            return HistoryStatus(i);
    }
    return std::nullopt;
}

VersionTables VersionTables::native(const QString &schema)
{
    return { { schema, u"stepwise_version"_s }, { schema, u"stepwise_history"_s } };
}

VersionTables VersionTables::alembic(const QString &schema)
{
    return { { schema, u"alembic_version"_s }, { schema, u"stepwise_history"_s } };
}

VersionStore::VersionStore(const QSqlDatabase &db, const Dialect &dialect, VersionTables tables)
    : m_db(db)
    , m_dialect(&dialect)
    , m_tables(std::move(tables))
{
}

Error VersionStore::error(const QSqlQuery &query, const QString &context) const
{
    return fromQueryError(query, context, m_dialect);
}

Result<bool> VersionStore::tableExists(const TableName &table) const
{
    const BoundSql statement = m_dialect->tableExistsQuery(table);
    if (statement.sql.isEmpty()) {
        // No trusted catalog query (generic ODBC): ask the driver, comparing as the database
        // folds unquoted names is unknowable, so compare exactly.
        return m_db.tables().contains(table.schema.isEmpty() ? table.name
                                                             : table.schema + u'.' + table.name);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!prepareAndExec(query, statement))
        return error(query, Tr::tr("Cannot look up table %1").arg(m_dialect->qualifiedName(table)));
    return query.next();
}

Result<bool> VersionStore::headsTableExists() const
{
    return tableExists(m_tables.heads);
}

Result<bool> VersionStore::historyTableExists() const
{
    return tableExists(m_tables.history);
}

Result<QStringList> VersionStore::readHeads() const
{
    const Result<bool> exists = headsTableExists();
    if (!exists)
        return exists.error();
    QStringList heads;
    if (!*exists)
        return heads;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(m_dialect->selectHeadsQuery(m_tables.heads)))
        return error(query, Tr::tr("Cannot read %1").arg(m_dialect->qualifiedName(m_tables.heads)));
    while (query.next())
        heads << query.value(0).toString();
    return heads;
}

Result<void> VersionStore::ensureTables()
{
    // Tables of a newer format stay exactly as they are: refused before anything is created.
    if (Result<void> f = checkTablesFormat(); !f)
        return f.error();
    for (const TableName *table : { &m_tables.heads, &m_tables.history }) {
        const Result<bool> exists = tableExists(*table);
        if (!exists)
            return exists.error();
        if (*exists)
            continue;
        const QStringList ddl = table == &m_tables.heads
            ? QStringList{ m_dialect->createHeadsTableQuery(*table) }
            : m_dialect->createHistoryTableStatements(*table);
        // PostgreSQL sets the marker in a statement of its own: both commit together.
        bool manual = false;
        const bool transaction = ddl.size() > 1;
        if (transaction) {
            if (Result<void> b = begin(&manual); !b)
                return b.error();
        }
        Result<int> created = execAll(ddl, Tr::tr("Cannot create %1").arg(m_dialect->qualifiedName(*table)));
        if (created && transaction) {
            if (Result<void> c = commit(manual); !c)
                created = c.error();
        }
        if (!created) {
            if (transaction)
                rollback(manual);
            // Another run may have created it between our check and our CREATE.
            const Result<bool> nowExists = tableExists(*table);
            if (!nowExists || !*nowExists)
                return created.error();
        } else if (table == &m_tables.history) {
            m_formatCurrent = m_columnsCurrent = true;
        }
    }
    const Result<int> upgraded = upgradeTables();
    if (!upgraded)
        return upgraded.error();
    return {};
}

QString VersionStore::historyDisplayName() const
{
    const TableName &t = m_tables.history;
    return t.schema.isEmpty() ? t.name : t.schema + u'.' + t.name;
}

Error VersionStore::newerFormat(int version) const
{
    return Error(ErrorCode::Unsupported,
                 Tr::tr("%1 has format version %2; this Stepwise knows up to %3: upgrade Stepwise")
                     .arg(historyDisplayName())
                     .arg(version)
                     .arg(Dialect::tablesFormat));
}

Error VersionStore::unknownTable(const QString &missingColumn) const
{
    return Error(ErrorCode::Unsupported,
                 Tr::tr("%1 is not a history table Stepwise knows: it has no column %2")
                     .arg(historyDisplayName(), missingColumn));
}

// The columns of the result of a query that returns no row: the same on every driver,
// without a catalog query per dialect.
Result<QStringList> VersionStore::historyTableColumns() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT * FROM "_s + m_dialect->qualifiedName(m_tables.history) + u" WHERE 1 = 0"_s))
        return error(query, Tr::tr("Cannot read %1").arg(m_dialect->qualifiedName(m_tables.history)));
    QStringList columns;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i).toLower();
    query.finish();
    bool current = true;
    for (const QString &column : Dialect::historyColumns())
        current = current && columns.contains(column);
    m_columnsCurrent = current;
    return columns;
}

Result<TablesFormat> VersionStore::tablesFormat() const
{
    const Result<bool> exists = historyTableExists();
    if (!exists)
        return exists.error();
    return readFormat(*exists);
}

Result<TablesFormat> VersionStore::readFormat(bool exists) const
{
    TablesFormat format;
    format.historyExists = exists;
    if (!exists)
        return format;
    const Result<QStringList> columns = historyTableColumns();
    if (!columns)
        return columns.error();
    format.columns = *columns;
    const BoundSql markerQuery = m_dialect->tablesFormatQuery(m_tables.history);
    if (!markerQuery.sql.isEmpty()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!prepareAndExec(query, markerQuery))
            return error(query, Tr::tr("Cannot read the format of %1").arg(m_dialect->qualifiedName(m_tables.history)));
        if (query.next())
            format.version = Dialect::tablesFormatIn(query.value(0).toString());
        format.marked = format.version > 0;
    }
    if (!format.marked) {
        const auto hasColumnsOf = [&](int version) {
            for (const QString &column : Dialect::historyColumnsOf(version)) {
                if (!format.columns.contains(column))
                    return false;
            }
            return true;
        };
        // Where the dialect cannot carry a marker, the current columns are the current format.
        if (hasColumnsOf(2))
            format.version = markerQuery.sql.isEmpty() ? Dialect::tablesFormat : 2;
        else if (hasColumnsOf(1))
            format.version = 1;
    }
    return format;
}

// Tables this Stepwise must not write to: of a newer format, or not a history table at all.
Result<void> VersionStore::refuseUnknown(const TablesFormat &format) const
{
    if (format.newer())
        return newerFormat(format.version);
    if (format.historyExists && format.version == 0) {
        for (const QString &column : Dialect::historyColumnsOf(1)) {
            if (!format.columns.contains(column))
                return unknownTable(column);
        }
    }
    return {};
}

Result<void> VersionStore::checkTablesFormat() const
{
    if (m_formatCurrent)
        return {};
    const Result<TablesFormat> format = tablesFormat();
    if (!format)
        return format.error();
    if (Result<void> r = refuseUnknown(*format); !r)
        return r;
    m_formatCurrent = format->version == Dialect::tablesFormat;
    return {};
}

Result<void> VersionStore::begin(bool *manual)
{
    const QString sql = m_dialect->beginStepSql();
    *manual = !sql.isEmpty();
    if (*manual) {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return error(query, Tr::tr("begin transaction"));
        return {};
    }
    if (!m_db.transaction())
        return fromSqlError(m_db.lastError(), Tr::tr("begin transaction"), m_dialect);
    return {};
}

Result<void> VersionStore::commit(bool manual)
{
    if (manual) {
        QSqlQuery query(m_db);
        if (!query.exec(u"COMMIT"_s))
            return error(query, Tr::tr("commit"));
        return {};
    }
    if (!m_db.commit())
        return fromSqlError(m_db.lastError(), Tr::tr("commit"), m_dialect);
    return {};
}

void VersionStore::rollback(bool manual)
{
    if (manual)
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    else
        m_db.rollback();
}

Result<int> VersionStore::execAll(const QStringList &statements, const QString &context)
{
    int done = 0;
    for (const QString &sql : statements) {
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            return error(query, context);
        ++done;
    }
    return done;
}

Result<int> VersionStore::upgradeTables()
{
    if (m_formatCurrent)
        return 0;
    bool manual = false;
    if (Result<void> b = begin(&manual); !b)
        return b.error();
    // Read again inside the transaction: on SQLite another run may have upgraded the table
    // since we looked (its BEGIN IMMEDIATE is the lock), elsewhere the lock already holds.
    const Result<TablesFormat> format = tablesFormat();
    Result<void> usable = format ? refuseUnknown(*format) : Result<void>(format.error());
    if (!usable || !format->older()) {
        rollback(manual);
        if (!usable)
            return usable.error();
        m_formatCurrent = format->version == Dialect::tablesFormat;
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const int from = format->version;
    const QString context = Tr::tr("Cannot upgrade %1 from format %2 to %3")
                                .arg(historyDisplayName())
                                .arg(from)
                                .arg(Dialect::tablesFormat);
    QStringList missing;
    for (const QString &column : Dialect::historyColumns()) {
        if (!format->columns.contains(column))
            missing << column;
    }
    Result<int> done = m_dialect->remakesHistoryTable()
        ? remakeHistoryTable(*format, context)
        : execAll(m_dialect->upgradeHistoryTableSql(m_tables.history, missing), context);
    m_prepared.clear(); // prepared against the table as it was
    if (done) {
        HistoryEntry entry;
        entry.revision = u"format %1 -> %2"_s.arg(from).arg(Dialect::tablesFormat);
        entry.direction = HistoryDirection::Tables;
        entry.status = HistoryStatus::Ok;
        entry.startedAt = started;
        entry.durationMs = timer.elapsed();
        entry.statementsDone = *done;
        if (const Result<qint64> id = insertHistory(entry); !id)
            done = id.error();
    }
    if (done) {
        if (Result<void> c = commit(manual); !c)
            done = c.error();
    }
    if (!done) {
        rollback(manual);
        return done.error();
    }
    m_columnsCurrent = true;
    m_formatCurrent = true;
    return from;
}

// SQLite cannot reword a table's CREATE TABLE text, which holds the marker, so the table is
// made again under its name in the upgrade's transaction (SQLite's own recipe for changing a
// table): every row copied with its id and any column a user added, the indexes and triggers a
// user put on it made again, the AUTOINCREMENT counter kept so that no id is ever used twice.
Result<int> VersionStore::remakeHistoryTable(const TablesFormat &format, const QString &context)
{
    const TableName &history = m_tables.history;
    const TableName made{ history.schema, history.name + u"_stepwise_upgrade"_s };
    const QString master = history.schema.isEmpty() ? QString() : m_dialect->quoteIdentifier(history.schema) + u'.';
    const QString from = m_dialect->qualifiedName(history);
    const QString to = m_dialect->qualifiedName(made);

    QStringList extras; // CREATE INDEX / CREATE TRIGGER (automatic indexes have no sql)
    qint64 counter = -1;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!prepareAndExec(query, { u"SELECT sql FROM "_s + master
                                         + u"sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') "
                                           "AND sql IS NOT NULL ORDER BY type, name"_s,
                                     { history.name } }))
            return error(query, context);
        while (query.next())
            extras << query.value(0).toString();
        // There is a sqlite_sequence only once some AUTOINCREMENT table took an id.
        if (prepareAndExec(query, { u"SELECT seq FROM "_s + master + u"sqlite_sequence WHERE name = ?"_s,
                                    { history.name } })
            && query.next())
            counter = query.value(0).toLongLong();
        query.finish();
    }
    QStringList copied;
    for (const QString &column : Dialect::historyColumns()) {
        if (format.columns.contains(column))
            copied << m_dialect->quoteIdentifier(column);
    }
    // Columns a user added to the table go on with their rows (declared type and default; a
    // NOT NULL without a default cannot be added by ALTER TABLE and is dropped, the data kept).
    QStringList addExtras;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(u"PRAGMA "_s + master + u"table_info("_s + m_dialect->quoteIdentifier(history.name) + u')'))
            return error(query, context);
        const QStringList known = Dialect::historyColumns();
        while (query.next()) {
            const QString name = query.value(1).toString();
            if (known.contains(name))
                continue;
            QString definition = m_dialect->quoteIdentifier(name) + u' ' + query.value(2).toString();
            if (!query.value(4).isNull())
                definition += u" DEFAULT "_s + query.value(4).toString();
            addExtras << u"ALTER TABLE "_s + to + u" ADD COLUMN "_s + definition.trimmed();
            copied << m_dialect->quoteIdentifier(name);
        }
        query.finish();
    }
    int done = 0;
    const auto run = [&](const QStringList &statements) -> Result<void> {
        const Result<int> n = execAll(statements, context);
        if (!n)
            return n.error();
        done += *n;
        return {};
    };
    if (Result<void> r = run(QStringList{ m_dialect->createHistoryTableSql(made) } + addExtras); !r)
        return r.error();
    if (Result<void> r = run({ u"INSERT INTO "_s + to + u" ("_s + copied.join(u", "_s) + u") SELECT "_s
                                   + copied.join(u", "_s) + u" FROM "_s + from,
                               u"DROP TABLE "_s + from });
        !r)
        return r.error();
    {
        // The rename neither checks nor rewrites views and triggers that name the table: one
        // reading the history would still name the table dropped a moment ago and fail it.
        QSqlQuery(m_db).exec(u"PRAGMA legacy_alter_table = ON"_s);
        const auto modern = qScopeGuard([this] { QSqlQuery(m_db).exec(u"PRAGMA legacy_alter_table = OFF"_s); });
        if (Result<void> r = run({ u"ALTER TABLE "_s + to + u" RENAME TO "_s + m_dialect->quoteIdentifier(history.name) });
            !r)
            return r.error();
    }
    if (Result<void> r = run(extras); !r)
        return r.error();
    if (counter > 0) {
        const QString sequence = master + u"sqlite_sequence"_s;
        QSqlQuery query(m_db);
        if (!prepareAndExec(query, { u"DELETE FROM "_s + sequence + u" WHERE name = ?"_s, { history.name } })
            || !prepareAndExec(query, { u"INSERT INTO "_s + sequence + u" (name, seq) SELECT ?, MAX(?, COALESCE(MAX(id), 0)) FROM "_s + from,
                                        { history.name, counter } }))
            return error(query, context);
        done += 2;
    }
    return done;
}

// Bookkeeping statements run once or twice per step with new values: each is prepared once
// per store and executed again with fresh bindings. Preparing every time cost more than the
// statement (Qt's placeholder handling; on PostgreSQL and MySQL a server round trip to prepare
// and one to deallocate). The SQL text is the key; the databases re-prepare by themselves
// when a step's DDL changes the schema.
Result<QSqlQuery *> VersionStore::execPrepared(const BoundSql &statement, const QString &context)
{
    auto it = m_prepared.find(statement.sql);
    if (it == m_prepared.end()) {
        auto query = std::make_shared<QSqlQuery>(m_db);
        if (!query->prepare(statement.sql))
            return error(*query, context);
        it = m_prepared.insert(statement.sql, std::move(query));
    }
    QSqlQuery &query = **it;
    for (qsizetype i = 0; i < statement.values.size(); ++i)
        query.bindValue(int(i), statement.values.at(i));
    if (!query.exec()) {
        const Error e = error(query, context);
        m_prepared.erase(it); // a failed statement is prepared afresh next time
        return e;
    }
    return &query;
}

Result<int> VersionStore::execCounted(const BoundSql &statement, const QString &context)
{
    if (statement.values.isEmpty()) {
        QSqlQuery query(m_db);
        if (!query.exec(statement.sql))
            return error(query, context);
        return query.numRowsAffected();
    }
    const Result<QSqlQuery *> query = execPrepared(statement, context);
    if (!query)
        return query.error();
    return (*query)->numRowsAffected();
}

// Alembic's wording, not translated: scripts match on it.
Result<void> VersionStore::expectOne(int found, const QString &action) const
{
    if (found == 1)
        return {};
    return Error(ErrorCode::Database,
                 u"Online migration expected to match one row when "_s + action + u" in '"_s
                     + m_tables.heads.name + u"'; "_s + QString::number(found) + u" found"_s);
}

Result<void> VersionStore::insertHead(const QString &revision)
{
    const Result<int> done = execCounted(m_dialect->insertHeadQuery(m_tables.heads, revision),
                                         Tr::tr("Cannot record revision %1 in %2")
                                             .arg(revision, m_dialect->qualifiedName(m_tables.heads)));
    if (!done)
        return done.error();
    return {};
}

Result<int> VersionStore::updateHeadCounted(const QString &from, const QString &to)
{
    return execCounted(m_dialect->updateHeadQuery(m_tables.heads, from, to),
                       Tr::tr("Cannot update revision %1 to %2 in %3")
                           .arg(from, to, m_dialect->qualifiedName(m_tables.heads)));
}

Result<int> VersionStore::deleteHeadCounted(const QString &revision)
{
    return execCounted(m_dialect->deleteHeadQuery(m_tables.heads, revision),
                       Tr::tr("Cannot delete revision %1 from %2")
                           .arg(revision, m_dialect->qualifiedName(m_tables.heads)));
}

Result<void> VersionStore::updateHead(const QString &from, const QString &to)
{
    const Result<int> found = updateHeadCounted(from, to);
    if (!found)
        return found.error();
    return expectOne(*found, u"updating '"_s + from + u"' to '"_s + to + u"'"_s);
}

Result<void> VersionStore::deleteHead(const QString &revision)
{
    const Result<int> found = deleteHeadCounted(revision);
    if (!found)
        return found.error();
    return expectOne(*found, u"deleting '"_s + revision + u"'"_s);
}

Result<int> VersionStore::deleteAllHeads()
{
    return execCounted({ m_dialect->deleteAllHeadsQuery(m_tables.heads), {} },
                       Tr::tr("Cannot empty %1").arg(m_dialect->qualifiedName(m_tables.heads)));
}

// Only for dialects whose id column does not fill itself; the caller holds the migration lock.
Result<qint64> VersionStore::nextHistoryId()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT COALESCE(MAX(id), 0) + 1 FROM "_s + m_dialect->qualifiedName(m_tables.history))
        || !query.next())
        return error(query, Tr::tr("Cannot read %1").arg(m_dialect->qualifiedName(m_tables.history)));
    return query.value(0).toLongLong();
}

Result<qint64> VersionStore::insertHistory(const HistoryEntry &entry)
{
    qint64 id = 0;
    if (!m_dialect->generatesHistoryIds()) {
        const Result<qint64> next = nextHistoryId();
        if (!next)
            return next.error();
        id = *next;
    }
    const QStringList columns = Dialect::historyColumns().mid(id ? 0 : 1);
    const QDateTime started = entry.startedAt.isValid() ? entry.startedAt : QDateTime::currentDateTimeUtc();
    BoundSql statement;
    statement.sql = u"INSERT INTO "_s + m_dialect->qualifiedName(m_tables.history) + u" ("_s
        + columns.join(u", "_s) + u") VALUES ("_s + QStringList(columns.size(), u"?"_s).join(u", "_s)
        + u')' + m_dialect->returningIdClause();
    if (id)
        statement.values << id;
    statement.values << entry.revision << historyDirectionName(entry.direction)
                     << nullable(entry.checksum) << m_dialect->timestampValue(started)
                     << (entry.durationMs < 0 ? QVariant(QMetaType::fromType<qint64>())
                                              : QVariant(entry.durationMs))
                     << (entry.osUser.isEmpty() ? currentOsUser() : entry.osUser)
                     << (entry.toolVersion.isEmpty() ? toolVersion() : entry.toolVersion)
                     << historyStatusName(entry.status)
                     << nullable(entry.error.isEmpty() ? QString() : redactPasswords(entry.error))
                     << entry.statementsDone;
    const QString context = Tr::tr("Cannot record the history of revision %1 in %2")
                                .arg(entry.revision, m_dialect->qualifiedName(m_tables.history));
    const Result<QSqlQuery *> done = execPrepared(statement, context);
    if (!done)
        return done.error();
    QSqlQuery &query = **done;
    if (id)
        return id;
    if (!m_dialect->returningIdClause().isEmpty()) {
        const qint64 newId = query.next() ? query.value(0).toLongLong() : qint64(0);
        query.finish();
        return newId;
    }
    return query.lastInsertId().toLongLong();
}

Result<void> VersionStore::updateHistoryProgress(qint64 id, int statementsDone)
{
    const BoundSql statement { u"UPDATE "_s + m_dialect->qualifiedName(m_tables.history)
                                   + u" SET statements_done = ? WHERE id = ?"_s,
                               { statementsDone, id } };
    const Result<int> found = execCounted(
        statement, Tr::tr("Cannot update %1").arg(m_dialect->qualifiedName(m_tables.history)));
    if (!found)
        return found.error();
    return {};
}

Result<void> VersionStore::finishHistory(qint64 id, HistoryStatus status, qint64 durationMs,
                                         const QString &errorText, int statementsDone)
{
    const BoundSql statement {
        u"UPDATE "_s + m_dialect->qualifiedName(m_tables.history)
            + u" SET status = ?, duration_ms = ?, error = ?, statements_done = ? WHERE id = ?"_s,
        { historyStatusName(status), durationMs, nullable(redactPasswords(errorText)),
          statementsDone, id }
    };
    const Result<int> found = execCounted(
        statement, Tr::tr("Cannot update %1").arg(m_dialect->qualifiedName(m_tables.history)));
    if (!found)
        return found.error();
    if (*found != 1)
        return Error(ErrorCode::Database, Tr::tr("History row %1 is missing from %2")
                                              .arg(id).arg(m_dialect->qualifiedName(m_tables.history)));
    return {};
}

Result<QList<HistoryEntry>> VersionStore::readHistory() const
{
    QList<HistoryEntry> entries;
    const Result<bool> exists = historyTableExists();
    if (!exists)
        return exists.error();
    if (!*exists)
        return entries;
    // Read as it is, in whatever format: never upgraded here (read-only commands, Studio).
    QStringList present = Dialect::historyColumns();
    if (!m_columnsCurrent) {
        const Result<QStringList> columns = historyTableColumns();
        if (!columns)
            return columns.error();
        present = *columns;
        for (const QString &column : Dialect::historyColumnsOf(1)) {
            if (!present.contains(column))
                return unknownTable(column);
        }
    }
    QStringList selected;
    for (const QString &column : Dialect::historyColumns()) {
        selected << (!present.contains(column) ? u"NULL"_s
                         : column == u"started_at"_s ? m_dialect->timestampSelect(column)
                                                     : column);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = u"SELECT "_s + selected.join(u", "_s) + u" FROM "_s
        + m_dialect->qualifiedName(m_tables.history) + u" ORDER BY id"_s;
    if (!query.exec(sql))
        return error(query, Tr::tr("Cannot read %1").arg(m_dialect->qualifiedName(m_tables.history)));
    while (query.next()) {
        HistoryEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.revision = query.value(1).toString();
        entry.direction = historyDirectionFromName(query.value(2).toString()).value_or(HistoryDirection::Up);
        entry.checksum = query.value(3).toString();
        entry.startedAt = Dialect::parseTimestamp(query.value(4));
        entry.durationMs = query.value(5).isNull() ? -1 : query.value(5).toLongLong();
        entry.osUser = query.value(6).toString();
        entry.toolVersion = query.value(7).toString();
        // An unknown word (a newer Stepwise?) is shown as failed rather than trusted as ok.
        entry.status = historyStatusFromName(query.value(8).toString()).value_or(HistoryStatus::Failed);
        entry.error = query.value(9).toString();
        entry.statementsDone = query.value(10).toInt();
        entries << entry;
    }
    return entries;
}

Result<QHash<QString, QString>> VersionStore::lastAppliedChecksums() const
{
    const Result<QList<HistoryEntry>> history = readHistory();
    if (!history)
        return history.error();
    return lastAppliedChecksums(*history);
}

QHash<QString, QString> VersionStore::lastAppliedChecksums(const QList<HistoryEntry> &history)
{
    QHash<QString, QString> checksums;
    for (const HistoryEntry &entry : history) {
        if (entry.status != HistoryStatus::Ok)
            continue;
        if (entry.direction == HistoryDirection::Up)
            checksums.insert(entry.revision, entry.checksum);
        else if (entry.direction == HistoryDirection::Down)
            checksums.remove(entry.revision);
    }
    return checksums;
}

Result<std::optional<HistoryEntry>> VersionStore::unresolvedStep() const
{
    const Result<QList<HistoryEntry>> history = readHistory();
    if (!history)
        return history.error();
    const QList<HistoryEntry> &rows = *history;
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        const HistoryEntry &row = rows.at(i);
        if (row.status == HistoryStatus::Ok) {
            if (row.direction == HistoryDirection::Stamp)
                return std::optional<HistoryEntry>(); // a stamp settles every earlier state
            continue;
        }
        const bool halfDone = row.status == HistoryStatus::Running || row.statementsDone > 0;
        if (!halfDone)
            continue;
        bool settled = false;
        for (qsizetype j = i + 1; j < rows.size() && !settled; ++j)
            settled = rows.at(j).revision == row.revision && rows.at(j).status == HistoryStatus::Ok;
        if (!settled)
            return std::optional<HistoryEntry>(row);
    }
    return std::optional<HistoryEntry>();
}

// Looked up once per process: without USER/LOGNAME the password database is read, which
// would otherwise happen for every history row.
QString VersionStore::currentOsUser()
{
    static const QString user = lookUpOsUser();
    return user;
}

QString VersionStore::lookUpOsUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
    // Services, containers and CI often run without USER/LOGNAME: ask the password database.
    if (user.isEmpty()) {
        if (const passwd *entry = getpwuid(geteuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return user;
}

} // namespace Stepwise::Core
