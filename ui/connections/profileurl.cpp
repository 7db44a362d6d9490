#include "profileurl.h"

#include "db/connectionurl.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

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

} // namespace

// Only assembles the fields into text (percent-encoded); core/db's ConnectionUrl owns the
// grammar and is what reads it back.
QString profileToUrl(const ConnectionProfile &profile)
{
    const QString scheme = schemeFor(profile.driver);
    if (profile.driver == u"QSQLITE"_s)
        return scheme + u":///"_s + profile.database;
    QString text = scheme + u"://"_s;
    if (!profile.user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(profile.user)) + u'@';
    text += profile.driver == u"QODBC"_s ? profile.database : profile.host;
    if (profile.port > 0)
        text += u':' + QString::number(profile.port);
    if (profile.driver != u"QODBC"_s)
        text += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(profile.database));
    QStringList query;
    for (const auto &[key, value] : profile.options) {
        query << QString::fromUtf8(QUrl::toPercentEncoding(key)) + u'='
                + QString::fromUtf8(QUrl::toPercentEncoding(value));
    }
    if (!query.isEmpty())
        text += u'?' + query.join(u'&');
    return text;
}

ConnectionProfile profileFromUrl(const QString &text, QString *error, bool *droppedPassword,
                                 const QString &baseDirectory)
{
    const auto parsed = Core::ConnectionUrl::parse(text.trimmed(), baseDirectory);
    if (!parsed) {
        *error = parsed.error().message();
        return {};
    }
    const Core::ConnectionUrl &url = parsed.value();
    ConnectionProfile profile;
    profile.driver = url.dialect().qtDriver();
    profile.user = url.userName();
    profile.host = url.host();
    profile.port = url.port();
    profile.database = url.database();
    profile.options = url.options();
    if (droppedPassword)
        *droppedPassword = url.passwordInUrl();
    const QString base = profile.database.section(u'/', -1);
    profile.name = base.isEmpty() ? profile.host : base;
    return profile;
}

} // namespace Stepwise::Ui
