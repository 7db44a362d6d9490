// stepwise check [--schema [--shadow-url URL]]: drift between the database's applied revisions
// and the files; with --schema, between the database's schema and what its revisions build.
#include "clitr.h"
#include "cliconnection.h"
#include "clicontext.h"
#include "commands.h"
#include "revisionjson.h"

#include "core/engine/migrationsession.h"
#include "core/engine/schemadrift.h"
#include "core/engine/databasestate.h"
#include "core/engine/revisionstates.h"

#include <QCoreApplication>
#include <QJsonArray>
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
        return session.usageError(CliText::tr("'check' takes no arguments"));
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
        byId.insert(id, CliText::tr("missing: %1 was applied but no file defines it").arg(id));
    }
    for (const RevisionStates::Drift &d : states.drifted()) {
        drifted.append(QJsonObject{{u"revision"_s, d.revision}, {u"path"_s, d.relativePath},
                                   {u"applied_checksum"_s, d.appliedChecksum},
                                   {u"file_checksum"_s, d.fileChecksum}});
        byId.insert(d.revision, CliText::tr("drifted: %1 (%2): its up section changed since it was applied")
                                    .arg(d.revision, d.relativePath));
    }
    QStringList lines = byId.values();
    for (const QString &row : states.unknownHeads()) {
        if (!state->appliedChecksums.contains(row)) {
            missing.append(QJsonObject{{u"revision"_s, row}});
            lines << CliText::tr("missing: %1 is in the heads table but no file defines it").arg(row);
        }
    }
    bool clean = drifted.isEmpty() && missing.isEmpty();
    // The schema itself against what the revisions build at the database's heads.
    std::optional<SchemaDrift> schema;
    if (line.isSet(u"schema"_s)) {
        std::optional<ConnectionUrl> shadowUrl;
        if (line.isSet(u"shadow-url"_s)) {
            const Result<ConnectionUrl> shadow = ConnectionUrl::parse(line.value(u"shadow-url"_s));
            if (!shadow)
                return session.usageError(u"--shadow-url: "_s + shadow.error().message());
            shadowUrl = *shadow;
        }
        Result<SchemaDrift> checked = checkSchemaDrift(loaded->project, loaded->graph, (*migration)->url(),
                                                       state->heads, shadowUrl);
        if (!checked)
            return session.fail(checked.error());
        schema = *checked;
        clean = clean && !schema->drifted();
    }
    if (session.json()) {
        QJsonObject out{{u"ok"_s, clean}, {u"drifted"_s, drifted}, {u"missing"_s, missing},
                        {u"heads"_s, toJson(state->heads)}};
        if (schema) {
            QJsonObject drift = schemaDiffJson(schema->diff);
            drift.insert(u"drifted"_s, schema->drifted());
            drift.insert(u"repair"_s, schema->repair.text());
            out.insert(u"schema"_s, drift);
        }
        session.out() << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
        return clean ? 0 : 1;
    }
    for (const QString &l : std::as_const(lines))
        session.out() << l << '\n';
    if (lines.isEmpty() && !session.quiet())
        session.out() << QCoreApplication::translate("cli", "No drift: %n applied revision(s) match their files.",
                                                     nullptr, int(state->appliedChecksums.size()))
                      << '\n';
    if (schema) {
        for (const QString &notCompared : schema->repair.notCompared)
            session.out() << notCompared << '\n';
        if (!schema->drifted()) {
            if (!session.quiet())
                session.out() << CliText::tr("No schema drift: the database's schema is what its revisions build.") << '\n';
        } else {
            session.out() << QCoreApplication::translate("cli",
                                                         "Schema drift: %n difference(s) between the database and what "
                                                         "its revisions build:",
                                                         nullptr, int(schema->diff.changes.size()))
                          << '\n';
            for (const SchemaChange &c : schema->diff.changes)
                session.out() << u"  "_s << c.describe() << (c.destructive ? CliText::tr(" (destructive)") : QString())
                              << '\n';
            session.out() << '\n'
                          << CliText::tr("-- The SQL that brings the database back to its revisions:") << '\n'
                          << schema->repair.text();
        }
    }
    return clean ? 0 : 1;
}

} // namespace Stepwise::Cli
