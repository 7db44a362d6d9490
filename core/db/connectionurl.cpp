#include "core/db/connectionurl.h"

#include "core/base/tr.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

Error urlError(const QString &message)
{
    return Error(ErrorCode::Config, message);
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Percent-decoding as SQLAlchemy does it for the user name and password ('+' stays '+').
// `part` names the URL component for the error; the text itself is never repeated, since it
// may be a password.
Result<QString> percentDecode(const QString &text, const QString &part, bool plusIsSpace = false)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'%'
            && (i + 2 >= text.size() || !isHex(text.at(i + 1)) || !isHex(text.at(i + 2))))
            return urlError(Tr::tr("Invalid percent-encoding in the %1 of the connection URL").arg(part));
    }
    QString source = text;
    if (plusIsSpace)
        source.replace(u'+', u' ');
    return QUrl::fromPercentEncoding(source.toUtf8());
}

// SQLAlchemy's rendering of user names encodes ':', '@' and '/'; '?' (which would end the
// authority) and '%' (which would be decoded on the way back) are encoded too, so that what
// toString() prints parses again to the same user.
QString quoteUserInfo(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == u':' || c == u'@' || c == u'/' || c == u'?' || c == u'%')
            out += u'%' + QString::number(c.unicode(), 16).toUpper();
        else
            out += c;
    }
    return out;
}

qsizetype indexOfPathOrQuery(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'/' || text.at(i) == u'?')
            return i;
    }
    return -1;
}

QString quotePlus(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, " ")).replace(u' ', u'+');
}

} // namespace

QString ConnectionUrl::schemeOf(const QString &text)
{
    return text.section(u':', 0, 0);
}

Result<ConnectionUrl> ConnectionUrl::parse(const QString &text, const QString &baseDirectory)
{
    ConnectionUrl url;
    const qsizetype sep = text.indexOf(u"://"_s);
    static const QRegularExpression schemeRe(u"^[A-Za-z][A-Za-z0-9+.-]*$"_s);
    if (sep <= 0 || !schemeRe.match(text.left(sep)).hasMatch())
        return urlError(Tr::tr("The connection URL has no scheme: expected a form such as "
                               "postgresql://user@host/database or sqlite:///file.db"));
    url.m_scheme = text.left(sep);
    url.m_dialect = Dialect::forScheme(url.m_scheme);
    if (!url.m_dialect)
        return urlError(Tr::tr("Unknown database scheme '%1' in the connection URL "
                               "(expected sqlite, postgresql, mysql, mariadb or odbc)")
                            .arg(url.m_scheme));
    const QString rest = text.mid(sep + 3);
    const Result<void> parsed = url.m_dialect->urlForm() == Dialect::UrlForm::File
        ? url.parseSqlite(rest, baseDirectory)
        : url.parseNetwork(rest);
    if (!parsed)
        return parsed.error();
    Result<QStringList> qtOptions = url.m_dialect->connectOptions(url.m_options);
    if (!qtOptions)
        return qtOptions.error();
    url.m_qtOptions = std::move(qtOptions).value();
    return url;
}

// sqlite:// and sqlite:///:memory: are in-memory; sqlite:///x is x relative to the project
// folder; sqlite:////x is /x.
Result<void> ConnectionUrl::parseSqlite(const QString &rest, const QString &baseDirectory)
{
    const qsizetype q = rest.indexOf(u'?');
    const QString path = q < 0 ? rest : rest.left(q);
    if (q >= 0) {
        if (Result<void> r = parseQuery(rest.mid(q + 1)); !r)
            return r;
    }
    if (!path.isEmpty() && !path.startsWith(u'/'))
        return urlError(Tr::tr("SQLite connection URLs have no host ('%1'): write "
                               "sqlite:///relative.db or sqlite:////absolute/path.db")
                            .arg(path.section(u'/', 0, 0)));
    m_databaseText = path.mid(1);
    if (m_databaseText.isEmpty() || m_databaseText == u":memory:"_s) {
        m_database = u":memory:"_s;
        return {};
    }
    const QDir base(baseDirectory.isEmpty() ? QDir::currentPath() : baseDirectory);
    m_database = QDir::cleanPath(base.absoluteFilePath(m_databaseText));
    return {};
}

Result<void> ConnectionUrl::parseNetwork(const QString &rest)
{
    // The user information ends at the last '@' before the path; if there is none there, a
    // password holding an unencoded '/' may push it further (before the query).
    const qsizetype pathStart = indexOfPathOrQuery(rest);
    const QString authorityPart = pathStart < 0 ? rest : rest.left(pathStart);
    qsizetype at = authorityPart.lastIndexOf(u'@');
    if (at < 0 && pathStart >= 0) {
        // As SQLAlchemy reads it: the first '@', if the user name before it is clean.
        const qsizetype firstAt = rest.indexOf(u'@', pathStart);
        const QString user = rest.left(firstAt).section(u':', 0, 0);
        if (firstAt > pathStart && !user.contains(u'/') && !user.contains(u'?'))
            at = firstAt;
    }
    const QString userInfo = at < 0 ? QString() : rest.left(at);
    const QString afterUser = rest.mid(at + 1);
    const qsizetype end = indexOfPathOrQuery(afterUser);
    if (at >= 0) {
        if (Result<void> r = parseUserInfo(userInfo); !r)
            return r;
    }
    if (Result<void> r = parseAuthority(end < 0 ? afterUser : afterUser.left(end)); !r)
        return r;
    QString tail = end < 0 ? QString() : afterUser.mid(end);
    const qsizetype q = tail.indexOf(u'?');
    if (q >= 0) {
        if (Result<void> r = parseQuery(tail.mid(q + 1)); !r)
            return r;
        tail = tail.left(q);
    }
    m_databaseText = tail.mid(1); // drop the leading '/'
    Result<QString> database = percentDecode(m_databaseText, Tr::tr("database name"));
    if (!database)
        return database.error();
    m_database = *database;
    if (m_dialect->urlForm() == Dialect::UrlForm::DataSource) {
        // odbc://DSN: the DSN is the host part.
        if (!m_database.isEmpty())
            return urlError(Tr::tr("ODBC connection URLs name a DSN and no database: "
                                   "odbc://user@DSN, not '/%1'").arg(m_databaseText));
        if (m_host.isEmpty() || m_host.contains(u':'))
            return urlError(Tr::tr("The ODBC connection URL names no DSN: write odbc://DSN"));
        if (m_port > 0)
            return urlError(Tr::tr("ODBC connection URLs have no port: write odbc://DSN"));
        m_database = m_host;
        m_databaseText = m_host;
        m_host.clear();
    }
    return {};
}

Result<void> ConnectionUrl::parseUserInfo(const QString &userInfo)
{
    const qsizetype colon = userInfo.indexOf(u':');
    Result<QString> user = percentDecode(colon < 0 ? userInfo : userInfo.left(colon),
                                         Tr::tr("user name"));
    if (!user)
        return user.error();
    m_userName = *user;
    if (colon >= 0) {
        Result<QString> password = percentDecode(userInfo.mid(colon + 1), Tr::tr("password"));
        if (!password)
            return password.error();
        m_password = *password;
        m_passwordInUrl = !m_password.isEmpty();
    }
    return {};
}

Result<void> ConnectionUrl::parseAuthority(const QString &authority)
{
    QString hostPart = authority;
    QString portPart;
    if (authority.startsWith(u'[')) { // [::1]:5432
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return urlError(Tr::tr("Unterminated IPv6 address '%1' in the connection URL").arg(authority));
        hostPart = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            return urlError(Tr::tr("Unexpected '%1' after the host in the connection URL").arg(after));
        portPart = after.mid(1);
        if (!after.isEmpty() && portPart.isEmpty())
            return urlError(Tr::tr("Empty port in the connection URL"));
    } else if (const qsizetype colon = authority.lastIndexOf(u':'); colon >= 0) {
        hostPart = authority.left(colon);
        portPart = authority.mid(colon + 1);
        if (portPart.isEmpty())
            return urlError(Tr::tr("Empty port in the connection URL"));
    }
    if (!portPart.isEmpty()) {
        bool ok = false;
        const int port = portPart.toInt(&ok);
        static const QRegularExpression digits(u"^[0-9]{1,5}$"_s);
        if (!ok || !digits.match(portPart).hasMatch() || port < 1 || port > 65535)
            return urlError(Tr::tr("Invalid port '%1' in the connection URL").arg(portPart));
        m_port = port;
    }
    static const QRegularExpression badHost(u"[\\s@/?#\\[\\]]"_s);
    if (hostPart.contains(badHost))
        return urlError(Tr::tr("Invalid host '%1' in the connection URL").arg(hostPart));
    m_host = hostPart;
    return {};
}

Result<void> ConnectionUrl::parseQuery(const QString &query)
{
    for (const QString &pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        Result<QString> key = percentDecode(eq < 0 ? pair : pair.left(eq), Tr::tr("options"), true);
        if (!key)
            return key.error();
        Result<QString> value = percentDecode(eq < 0 ? QString() : pair.mid(eq + 1),
                                              Tr::tr("options"), true);
        if (!value)
            return value.error();
        if (eq < 0 || key->isEmpty())
            return urlError(Tr::tr("Option '%1' in the connection URL has no value").arg(*key));
        m_options.append({ *key, *value });
    }
    return {};
}

int ConnectionUrl::effectivePort() const
{
    return m_port > 0 ? m_port : (m_dialect ? m_dialect->defaultPort() : -1);
}

QString ConnectionUrl::qtConnectOptions() const
{
    if (!m_dialect)
        return {};
    return (m_dialect->defaultConnectOptions() + m_qtOptions).join(u';');
}

QString ConnectionUrl::qtDatabaseName() const
{
    return m_dialect ? m_dialect->databaseName(m_database, m_options) : QString();
}

// SQLAlchemy's URL rendering: scheme://user:password@host:port/database?sorted&query.
QString ConnectionUrl::render(const QString &passwordText) const
{
    if (!m_dialect)
        return {};
    QString out = m_scheme + u"://"_s;
    if (!m_userName.isEmpty() || !passwordText.isEmpty()) {
        out += quoteUserInfo(m_userName);
        if (!passwordText.isEmpty())
            out += u':' + passwordText;
        out += u'@';
    }
    const bool odbc = m_dialect->urlForm() == Dialect::UrlForm::DataSource;
    if (odbc)
        out += m_databaseText;
    else if (m_host.contains(u':'))
        out += u'[' + m_host + u']';
    else
        out += m_host;
    if (m_port > 0)
        out += u':' + QString::number(m_port);
    if (!odbc && !m_databaseText.isEmpty())
        out += u'/' + m_databaseText;
    if (!m_options.isEmpty()) {
        QList<UrlOption> sorted = m_options;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const UrlOption &a, const UrlOption &b) { return a.first < b.first; });
        QStringList pairs;
        for (const auto &[key, value] : sorted)
            pairs << quotePlus(key) + u'=' + quotePlus(value);
        out += u'?' + pairs.join(u'&');
    }
    return out;
}

QString ConnectionUrl::toString() const
{
    return render({});
}

QString ConnectionUrl::withPassword() const
{
    return render(hasPassword() ? quoteUserInfo(m_password) : QString());
}

QString ConnectionUrl::redacted() const
{
    return render(hasPassword() ? u"***"_s : QString());
}

// Alembic prints obfuscate_url_pw(url): the URL's own password (not one found elsewhere)
// replaced by XXXXX. Not translated: byte-identical to Alembic.
QString ConnectionUrl::alembicDisplay() const
{
    return render(m_passwordInUrl ? u"XXXXX"_s : QString());
}

QString redactPasswords(const QString &text)
{
    // password=…, PGPASSWORD=…, PWD=… pairs (conninfo, environment, ODBC strings).
    // scheme://user:PASSWORD@ — greedy up to the last '@' of the token, so a password holding
    // an unencoded '@' is still hidden (over-hiding is the safe side).
    static const QRegularExpression urlPassword(
        u"([A-Za-z][A-Za-z0-9+.-]*://[^\\s:/@]*:)\\S*@"_s);
    static const QRegularExpression pairPassword(
        u"\\b(\\w*(?:password|passwd|pwd))(\\s*=\\s*)('[^']*'|\\{[^}]*\\}|[^\\s;,)\"]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    // Hiding one secret can expose the shape of another (c://PWD=@):@ reads as a URL with a
    // password once PWD's value is hidden), so both rules run until nothing changes: what
    // this returns is redacted again to itself.
    QString out = text;
    for (int round = 0; round < 8; ++round) {
        const QString before = out;
        out.replace(pairPassword, u"\\1\\2***"_s);
        out.replace(urlPassword, u"\\1***@"_s);
        if (out == before)
            break;
    }
    return out;
}

} // namespace Stepwise::Core
