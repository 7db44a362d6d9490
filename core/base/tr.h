#pragma once

#include <QCoreApplication>

namespace Stepwise::Core {

// Translation context for non-QObject core code: Tr::tr("Revision %1 ...").arg(id).
// Not translated: SQL, JSON keys, and CLI text that must be byte-identical to Alembic's.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stepwise)
};

} // namespace Stepwise::Core
