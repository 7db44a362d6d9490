#include "core/engine/versionstore.h"

#include "core/db/connectionurl.h"
#include "core/db/database.h"

#include "core/base/tr.h"
#include "core/base/version.h"

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
    static const QString names[] = { u"up"_s, u"down"_s, u"stamp"_s };
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
    for (int i = 0; i < 3; ++i) {
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
    const std::pair<const TableName *, QString> tables[] = {
        { &m_tables.heads, m_dialect->createHeadsTableQuery(m_tables.heads) },
        { &m_tables.history, m_dialect->createHistoryTableSql(m_tables.history) },
    };
    for (const auto &[table, ddl] : tables) {
        const Result<bool> exists = tableExists(*table);
        if (!exists)
            return exists.error();
        if (*exists)
            continue;
        QSqlQuery query(m_db);
        if (!query.exec(ddl)) {
            // Another run may have created it between our check and our CREATE.
            const Error failure = error(query, Tr::tr("Cannot create %1").arg(m_dialect->qualifiedName(*table)));
            const Result<bool> nowExists = tableExists(*table);
            if (!nowExists || !*nowExists)
                return failure;
        }
    }
    return {};
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

Result<void> VersionStore::updateHead(const QString &from, const QString &to)
{
    const Result<int> found = execCounted(
        m_dialect->updateHeadQuery(m_tables.heads, from, to),
        Tr::tr("Cannot update revision %1 to %2 in %3")
            .arg(from, to, m_dialect->qualifiedName(m_tables.heads)));
    if (!found)
        return found.error();
    return expectOne(*found, u"updating '"_s + from + u"' to '"_s + to + u"'"_s);
}

Result<void> VersionStore::deleteHead(const QString &revision)
{
    const Result<int> found = execCounted(
        m_dialect->deleteHeadQuery(m_tables.heads, revision),
        Tr::tr("Cannot delete revision %1 from %2")
            .arg(revision, m_dialect->qualifiedName(m_tables.heads)));
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
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = u"SELECT id, revision, direction, checksum, "_s
        + m_dialect->timestampSelect(u"started_at"_s)
        + u", duration_ms, os_user, tool_version, status, error, statements_done FROM "_s
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
    QHash<QString, QString> checksums;
    for (const HistoryEntry &entry : *history) {
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
