#include "core/schema/schemacomparison.h"

#include "core/base/tr.h"
#include "core/db/database.h"
#include "core/db/dialect.h"
#include "core/schema/schemasnapshot.h"
#include "core/sql/sqlscript.h"
#include "core/sql/sqlsyntax.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"stepwise-compare-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// A connection that removes itself.
class Connection
{
public:
    static Result<std::unique_ptr<Connection>> open(const ConnectionUrl &url, PasswordProvider *passwords)
    {
        auto c = std::unique_ptr<Connection>(new Connection(nextConnectionName()));
        Result<QSqlDatabase> db = openDatabase(url, c->m_name, passwords);
        if (!db)
            return db.error();
        c->m_db = *db;
        return c;
    }
    ~Connection()
    {
        if (!m_db.isValid())
            return;
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }

private:
    explicit Connection(QString name) : m_name(std::move(name)) { }
    QString m_name;
    QSqlDatabase m_db;
};

// The same server, another database (the maintenance one, or the shadow by name).
Result<ConnectionUrl> onDatabase(const ConnectionUrl &url, const QString &database)
{
    QUrl u(url.withPassword());
    u.setPath(database.isEmpty() ? QString() : u'/' + database);
    return ConnectionUrl::parse(u.toString());
}

// Runs a .sql file's statements on `db`; a failing statement is an error at its file:line.
Result<void> applyFile(QSqlDatabase &db, const QString &path, const Dialect &dialect)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Usage, Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const Result<SqlScript> script =
        SqlScript::splitUtf8(file.readAll(), sqlSyntaxFromName(dialect.splitterName()), path);
    if (!script)
        return Error(script.error()).withLocation(script.error().file().isEmpty() ? path : script.error().file(),
                                                   script.error().line());
    QSqlQuery q(db);
    for (const SqlStatement &statement : script->statements()) {
        if (!q.exec(statement.text)) {
            Error e = fromQueryError(q, Tr::tr("Does not run on a shadow %1 database").arg(dialect.name()));
            return Error(ErrorCode::Usage, e.message(), path, statement.startLine);
        }
    }
    return {};
}

// A .sql side: applied to a shadow database and read back.
class Shadow
{
public:
    Shadow(const ComparisonOptions &options, PasswordProvider *passwords) : m_options(options), m_passwords(passwords)
    {
    }
    ~Shadow() { dropCreated(); }

    Result<Schema> read(const QString &path, const Dialect &dialect, const SnapshotOptions &snapshot)
    {
        if (!QFileInfo(path).isFile())
            return Error(ErrorCode::Usage, Tr::tr("No such SQL file: %1").arg(path));
        Result<ConnectionUrl> url = shadowUrl(dialect);
        if (!url)
            return url.error();
        auto connection = Connection::open(*url, m_passwords);
        if (!connection)
            return Error(ErrorCode::Usage, Tr::tr("Cannot connect to the shadow database %1: %2")
                                               .arg(url->redacted(), connection.error().message()));
        if (Result<void> emptied = empty((*connection)->db(), dialect, url->database()); !emptied)
            return emptied.error();
        if (Result<void> applied = applyFile((*connection)->db(), path, dialect); !applied)
            return applied.error();
        return SchemaSnapshot::read((*connection)->db(), snapshot);
    }

private:
    Result<ConnectionUrl> shadowUrl(const Dialect &dialect)
    {
        if (dialect.name() == u"sqlite"_s) {
            if (!m_dir.isValid())
                return Error(ErrorCode::Io, Tr::tr("Cannot create a temporary folder for the shadow database"));
            return ConnectionUrl::parse(u"sqlite:///"_s + m_dir.filePath(u"shadow-%1.db"_s.arg(++m_files)));
        }
        if (!m_options.shadowUrl)
            return Error(ErrorCode::Usage,
                         Tr::tr("A .sql file on %1 is applied to a shadow database first: name one with "
                                "--shadow-url (or shadow_url in stepwise.ini)")
                             .arg(dialect.name()));
        const ConnectionUrl &shadow = *m_options.shadowUrl;
        if (shadow.dialect().name() != dialect.name())
            return Error(ErrorCode::Usage, Tr::tr("The shadow database %1 is not a %2 database")
                                               .arg(shadow.redacted(), dialect.name()));
        if (!m_created.isEmpty() || m_checked)
            return shadow;
        m_checked = true;
        // Created through the server's maintenance database when it does not exist.
        const QString maintenance = dialect.name() == u"postgresql"_s ? u"postgres"_s : QString();
        Result<ConnectionUrl> admin = onDatabase(shadow, maintenance);
        if (!admin)
            return admin.error();
        auto connection = Connection::open(*admin, m_passwords);
        if (!connection)
            return Error(ErrorCode::Usage, Tr::tr("Cannot connect to the server of the shadow database %1: %2")
                                               .arg(shadow.redacted(), connection.error().message()));
        QSqlQuery q((*connection)->db());
        const bool postgres = dialect.name() == u"postgresql"_s;
        const QString exists = postgres ? u"SELECT 1 FROM pg_database WHERE datname = ?"_s
                                        : u"SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?"_s;
        q.prepare(exists);
        q.addBindValue(shadow.database());
        if (!q.exec())
            return fromQueryError(q, Tr::tr("Looking for the shadow database %1").arg(shadow.database()));
        if (!q.next()) {
            if (!q.exec(u"CREATE DATABASE "_s + dialect.quoteIdentifier(shadow.database()))) {
                Error e = fromQueryError(q, Tr::tr("Cannot create the shadow database %1 (the user needs the "
                                                   "%2 privilege)")
                                                .arg(shadow.database(), postgres ? u"CREATEDB"_s : u"CREATE"_s));
                return Error(ErrorCode::Usage, e.message());
            }
            m_created = shadow.database();
            m_admin = *admin;
            m_dialect = &dialect;
        }
        return shadow;
    }

    // Before each use: nothing of a previous use (or of whoever used it before) stays.
    Result<void> empty(QSqlDatabase &db, const Dialect &dialect, const QString &database)
    {
        if (dialect.name() == u"sqlite"_s)
            return {};
        QSqlQuery q(db);
        QStringList statements;
        if (dialect.name() == u"postgresql"_s) {
            if (!q.exec(u"SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                        "AND nspname <> 'information_schema' AND nspowner = "
                        "(SELECT oid FROM pg_roles WHERE rolname = current_user)"_s))
                return fromQueryError(q, Tr::tr("Emptying the shadow database"));
            while (q.next())
                statements << u"DROP SCHEMA "_s + dialect.quoteIdentifier(q.value(0).toString()) + u" CASCADE"_s;
            statements << u"CREATE SCHEMA IF NOT EXISTS public"_s;
        } else {
            statements << u"DROP DATABASE "_s + dialect.quoteIdentifier(database)
                       << u"CREATE DATABASE "_s + dialect.quoteIdentifier(database)
                       << u"USE "_s + dialect.quoteIdentifier(database);
        }
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                return fromQueryError(q, Tr::tr("Emptying the shadow database"));
        }
        return {};
    }

    void dropCreated()
    {
        if (m_created.isEmpty() || !m_dialect)
            return;
        if (auto connection = Connection::open(m_admin, m_passwords)) {
            QSqlQuery q((*connection)->db());
            q.exec(u"DROP DATABASE "_s + m_dialect->quoteIdentifier(m_created));
        }
    }

    const ComparisonOptions &m_options;
    PasswordProvider *m_passwords;
    QTemporaryDir m_dir;
    int m_files = 0;
    bool m_checked = false;
    QString m_created;
    ConnectionUrl m_admin;
    const Dialect *m_dialect = nullptr;
};

} // namespace

bool SchemaComparison::isSqlFile(const QString &source)
{
    return ConnectionUrl::schemeOf(source).isEmpty() || source.endsWith(u".sql"_s, Qt::CaseInsensitive);
}

Result<SchemaComparisonResult> SchemaComparison::compare(const QString &from, const QString &to,
                                                         const ComparisonOptions &options,
                                                         PasswordProvider *passwords)
{
    // The dialect: the databases', which must agree; a file takes it.
    std::optional<ConnectionUrl> urls[2];
    const QString sources[2] = {from, to};
    const QString labels[2] = {u"FROM"_s, u"TO"_s};
    const Dialect *dialect = nullptr;
    for (int i = 0; i < 2; ++i) {
        if (isSqlFile(sources[i]))
            continue;
        Result<ConnectionUrl> url = ConnectionUrl::parse(sources[i]);
        if (!url)
            return Error(ErrorCode::Usage, Tr::tr("%1: %2").arg(labels[i], url.error().message()));
        if (dialect && url->dialect().name() != dialect->name())
            return Error(ErrorCode::Usage, Tr::tr("FROM is a %1 database and TO a %2 one: compare schemas of one "
                                                  "dialect")
                                               .arg(dialect->name(), url->dialect().name()));
        dialect = &url->dialect();
        urls[i] = *url;
    }
    if (!dialect) {
        const QString name = options.dialect.isEmpty() ? u"sqlite"_s : options.dialect;
        const Dialect *named = Dialect::forScheme(name);
        if (!named)
            return Error(ErrorCode::Usage, Tr::tr("Unknown dialect '%1' (sqlite, postgresql, mysql)").arg(name));
        dialect = named;
    }
    const auto writer = DdlWriter::create(*dialect);
    if (!writer)
        return Error(ErrorCode::Unsupported, Tr::tr("Comparing schemas is not supported on %1").arg(dialect->name()));

    SnapshotOptions snapshot;
    snapshot.excluded = options.excluded;
    Shadow shadow(options, passwords);
    Schema schemas[2];
    for (int i = 0; i < 2; ++i) {
        Result<Schema> read = Schema();
        if (urls[i]) {
            auto connection = Connection::open(*urls[i], passwords);
            if (!connection)
                return Error(ErrorCode::Usage, Tr::tr("Cannot connect to %1 (%2): %3")
                                                   .arg(labels[i], urls[i]->redacted(), connection.error().message()));
            read = SchemaSnapshot::read((*connection)->db(), snapshot);
        } else {
            read = shadow.read(sources[i], *dialect, snapshot);
        }
        if (!read)
            return read.error();
        schemas[i] = std::move(*read);
    }
    SchemaComparisonResult result;
    result.dialect = dialect->name();
    result.from = std::move(schemas[0]);
    result.to = std::move(schemas[1]);
    result.diff = diffSchemas(result.from, result.to, writer->diffOptions());
    result.script = writer->write(result.diff, result.to);
    return result;
}

} // namespace Stepwise::Core
