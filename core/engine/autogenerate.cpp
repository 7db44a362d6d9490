#include "core/engine/autogenerate.h"

#include "core/base/tr.h"
#include "core/db/dialect.h"
#include "core/db/scopeddatabase.h"
#include "core/engine/migrationsession.h"
#include "core/repository/projectloader.h"
#include "core/schema/schemacomparison.h"
#include "core/schema/schemasnapshot.h"
#include "core/schema/shadowdatabase.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

Result<AutogenerateResult> autogenerate(const Project &project, const RevisionGraph &graph,
                                        const AutogenerateRequest &request, PasswordProvider *passwords)
{
    const ProjectConfig &config = project.config;
    // The dialect: the reference database's, which must be the project's; a file takes the project's.
    std::optional<ConnectionUrl> referenceUrl;
    if (!SchemaComparison::isSqlFile(request.reference)) {
        Result<ConnectionUrl> url = ConnectionUrl::parse(request.reference, config.projectDir);
        if (!url)
            return Error(ErrorCode::Usage, Tr::tr("--against: %1").arg(url.error().message()));
        referenceUrl = *url;
    }
    const QString projectDialect = config.dialect;
    const Dialect *dialect = Dialect::forScheme(projectDialect.isEmpty() ? u"sqlite"_s : projectDialect);
    if (referenceUrl) {
        if (!projectDialect.isEmpty() && referenceUrl->dialect().name() != dialect->name())
            return Error(ErrorCode::Usage, Tr::tr("The project is written for %1 and --against names a %2 database")
                                               .arg(projectDialect, referenceUrl->dialect().name()));
        dialect = &referenceUrl->dialect();
    }
    if (!dialect)
        return Error(ErrorCode::Usage, Tr::tr("Autogenerate needs the project's dialect ([repository] dialect)"));
    const auto writer = DdlWriter::create(*dialect);
    if (!writer)
        return Error(ErrorCode::Unsupported, Tr::tr("Autogenerate is not supported on %1").arg(dialect->name()));

    std::optional<ConnectionUrl> shadowUrl = request.shadowUrl;
    if (!shadowUrl && !config.shadowUrl.isEmpty()) {
        Result<ConnectionUrl> url = ConnectionUrl::parse(config.shadowUrl, config.projectDir);
        if (!url)
            return Error(ErrorCode::Config, Tr::tr("[database] shadow_url: %1").arg(url.error().message()));
        shadowUrl = *url;
    }
    ShadowDatabase shadow(*dialect, shadowUrl, passwords);
    SnapshotOptions snapshot;
    const VersionTables tables = versionTablesFor(config);
    snapshot.excluded = {tables.heads, tables.history, TableName{QString(), u"alembic_version"_s}};

    // The migrated state: the project's revisions up to the parents, in the shadow.
    Result<ConnectionUrl> migratedUrl = shadow.prepare();
    if (!migratedUrl)
        return migratedUrl.error();
    {
        auto session = MigrationSession::open(*migratedUrl, config, graph, passwords);
        if (!session)
            return session.error();
        if (!request.parents.isEmpty()) {
            MigrationSession::Options options;
            options.transactionPerMigration = config.transactionPerMigration;
            auto ran = (*session)->run(Planner::Command::Upgrade, request.parents, options);
            if (!ran) {
                Error e = ran.error();
                return e.withDetail(Tr::tr("while building the migrated schema in the shadow database"));
            }
        }
    }
    Result<Schema> migrated = shadow.read(*migratedUrl, snapshot);
    if (!migrated)
        return migrated.error();

    // The reference, as it stands.
    Result<Schema> reference = Schema();
    if (referenceUrl) {
        auto db = ScopedDatabase::open(*referenceUrl, passwords);
        if (!db)
            return Error(ErrorCode::Usage, Tr::tr("Cannot connect to --against %1: %2")
                                               .arg(referenceUrl->redacted(), db.error().message()));
        reference = SchemaSnapshot::read((*db)->db(), snapshot);
    } else {
        reference = shadow.readFile(request.reference, snapshot);
    }
    if (!reference)
        return reference.error();

    AutogenerateResult result;
    result.dialect = dialect->name();
    result.up = diffSchemas(*migrated, *reference, writer->diffOptions());
    result.upScript = writer->write(result.up, *reference);
    result.downScript = writer->write(diffSchemas(*reference, *migrated, writer->diffOptions()), *migrated);
    return result;
}

} // namespace Stepwise::Core
