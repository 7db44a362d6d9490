#include "core/engine/autogenerate.h"

#include "core/base/tr.h"
#include "core/db/dialect.h"
#include "core/db/scopeddatabase.h"
#include "core/engine/migrationsession.h"
#include "core/repository/projectloader.h"
#include "core/schema/schemacomparison.h"
#include "core/schema/schemasnapshot.h"
#include "core/schema/shadowdatabase.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

std::pair<DdlScript, DdlScript> AutogenerateResult::scriptsFor(const QList<int> &kept, bool concurrentIndexes) const
{
    const Dialect *d = Dialect::forScheme(dialect);
    const auto writer = d ? DdlWriter::create(*d) : nullptr;
    if (!writer)
        return {};
    writer->setConcurrentIndexes(concurrentIndexes);
    QList<int> ordered = kept; // in the diff's order, whatever order they were ticked in
    std::sort(ordered.begin(), ordered.end());
    QList<SchemaChange> changes;
    for (const int i : std::as_const(ordered)) {
        if (i >= 0 && i < up.changes.size())
            changes << up.changes.at(i);
    }
    const Schema target = applyChanges(migrated, changes);
    const SchemaDiffResult there = diffSchemas(migrated, target, writer->diffOptions());
    const SchemaDiffResult back = diffSchemas(target, migrated, writer->diffOptions());
    return {writer->write(there, target), writer->write(back, migrated)};
}

SnapshotOptions projectSnapshotOptions(const Project &project)
{
    SnapshotOptions snapshot;
    const VersionTables tables = versionTablesFor(project.config);
    snapshot.excluded = {tables.heads, tables.history, TableName{QString(), u"alembic_version"_s}};
    return snapshot;
}

Result<std::optional<ConnectionUrl>> projectShadowUrl(const Project &project, const std::optional<ConnectionUrl> &given)
{
    if (given || project.config.shadowUrl.isEmpty())
        return given;
    Result<ConnectionUrl> url = ConnectionUrl::parse(project.config.shadowUrl, project.config.projectDir);
    if (!url)
        return Error(ErrorCode::Config, Tr::tr("[database] shadow_url: %1").arg(url.error().message()));
    return std::optional<ConnectionUrl>(*url);
}

Result<Schema> migratedSchema(const Project &project, const RevisionGraph &graph, ShadowDatabase &shadow,
                              const QStringList &heads, PasswordProvider *passwords)
{
    Result<ConnectionUrl> url = shadow.prepare();
    if (!url)
        return url.error();
    {
        auto session = MigrationSession::open(*url, project.config, graph, passwords);
        if (!session)
            return session.error();
        if (!heads.isEmpty()) {
            MigrationSession::Options options;
            options.transactionPerMigration = project.config.transactionPerMigration;
            auto ran = (*session)->run(Planner::Command::Upgrade, heads, options);
            if (!ran) {
                Error e = ran.error();
                return e.withDetail(Tr::tr("while building the migrated schema in the shadow database"));
            }
        }
    }
    return shadow.read(*url, projectSnapshotOptions(project));
}

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
    const Dialect *dialect = projectDialect.isEmpty() ? nullptr : Dialect::forScheme(projectDialect);
    if (!projectDialect.isEmpty() && !dialect)
        return Error(ErrorCode::Config, Tr::tr("Unknown dialect '%1' in the project").arg(projectDialect));
    if (referenceUrl) {
        if (dialect && referenceUrl->dialect().name() != dialect->name())
            return Error(ErrorCode::Usage, Tr::tr("The project is written for %1 and --against names a %2 database")
                                               .arg(projectDialect, referenceUrl->dialect().name()));
        dialect = &referenceUrl->dialect();
    }
    if (!dialect)
        dialect = Dialect::forScheme(u"sqlite"_s); // a .sql file and no dialect said: SQLite
    const auto writer = DdlWriter::create(*dialect);
    if (!writer)
        return Error(ErrorCode::Unsupported, Tr::tr("Autogenerate is not supported on %1").arg(dialect->name()));
    writer->setConcurrentIndexes(request.concurrentIndexes);

    const Result<std::optional<ConnectionUrl>> shadowUrl = projectShadowUrl(project, request.shadowUrl);
    if (!shadowUrl)
        return shadowUrl.error();
    ShadowDatabase shadow(*dialect, *shadowUrl, passwords);
    const SnapshotOptions snapshot = projectSnapshotOptions(project);
    Result<Schema> migrated = migratedSchema(project, graph, shadow, request.parents, passwords);
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
    result.migrated = *migrated;
    result.reference = *reference;
    result.up = diffSchemas(*migrated, *reference, writer->diffOptions());
    result.upScript = writer->write(result.up, *reference);
    result.downScript = writer->write(diffSchemas(*reference, *migrated, writer->diffOptions()), *migrated);
    return result;
}

} // namespace Stepwise::Core
