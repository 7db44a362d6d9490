#include "clitr.h"
#include "cliconnection.h"

#include "core/db/dialect.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {
CliConnection::CliConnection(CliContext &session)
    : m_session(session)
{
}

ConnectionResolver CliConnection::resolver(const ProjectConfig &config) const
{
    const CommandLine &line = m_session.line();
    return ConnectionResolver({line.value(u"url"_s), line.value(u"connection"_s)}, config, &m_keychain);
}

Result<ConnectionUrl> CliConnection::databaseUrl(const ProjectConfig &config) const
{
    QString note;
    Result<ConnectionUrl> url = resolver(config).url(&note);
    if (!note.isEmpty() && m_session.verbose() && !m_session.quiet())
        QTextStream(stderr) << CliText::tr("note: no saved password from the keychain (%1)").arg(note) << '\n';
    return url;
}

Result<const Dialect *> CliConnection::offlineDialect(const ProjectConfig &config) const
{
    return resolver(config).offlineDialect();
}

Result<std::unique_ptr<MigrationSession>> CliConnection::open(const ConnectionUrl &url,
                                                             const CliContext::Loaded &loaded)
{
    return MigrationSession::open(url, loaded.project.config, loaded.graph, &m_passwords);
}

std::optional<int> CliConnection::readRows(const CliContext::Loaded &loaded, QStringList *rows,
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
