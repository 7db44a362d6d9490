// Commands whose core layers are still being written answer with a clear refusal (exit 2).
#include "cliapp.h"

#include <QCoreApplication>

using namespace Stepwise::Core;

namespace Stepwise::Cli {

#define STEPWISE_PENDING(fn, name)                                                                 \
    int CliApp::fn()                                                                               \
    {                                                                                              \
        return fail(Error(ErrorCode::Unsupported,                                                  \
                          QCoreApplication::translate("cli", "'%1' is not available yet")          \
                              .arg(QStringLiteral(name))));                                        \
    }

STEPWISE_PENDING(runUpgrade, "upgrade")
STEPWISE_PENDING(runDowngrade, "downgrade")
STEPWISE_PENDING(runStamp, "stamp")
STEPWISE_PENDING(runCurrent, "current")
STEPWISE_PENDING(runCheck, "check")
STEPWISE_PENDING(runHistoryWithRows, "history -i")
STEPWISE_PENDING(runShowCurrent, "show current")

} // namespace Stepwise::Cli
