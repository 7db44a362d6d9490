#pragma once

#include "clicontext.h"

#include "core/base/result.h"
#include "core/repository/revisionwriter.h"

#include <QJsonObject>
#include <QStringList>

namespace Stepwise::Cli {

// What `revision` and `merge` share (alembic-semantics §5.8, with the ⚑ rule that everything is
// validated before anything is written).

// A new revision's id (--rev-id), message (-m) and branch labels (--branch-label) as given.
Core::NewRevision newRevisionFromLine(const CommandLine &line);
// The parents of a new revision from --head / merge arguments, as Alembic's generate_revision:
// plain lookup (`head` refuses several heads with its own wording), no duplicates, and only
// heads unless --splice.
Core::Result<QStringList> resolveNewParents(const CliContext &session,
                                            const CliContext::Loaded &loaded,
                                            const QStringList &texts);
// Checks the graph with the new revision, writes its file and prints what was written; returns
// the exit code.
int writeRevision(CliContext &session, const CliContext::Loaded &loaded,
                  Core::NewRevision revision);
// Alembic projects: `request` ("cmd": "revision" | "merge" and its options, see
// python/stepwise_alembic_driver.py) runs through the project's own Alembic, so its
// script.py.mako, file_template and hooks apply; prints what was written.
int authorThroughAlembic(CliContext &session, const CliContext::Loaded &loaded, QJsonObject request);

} // namespace Stepwise::Cli
