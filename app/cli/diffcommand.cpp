// stepwise diff FROM TO: the SQL that turns one schema into another (SchemaComparison).
#include "clicontext.h"
#include "clitr.h"
#include "commands.h"
#include "revisionjson.h"
#include "terminalpasswordprovider.h"

#include "core/schema/schemacomparison.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {

namespace {

QJsonObject toJson(const SchemaComparisonResult &r)
{
    QJsonObject out = schemaDiffJson(r.diff);
    out.insert(u"ok"_s, true);
    out.insert(u"dialect"_s, r.dialect);
    out.insert(u"equal"_s, r.diff.isEmpty());
    out.insert(u"transactional"_s, r.script.transactional);
    out.insert(u"sql"_s, r.script.text());
    return out;
}

} // namespace

int runDiff(CliContext &session)
{
    const CommandLine &line = session.line();
    if (line.arguments.size() != 2)
        return session.usageError(CliText::tr("'diff' takes two schemas: FROM and TO (database URLs or .sql files)"));
    ComparisonOptions options;
    options.dialect = line.value(u"dialect"_s);
    options.concurrentIndexes = line.isSet(u"concurrently"_s);
    if (line.isSet(u"shadow-url"_s)) {
        Result<ConnectionUrl> shadow = ConnectionUrl::parse(line.value(u"shadow-url"_s));
        if (!shadow)
            return session.usageError(u"--shadow-url: "_s + shadow.error().message());
        options.shadowUrl = *shadow;
    }
    TerminalPasswordProvider passwords;
    const Result<SchemaComparisonResult> compared =
        SchemaComparison::compare(line.arguments.at(0), line.arguments.at(1), options, &passwords);
    if (!compared)
        return session.fail(compared.error());
    if (session.json()) {
        session.out() << QJsonDocument(toJson(*compared)).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    if (compared->diff.isEmpty()) {
        for (const QString &notCompared : compared->script.notCompared)
            session.out() << notCompared << '\n';
        session.out() << CliText::tr("-- No differences: FROM and TO have the same schema.") << '\n';
        return 0;
    }
    if (!compared->script.transactional)
        session.out() << CliText::tr("-- Runs outside a transaction (it manages its own): write it in a "
                            "transaction:false section.")
                      << "\n\n";
    session.out() << compared->script.text();
    return 0;
}

} // namespace Stepwise::Cli
