#pragma once

#include "core/base/result.h"
#include "core/db/connectionurl.h"
#include "core/schema/ddlwriter.h"
#include "core/schema/schemadiff.h"

#include <QStringList>

#include <optional>

namespace Stepwise::Core {

class PasswordProvider;
class RevisionGraph;
struct Project;

struct SchemaDrift
{
    QStringList heads;     // the database's heads the revisions were built to
    SchemaDiffResult diff; // live schema → what the revisions build: empty when no drift
    DdlScript repair;      // the SQL that brings the live schema back to its revisions
    bool drifted() const { return !diff.isEmpty(); }
};

// `stepwise check --schema` and the graph's drift mark: the database's schema against what the
// project's revisions build at the database's own heads (in a shadow database, see
// migratedSchema) — what changed by hand, outside the revisions. Reads the database, never
// changes it.
Result<SchemaDrift> checkSchemaDrift(const Project &project, const RevisionGraph &graph, const ConnectionUrl &database,
                                     const QStringList &heads, const std::optional<ConnectionUrl> &shadowUrl,
                                     PasswordProvider *passwords = nullptr);

} // namespace Stepwise::Core
