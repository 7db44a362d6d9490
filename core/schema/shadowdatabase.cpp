#include "core/schema/shadowdatabase.h"

#include "core/base/tr.h"
#include "core/db/database.h"
#include "core/db/dialect.h"
#include "core/db/scopeddatabase.h"
#include "core/sql/sqlscript.h"
#include "core/sql/sqlsyntax.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

// The same server, another database (the maintenance one).
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
            const Error e = fromQueryError(q, Tr::tr("Does not run on a shadow %1 database").arg(dialect.name()));
            return Error(ErrorCode::Usage, e.message(), path, statement.startLine);
        }
    }
    return {};
}

bool isPostgres(const Dialect &d)
{
    return d.name() == u"postgresql"_s;
}

} // namespace

ShadowDatabase::ShadowDatabase(const Dialect &dialect, std::optional<ConnectionUrl> shadowUrl,
                               PasswordProvider *passwords)
    : m_dialect(dialect), m_url(std::move(shadowUrl)), m_passwords(passwords)
{
}

ShadowDatabase::~ShadowDatabase()
{
    if (m_created.isEmpty() || !m_admin)
        return;
    if (auto admin = ScopedDatabase::open(*m_admin, m_passwords)) {
        QSqlQuery q((*admin)->db());
        q.exec(u"DROP DATABASE "_s + m_dialect.quoteIdentifier(m_created));
    }
}

Result<ConnectionUrl> ShadowDatabase::prepare()
{
    if (m_dialect.name() == u"sqlite"_s) {
        if (!m_dir.isValid())
            return Error(ErrorCode::Io, Tr::tr("Cannot create a temporary folder for the shadow database"));
        return ConnectionUrl::parse(u"sqlite:///"_s + m_dir.filePath(u"shadow-%1.db"_s.arg(++m_files)));
    }
    Result<ConnectionUrl> url = ensureServerDatabase();
    if (!url)
        return url.error();
    auto shadow = connect(*url);
    if (!shadow)
        return shadow.error();
    if (Result<void> emptied = empty((*shadow)->db()); !emptied)
        return emptied.error();
    return *url;
}

Result<std::unique_ptr<ScopedDatabase>> ShadowDatabase::connect(const ConnectionUrl &url)
{
    auto shadow = ScopedDatabase::open(url, m_passwords);
    if (!shadow)
        return Error(ErrorCode::Usage, Tr::tr("Cannot connect to the shadow database %1: %2")
                                           .arg(url.redacted(), shadow.error().message()));
    return shadow;
}

Result<Schema> ShadowDatabase::readFile(const QString &path, const SnapshotOptions &options)
{
    if (!QFileInfo(path).isFile())
        return Error(ErrorCode::Usage, Tr::tr("No such SQL file: %1").arg(path));
    Result<ConnectionUrl> url = prepare();
    if (!url)
        return url.error();
    auto shadow = connect(*url);
    if (!shadow)
        return shadow.error();
    if (Result<void> applied = applyFile((*shadow)->db(), path, m_dialect); !applied)
        return applied.error();
    return SchemaSnapshot::read((*shadow)->db(), options);
}

Result<Schema> ShadowDatabase::read(const ConnectionUrl &url, const SnapshotOptions &options)
{
    auto shadow = connect(url);
    if (!shadow)
        return shadow.error();
    return SchemaSnapshot::read((*shadow)->db(), options);
}

// The shadow named by the user: checked once, created through the maintenance database when
// it does not exist.
Result<ConnectionUrl> ShadowDatabase::ensureServerDatabase()
{
    if (!m_url)
        return Error(ErrorCode::Usage,
                     Tr::tr("On %1 the schema is built in a shadow database first: name one with "
                            "--shadow-url (or shadow_url in stepwise.ini's [database])")
                         .arg(m_dialect.name()));
    const ConnectionUrl &shadow = *m_url;
    if (shadow.dialect().name() != m_dialect.name())
        return Error(ErrorCode::Usage,
                     Tr::tr("The shadow database %1 is not a %2 database").arg(shadow.redacted(), m_dialect.name()));
    if (m_checked)
        return shadow;
    Result<ConnectionUrl> admin = onDatabase(shadow, isPostgres(m_dialect) ? u"postgres"_s : QString());
    if (!admin)
        return admin.error();
    auto connection = ScopedDatabase::open(*admin, m_passwords);
    if (!connection)
        return Error(ErrorCode::Usage, Tr::tr("Cannot connect to the server of the shadow database %1: %2")
                                           .arg(shadow.redacted(), connection.error().message()));
    QSqlQuery q((*connection)->db());
    q.prepare(isPostgres(m_dialect) ? u"SELECT 1 FROM pg_database WHERE datname = ?"_s
                                    : u"SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?"_s);
    q.addBindValue(shadow.database());
    if (!q.exec())
        return fromQueryError(q, Tr::tr("Looking for the shadow database %1").arg(shadow.database()));
    if (!q.next()) {
        if (!q.exec(u"CREATE DATABASE "_s + m_dialect.quoteIdentifier(shadow.database()))) {
            const Error e = fromQueryError(
                q, Tr::tr("Cannot create the shadow database %1 (the user needs the %2 privilege)")
                       .arg(shadow.database(), isPostgres(m_dialect) ? u"CREATEDB"_s : u"CREATE"_s));
            return Error(ErrorCode::Usage, e.message());
        }
        m_created = shadow.database();
        m_admin = *admin;
    }
    m_checked = true;
    return shadow;
}

// Before each use nothing of a previous use (or of whoever used it before) stays.
Result<void> ShadowDatabase::empty(QSqlDatabase &db)
{
    QSqlQuery q(db);
    QStringList statements;
    if (isPostgres(m_dialect)) {
        if (!q.exec(u"SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                    "AND nspname <> 'information_schema' AND (nspname = 'public' OR nspowner = "
                    "(SELECT oid FROM pg_roles WHERE rolname = current_user))"_s))
            return fromQueryError(q, Tr::tr("Emptying the shadow database"));
        while (q.next())
            statements << u"DROP SCHEMA "_s + m_dialect.quoteIdentifier(q.value(0).toString()) + u" CASCADE"_s;
        statements << u"CREATE SCHEMA IF NOT EXISTS public"_s;
    } else {
        const QString name = m_dialect.quoteIdentifier(m_url->database());
        statements << u"DROP DATABASE "_s + name << u"CREATE DATABASE "_s + name << u"USE "_s + name;
    }
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return fromQueryError(q, Tr::tr("Emptying the shadow database"));
    }
    return {};
}

} // namespace Stepwise::Core
