#include "core/schema/schemacomparison.h"

#include "core/base/tr.h"
#include "core/db/dialect.h"
#include "core/db/scopeddatabase.h"
#include "core/schema/schemasnapshot.h"
#include "core/schema/shadowdatabase.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

bool SchemaComparison::isSqlFile(const QString &source)
{
    return ConnectionUrl::schemeOf(source).isEmpty() || source.endsWith(u".sql"_s, Qt::CaseInsensitive);
}

Result<SchemaComparisonResult> SchemaComparison::compare(const QString &from, const QString &to,
                                                         const ComparisonOptions &options,
                                                         PasswordProvider *passwords)
{
    // The dialect: the databases', which must agree; a file takes it.
    std::optional<ConnectionUrl> urls[2];
    const QString sources[2] = {from, to};
    const QString labels[2] = {u"FROM"_s, u"TO"_s};
    const Dialect *dialect = nullptr;
    for (int i = 0; i < 2; ++i) {
        if (isSqlFile(sources[i]))
            continue;
        Result<ConnectionUrl> url = ConnectionUrl::parse(sources[i]);
        if (!url)
            return Error(ErrorCode::Usage, Tr::tr("%1: %2").arg(labels[i], url.error().message()));
        if (dialect && url->dialect().name() != dialect->name())
            return Error(ErrorCode::Usage, Tr::tr("FROM is a %1 database and TO a %2 one: compare schemas of one "
                                                  "dialect")
                                               .arg(dialect->name(), url->dialect().name()));
        dialect = &url->dialect();
        urls[i] = *url;
    }
    if (!dialect) {
        const QString name = options.dialect.isEmpty() ? u"sqlite"_s : options.dialect;
        const Dialect *named = Dialect::forScheme(name);
        if (!named)
            return Error(ErrorCode::Usage, Tr::tr("Unknown dialect '%1' (sqlite, postgresql, mysql)").arg(name));
        dialect = named;
    }
    const auto writer = DdlWriter::create(*dialect);
    if (writer)
        writer->setConcurrentIndexes(options.concurrentIndexes);
    if (!writer)
        return Error(ErrorCode::Unsupported, Tr::tr("Comparing schemas is not supported on %1").arg(dialect->name()));

    SnapshotOptions snapshot;
    snapshot.excluded = options.excluded;
    ShadowDatabase shadow(*dialect, options.shadowUrl, passwords);
    Schema schemas[2];
    for (int i = 0; i < 2; ++i) {
        Result<Schema> read = Schema();
        if (urls[i]) {
            auto connection = ScopedDatabase::open(*urls[i], passwords);
            if (!connection)
                return Error(ErrorCode::Usage, Tr::tr("Cannot connect to %1 (%2): %3")
                                                   .arg(labels[i], urls[i]->redacted(), connection.error().message()));
            read = SchemaSnapshot::read((*connection)->db(), snapshot);
        } else {
            read = shadow.readFile(sources[i], snapshot);
        }
        if (!read)
            return read.error();
        schemas[i] = std::move(*read);
    }
    SchemaComparisonResult result;
    result.dialect = dialect->name();
    result.from = std::move(schemas[0]);
    result.to = std::move(schemas[1]);
    result.diff = diffSchemas(result.from, result.to, writer->diffOptions());
    result.script = writer->write(result.diff, result.to);
    return result;
}

} // namespace Stepwise::Core
