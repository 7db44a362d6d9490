#include "core/engine/databasestate.h"

namespace Stepwise::Core {

Result<DatabaseState> DatabaseState::read(const VersionStore &store)
{
    DatabaseState state;
    const Result<bool> exists = store.headsTableExists();
    if (!exists)
        return exists.error();
    Result<QStringList> heads = store.readHeads();
    if (!heads)
        return heads.error();
    Result<QList<HistoryEntry>> history = store.readHistory();
    if (!history)
        return history.error();
    Result<QHash<QString, QString>> checksums = store.lastAppliedChecksums();
    if (!checksums)
        return checksums.error();
    state.headsTableExists = *exists;
    state.heads = std::move(*heads);
    state.history = std::move(*history);
    state.appliedChecksums = std::move(*checksums);
    return state;
}

} // namespace Stepwise::Core
