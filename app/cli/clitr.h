#pragma once

#include <QCoreApplication>
#include <QString>

namespace Stepwise::Cli {

// The command line's user-visible text, translated in the "cli" context.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace Stepwise::Cli
