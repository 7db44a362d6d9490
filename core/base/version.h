#pragma once

#include <QString>

namespace Stepwise::Core {

inline QString toolVersion()
{
    return QStringLiteral(STEPWISE_VERSION);
}

} // namespace Stepwise::Core
