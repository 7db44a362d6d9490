#include "core/engine/schemadrift.h"

#include "core/base/tr.h"
#include "core/db/dialect.h"
#include "core/db/scopeddatabase.h"
#include "core/engine/autogenerate.h"
#include "core/repository/projectloader.h"
#include "core/schema/schemasnapshot.h"
#include "core/schema/shadowdatabase.h"

namespace Stepwise::Core {

Result<SchemaDrift> checkSchemaDrift(const Project &project, const RevisionGraph &graph, const ConnectionUrl &database,
                                     const QStringList &heads, const std::optional<ConnectionUrl> &shadowUrl,
                                     PasswordProvider *passwords)
{
    const Dialect &dialect = database.dialect();
    const auto writer = DdlWriter::create(dialect);
    if (!writer)
        return Error(ErrorCode::Unsupported, Tr::tr("Schema drift is not checked on %1").arg(dialect.name()));
    const Result<std::optional<ConnectionUrl>> shadowAt = projectShadowUrl(project, shadowUrl);
    if (!shadowAt)
        return shadowAt.error();
    if (*shadowAt && (*shadowAt)->toString() == database.toString())
        return Error(ErrorCode::Usage, Tr::tr("The shadow database is the database being checked: name another one"));

    auto live = ScopedDatabase::open(database, passwords);
    if (!live)
        return live.error();
    Result<Schema> actual = SchemaSnapshot::read((*live)->db(), projectSnapshotOptions(project));
    if (!actual)
        return actual.error();
    ShadowDatabase shadow(dialect, *shadowAt, passwords);
    Result<Schema> expected = migratedSchema(project, graph, shadow, heads, passwords);
    if (!expected)
        return expected.error();
    SchemaDrift drift;
    drift.heads = heads;
    drift.diff = diffSchemas(*actual, *expected, writer->diffOptions());
    drift.repair = writer->write(drift.diff, *expected);
    return drift;
}

} // namespace Stepwise::Core
