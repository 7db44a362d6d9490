#pragma once

#include "core/base/result.h"
#include "core/db/connectionurl.h"
#include "core/schema/ddlwriter.h"
#include "core/schema/schemadiff.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Stepwise::Core {

class PasswordProvider;
class RevisionGraph;
class ShadowDatabase;
struct Project;
struct SnapshotOptions;

struct AutogenerateRequest
{
    QStringList parents;  // the new revision's parents: the migrated state is theirs
    QString reference;    // a database URL or a .sql file: what the revision must lead to
    std::optional<ConnectionUrl> shadowUrl; // PostgreSQL / MySQL (else the project's shadow_url)
    bool concurrentIndexes = false; // PostgreSQL: CONCURRENTLY, the sections transaction:false
};

struct AutogenerateResult
{
    QString dialect;
    Schema migrated;  // what the project's revisions build at the parents
    Schema reference; // what the revision must lead to
    SchemaDiffResult up; // migrated state → reference
    DdlScript upScript;
    DdlScript downScript; // reference → migrated state
    bool isEmpty() const { return up.isEmpty(); }

    // Studio's checkable list: the up and down SQL of only the changes kept (indexes into
    // up.changes); every change kept gives upScript and downScript.
    std::pair<DdlScript, DdlScript> scriptsFor(const QList<int> &kept, bool concurrentIndexes = false) const;
};

// `stepwise revision --autogenerate --against REF` on a native project, as `flask db migrate`
// does from models: the project's revisions up to the parents run in a shadow database (never
// the project's own database), its schema is compared with the reference (a database read as
// it is, or a .sql file applied to the shadow), and the up and down SQL of a new revision come
// back. Nothing is written here.
Result<AutogenerateResult> autogenerate(const Project &project, const RevisionGraph &graph,
                                        const AutogenerateRequest &request, PasswordProvider *passwords = nullptr);

// The schema the project's revisions produce at `heads` (none: the empty schema), built in a
// freshly prepared shadow and read without the heads and history tables. What autogenerate
// starts from and what `check --schema` compares a database with.
Result<Schema> migratedSchema(const Project &project, const RevisionGraph &graph, ShadowDatabase &shadow,
                              const QStringList &heads, PasswordProvider *passwords = nullptr);
// The heads and history tables of the project (and Alembic's): never part of a compared schema.
SnapshotOptions projectSnapshotOptions(const Project &project);
// The project's shadow: --shadow-url when given, else stepwise.ini's shadow_url.
Result<std::optional<ConnectionUrl>> projectShadowUrl(const Project &project, const std::optional<ConnectionUrl> &given);

} // namespace Stepwise::Core
