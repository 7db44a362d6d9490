// stepwise check: drift between the database's applied revisions and the files.
#include "cliconnection.h"
#include "clisession.h"
#include "commands.h"
#include "revisionjson.h"

#include "core/engine/migrationsession.h"
#include "core/engine/versionstore.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

// Applied revisions whose up section changed since (drift), and revisions the database has
// applied that no file defines any more. Exit 1 when there is either.
int runCheck(CliSession &session)
{
    const CommandLine &line = session.line();
    if (!line.arguments.isEmpty())
        return session.usageError(tr("'check' takes no arguments"));
    const auto loaded = session.load(false);
    if (!loaded)
        return session.exitCode();
    CliConnection connection(session);
    const Result<ConnectionUrl> url = connection.databaseUrl(loaded->project.config);
    if (!url)
        return session.fail(url.error());
    auto migration = connection.open(*url, *loaded);
    if (!migration)
        return session.fail(migration.error());
    const Result<QStringList> rows = (*migration)->readHeads();
    if (!rows)
        return session.fail(rows.error());
    const Result<QHash<QString, QString>> applied = (*migration)->store().lastAppliedChecksums();
    if (!applied)
        return session.fail(applied.error());
    const RevisionGraph &g = loaded->graph;
    QJsonArray drifted, missing;
    QStringList lines;
    QStringList appliedIds = applied->keys();
    std::sort(appliedIds.begin(), appliedIds.end());
    for (const QString &id : std::as_const(appliedIds)) {
        const int i = g.indexOf(id);
        if (i < 0) {
            missing.append(QJsonObject{{u"revision"_s, id}});
            lines << tr("missing: %1 was applied but no file defines it").arg(id);
            continue;
        }
        const QString recorded = applied->value(id);
        const QString now = g.revision(i).up.checksum;
        if (!recorded.isEmpty() && recorded != now) {
            drifted.append(QJsonObject{{u"revision"_s, id}, {u"path"_s, g.revision(i).relativePath},
                                       {u"applied_checksum"_s, recorded}, {u"file_checksum"_s, now}});
            lines << tr("drifted: %1 (%2): its up section changed since it was applied")
                         .arg(id, g.revision(i).relativePath);
        }
    }
    for (const QString &row : *rows) {
        if (g.indexOf(row) < 0 && !applied->contains(row)) {
            missing.append(QJsonObject{{u"revision"_s, row}});
            lines << tr("missing: %1 is in the heads table but no file defines it").arg(row);
        }
    }
    const bool clean = drifted.isEmpty() && missing.isEmpty();
    if (session.json()) {
        session.out() << QJsonDocument(QJsonObject{{u"ok"_s, clean}, {u"drifted"_s, drifted},
                                                   {u"missing"_s, missing}, {u"heads"_s, toJson(*rows)}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
    } else {
        for (const QString &l : std::as_const(lines))
            session.out() << l << '\n';
        if (clean && !session.quiet())
            session.out() << QCoreApplication::translate(
                                 "cli", "No drift: %n applied revision(s) match their files.", nullptr,
                                 int(applied->size()))
                          << '\n';
    }
    return clean ? 0 : 1;
}

} // namespace Stepwise::Cli
