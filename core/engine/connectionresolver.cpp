#include "core/engine/connectionresolver.h"

#include "core/base/tr.h"
#include "core/db/connectionprofiles.h"
#include "core/db/dialect.h"
#include "core/db/savedpasswordreader.h"
#include "core/engine/migrationsession.h"
#include "core/repository/projectconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

// The messages say --url and --connection: they are the command line's ("cli" context).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

Result<ConnectionProfile> savedProfile(const QString &name)
{
    const std::unique_ptr<QSettings> settings = ConnectionProfiles::studioSettings();
    return ConnectionProfiles::find(ConnectionProfiles::read(*settings), name);
}

} // namespace

ConnectionResolver::ConnectionResolver(Choice choice, const ProjectConfig &config,
                                       SavedPasswordReader *keychain)
    : m_choice(std::move(choice))
    , m_config(config)
    , m_keychain(keychain)
{
}

Result<ConnectionUrl> ConnectionResolver::url(QString *note) const
{
    if (!m_choice.profileName.isEmpty()) {
        const Result<ConnectionProfile> profile = savedProfile(m_choice.profileName);
        if (!profile)
            return profile.error();
        Result<ConnectionUrl> url = ConnectionProfiles::connectionUrl(*profile, QDir::currentPath());
        if (!url)
            return url.error();
        // A password Studio saved in the keychain, unless STEPWISE_PASSWORD overrides it;
        // without a keychain service, quietly on to libpq's sources or the prompt.
        const bool saved = profile->savePassword && profile->driver != u"QSQLITE"_s;
        if (saved && m_keychain && qEnvironmentVariableIsEmpty("STEPWISE_PASSWORD")) {
            QString error;
            const std::optional<QString> password =
                m_keychain->read(ConnectionProfiles::keychainService(), profile->keychainKey(), &error);
            if (password)
                url->setPassword(*password);
            else if (note)
                *note = error;
        }
        return url;
    }
    if (!m_choice.url.isEmpty())
        return ConnectionUrl::parse(m_choice.url, QDir::currentPath());
    if (!m_config.url.isEmpty())
        return ConnectionUrl::parse(m_config.url, m_config.projectDir);
    return Error(ErrorCode::Config,
                 m_config.kind == ProjectConfig::Kind::Alembic
                     ? CliText::tr("No database URL: pass --url or --connection (sqlalchemy.url in "
                          "alembic.ini is used only when it holds no password)")
                     : CliText::tr("No database URL: pass --url or --connection, or set [database] url in "
                          "stepwise.ini"));
}

Result<const Dialect *> ConnectionResolver::offlineDialect() const
{
    QString scheme;
    if (!m_choice.profileName.isEmpty()) {
        const Result<ConnectionProfile> profile = savedProfile(m_choice.profileName);
        if (!profile)
            return profile.error();
        return &Dialect::forDriver(profile->driver);
    }
    if (!m_choice.url.isEmpty())
        scheme = ConnectionUrl::schemeOf(m_choice.url);
    else if (!m_config.url.isEmpty())
        scheme = ConnectionUrl::schemeOf(m_config.url);
    else
        scheme = m_config.dialect;
    if (scheme.isEmpty())
        return Error(ErrorCode::Config, CliText::tr("--sql needs a dialect: pass --url or --connection, or "
                                           "set [repository] dialect in stepwise.ini"));
    const Dialect *d = Dialect::forScheme(scheme);
    if (!d)
        return Error(ErrorCode::Config, CliText::tr("Unknown database kind '%1'").arg(scheme));
    return d;
}

Result<std::unique_ptr<MigrationSession>>
ConnectionResolver::openSession(const RevisionGraph &graph, PasswordProvider *passwords,
                                QString *note) const
{
    const Result<ConnectionUrl> connection = url(note);
    if (!connection)
        return connection.error();
    return MigrationSession::open(*connection, m_config, graph, passwords);
}

} // namespace Stepwise::Core
