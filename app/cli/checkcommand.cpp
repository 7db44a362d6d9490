// stepwise check: drift between the database's applied revisions and the files.
#include "clitr.h"
#include "cliconnection.h"
#include "clicontext.h"
#include "commands.h"
#include "revisionjson.h"

#include "core/engine/migrationsession.h"
#include "core/engine/databasestate.h"
#include "core/engine/revisionstates.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMap>


using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {
// Applied revisions whose up section changed since (drift), and revisions the database has
// applied that no file defines any more. Exit 1 when there is either.
int runCheck(CliContext &session)
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
    const Result<DatabaseState> state = DatabaseState::read((*migration)->store());
    if (!state)
        return session.fail(state.error());
    const RevisionStates states = RevisionStates::classify(loaded->graph, *state);
    // One line per applied revision by id (no file, or drifted), then heads rows no file defines.
    QJsonArray drifted, missing;
    QMap<QString, QString> byId;
    for (const QString &id : states.unknownApplied()) {
        missing.append(QJsonObject{{u"revision"_s, id}});
        byId.insert(id, tr("missing: %1 was applied but no file defines it").arg(id));
    }
    for (const RevisionStates::Drift &d : states.drifted()) {
        drifted.append(QJsonObject{{u"revision"_s, d.revision}, {u"path"_s, d.relativePath},
                                   {u"applied_checksum"_s, d.appliedChecksum},
                                   {u"file_checksum"_s, d.fileChecksum}});
        byId.insert(d.revision, tr("drifted: %1 (%2): its up section changed since it was applied")
                                    .arg(d.revision, d.relativePath));
    }
    QStringList lines = byId.values();
    for (const QString &row : states.unknownHeads()) {
        if (!state->appliedChecksums.contains(row)) {
            missing.append(QJsonObject{{u"revision"_s, row}});
            lines << tr("missing: %1 is in the heads table but no file defines it").arg(row);
        }
    }
    const bool clean = drifted.isEmpty() && missing.isEmpty();
    if (session.json()) {
        session.out() << QJsonDocument(QJsonObject{{u"ok"_s, clean}, {u"drifted"_s, drifted},
                                                   {u"missing"_s, missing}, {u"heads"_s, toJson(state->heads)}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
    } else {
        for (const QString &l : std::as_const(lines))
            session.out() << l << '\n';
        if (clean && !session.quiet())
            session.out() << QCoreApplication::translate(
                                 "cli", "No drift: %n applied revision(s) match their files.", nullptr,
                                 int(state->appliedChecksums.size()))
                          << '\n';
    }
    return clean ? 0 : 1;
}

} // namespace Stepwise::Cli
