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
    state.headsTableExists = *exists;
    state.heads = std::move(*heads);
    state.history = std::move(*history);
    state.appliedChecksums = VersionStore::lastAppliedChecksums(state.history);
    return state;
}

} // namespace Stepwise::Core
