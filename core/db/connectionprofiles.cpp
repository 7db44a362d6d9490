#include "core/db/connectionprofiles.h"

#include "core/db/connectionurl.h"

#include "core/base/tr.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

const QString arrayName = u"connections"_s;

// A timeout in seconds (fractions allowed); unset when missing or not a number >= 0.
std::optional<std::chrono::milliseconds> readSeconds(const QSettings &settings, const QString &key)
{
    bool ok = false;
    const double seconds = settings.value(key).toDouble(&ok);
    if (!ok || seconds < 0 || seconds > 1e9)
        return std::nullopt;
    return std::chrono::milliseconds(qint64(seconds * 1000 + 0.5));
}

void writeSeconds(QSettings &settings, const QString &key,
                  const std::optional<std::chrono::milliseconds> &value)
{
    if (value)
        settings.setValue(key, double(value->count()) / 1000.0);
    else
        settings.remove(key);
}

ConnectionProfile readProfile(const QSettings &settings)
{
    ConnectionProfile p;
    p.name = settings.value(u"name"_s).toString();
    p.driver = settings.value(u"driver"_s).toString();
    p.host = settings.value(u"host"_s).toString();
    p.port = settings.value(u"port"_s, -1).toInt();
    p.database = settings.value(u"database"_s).toString();
    p.user = settings.value(u"user"_s).toString();
    p.savePassword = settings.value(u"savePassword"_s, false).toBool();
    const QStringList options = settings.value(u"options"_s).toStringList();
    for (const QString &option : options) {
        const qsizetype eq = option.indexOf(u'=');
        if (eq > 0)
            p.options.append({ option.left(eq), option.mid(eq + 1) });
    }
    p.timeouts.lock = readSeconds(settings, u"lockTimeout"_s);
    p.timeouts.statement = readSeconds(settings, u"statementTimeout"_s);
    for (const QString &variable : settings.value(u"environment"_s).toStringList()) {
        const qsizetype eq = variable.indexOf(u'=');
        if (eq > 0)
            p.environment.append({ variable.left(eq), variable.mid(eq + 1) });
    }
    return p;
}

void writeProfile(QSettings &settings, const ConnectionProfile &p)
{
    settings.setValue(u"name"_s, p.name);
    settings.setValue(u"driver"_s, p.driver);
    settings.setValue(u"host"_s, p.host);
    settings.setValue(u"port"_s, p.port);
    settings.setValue(u"database"_s, p.database);
    settings.setValue(u"user"_s, p.user);
    settings.setValue(u"savePassword"_s, p.savePassword);
    QStringList options;
    for (const auto &[key, value] : p.options)
        options << key + u'=' + value;
    settings.setValue(u"options"_s, options);
    QStringList environment;
    for (const auto &[name, value] : p.environment)
        environment << name + u'=' + value;
    if (environment.isEmpty())
        settings.remove(u"environment"_s);
    else
        settings.setValue(u"environment"_s, environment);
    writeSeconds(settings, u"lockTimeout"_s, p.timeouts.lock);
    writeSeconds(settings, u"statementTimeout"_s, p.timeouts.statement);
}

QString schemeFor(const QString &driver)
{
    if (driver == u"QSQLITE"_s)
        return u"sqlite"_s;
    if (driver == u"QPSQL"_s)
        return u"postgresql"_s;
    if (driver == u"QMYSQL"_s)
        return u"mysql"_s;
    return u"odbc"_s;
}

QString encoded(const QString &text)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(text));
}

} // namespace

QString ConnectionProfile::keychainKey() const
{
    return u"connection/"_s + name;
}

QString ConnectionProfile::displayUrl() const
{
    return ConnectionProfiles::toUrl(*this);
}

namespace ConnectionProfiles {

std::unique_ptr<QSettings> studioSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       u"Stepwise"_s, u"stepwise-studio"_s);
}

QString keychainService()
{
    return u"Stepwise Studio"_s;
}

QList<ConnectionProfile> read(QSettings &settings)
{
    QList<ConnectionProfile> profiles;
    const int count = settings.beginReadArray(arrayName);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p = readProfile(settings);
        if (p.isValid())
            profiles.append(p);
    }
    settings.endArray();
    return profiles;
}

void write(QSettings &settings, const QList<ConnectionProfile> &profiles)
{
    settings.remove(arrayName);
    settings.beginWriteArray(arrayName);
    int n = 0;
    for (const ConnectionProfile &profile : profiles) {
        settings.setArrayIndex(n++);
        writeProfile(settings, profile);
    }
    settings.endArray();
    settings.sync();
}

Result<ConnectionProfile> find(const QList<ConnectionProfile> &profiles, const QString &name)
{
    QStringList known;
    for (const ConnectionProfile &p : profiles) {
        if (p.name == name)
            return p;
        known << u'\'' + p.name + u'\'';
    }
    return Error(ErrorCode::Config,
                 known.isEmpty()
                     ? Tr::tr("No connection profile named '%1': no profiles are saved "
                              "(Stepwise Studio saves them in its Connections panel)")
                           .arg(name)
                     : Tr::tr("No connection profile named '%1'; known profiles: %2")
                           .arg(name, known.join(u", "_s)));
}

// Only assembles the fields into text (percent-encoded); ConnectionUrl owns the grammar.
QString toUrl(const ConnectionProfile &profile)
{
    const QString scheme = schemeFor(profile.driver);
    if (profile.driver == u"QSQLITE"_s)
        return scheme + u":///"_s + profile.database;
    QString text = scheme + u"://"_s;
    if (!profile.user.isEmpty())
        text += encoded(profile.user) + u'@';
    text += profile.driver == u"QODBC"_s ? profile.database : profile.host;
    if (profile.port > 0)
        text += u':' + QString::number(profile.port);
    if (profile.driver != u"QODBC"_s)
        text += u'/' + encoded(profile.database);
    QStringList query;
    for (const auto &[key, value] : profile.options)
        query << encoded(key) + u'=' + encoded(value);
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

Result<ConnectionUrl> connectionUrl(const ConnectionProfile &profile, const QString &baseDirectory)
{
    Result<ConnectionUrl> url = ConnectionUrl::parse(toUrl(profile), baseDirectory);
    if (url) {
        url->setEnvironment(profile.environment);
        url->setSessionTimeouts(profile.timeouts);
    }
    return url;
}

ConnectionProfile fromUrl(const ConnectionUrl &url)
{
    ConnectionProfile profile;
    profile.driver = url.dialect().qtDriver();
    profile.user = url.userName();
    profile.host = url.host();
    profile.port = url.port();
    profile.database = url.database();
    profile.options = url.options();
    profile.timeouts = url.sessionTimeouts();
    const QString base = profile.database.section(u'/', -1);
    profile.name = base.isEmpty() ? profile.host : base;
    return profile;
}

} // namespace ConnectionProfiles

} // namespace Stepwise::Core
