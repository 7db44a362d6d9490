#include "cliconnection.h"
#include "keychainpassword.h"

#include "core/db/connectionprofiles.h"
#include "core/db/dialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

CliConnection::CliConnection(CliSession &session)
    : m_session(session)
{
}

Result<CliConnection::Profile> CliConnection::connectionProfile() const
{
    const std::unique_ptr<QSettings> settings = ConnectionProfiles::studioSettings();
    const QList<ConnectionProfile> profiles = ConnectionProfiles::read(*settings);
    const Result<ConnectionProfile> found =
        ConnectionProfiles::find(profiles, line().value(u"connection"_s));
    if (!found)
        return found.error();
    return Profile{ConnectionProfiles::toUrl(*found), found->keychainKey(),
                   found->savePassword && found->driver != u"QSQLITE"_s};
}

Result<ConnectionUrl> CliConnection::databaseUrl(const ProjectConfig &config) const
{
    if (line().isSet(u"connection"_s)) {
        const Result<Profile> profile = connectionProfile();
        if (!profile)
            return profile.error();
        Result<ConnectionUrl> url = ConnectionUrl::parse(profile->url, QDir::currentPath());
        if (!url)
            return url.error();
        // A password Studio saved in the keychain, unless STEPWISE_PASSWORD overrides it;
        // without a keychain service, quietly on to libpq's sources or the prompt.
        if (profile->keychain && qEnvironmentVariableIsEmpty("STEPWISE_PASSWORD")) {
            QString error;
            const std::optional<QString> saved = readKeychainPassword(
                ConnectionProfiles::keychainService(), profile->keychainKey, &error);
            if (saved)
                url->setPassword(*saved);
            else if (m_session.verbose() && !m_session.quiet())
                QTextStream(stderr) << tr("note: no saved password from the keychain (%1)").arg(error)
                                    << '\n';
        }
        return url;
    }
    if (line().isSet(u"url"_s))
        return ConnectionUrl::parse(line().value(u"url"_s), QDir::currentPath());
    if (!config.url.isEmpty())
        return ConnectionUrl::parse(config.url, config.projectDir);
    return Error(ErrorCode::Config,
                 config.kind == ProjectConfig::Kind::Alembic
                     ? tr("No database URL: pass --url or --connection (sqlalchemy.url in "
                          "alembic.ini is used only when it holds no password)")
                     : tr("No database URL: pass --url or --connection, or set [database] url in "
                          "stepwise.ini"));
}

Result<const Dialect *> CliConnection::offlineDialect(const ProjectConfig &config) const
{
    QString scheme;
    if (line().isSet(u"connection"_s)) {
        const Result<Profile> profile = connectionProfile();
        if (!profile)
            return profile.error();
        scheme = profile->url.section(u':', 0, 0);
    } else if (line().isSet(u"url"_s)) {
        scheme = line().value(u"url"_s).section(u':', 0, 0);
    } else if (!config.url.isEmpty()) {
        scheme = config.url.section(u':', 0, 0);
    } else if (!config.dialect.isEmpty()) {
        scheme = config.dialect;
    }
    if (scheme.isEmpty())
        return Error(ErrorCode::Config, tr("--sql needs a dialect: pass --url or --connection, or "
                                           "set [repository] dialect in stepwise.ini"));
    const Dialect *d = Dialect::forScheme(scheme);
    if (!d)
        return Error(ErrorCode::Config, tr("Unknown database kind '%1'").arg(scheme));
    return d;
}

Result<std::unique_ptr<MigrationSession>> CliConnection::open(const ConnectionUrl &url,
                                                             const CliSession::Loaded &loaded)
{
    return MigrationSession::open(url, loaded.project.config, loaded.graph, &m_passwords);
}

std::optional<int> CliConnection::readRows(const CliSession::Loaded &loaded, QStringList *rows,
                                           QString *display)
{
    const Result<ConnectionUrl> url = databaseUrl(loaded.project.config);
    if (!url)
        return m_session.fail(url.error());
    if (display)
        *display = url->alembicDisplay();
    auto session = open(*url, loaded);
    if (!session)
        return m_session.fail(session.error());
    const Result<QStringList> heads = (*session)->readHeads();
    if (!heads)
        return m_session.fail(heads.error());
    *rows = *heads;
    return std::nullopt;
}

} // namespace Stepwise::Cli
