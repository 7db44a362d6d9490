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

STEPWISE_PENDING(runInit, "init")
STEPWISE_PENDING(runRevision, "revision")
STEPWISE_PENDING(runMerge, "merge")
STEPWISE_PENDING(runHeads, "heads")
STEPWISE_PENDING(runBranches, "branches")
STEPWISE_PENDING(runHistory, "history")
STEPWISE_PENDING(runShow, "show")
STEPWISE_PENDING(runPlan, "plan")
STEPWISE_PENDING(runUpgrade, "upgrade")
STEPWISE_PENDING(runDowngrade, "downgrade")
STEPWISE_PENDING(runStamp, "stamp")
STEPWISE_PENDING(runCurrent, "current")
STEPWISE_PENDING(runCheck, "check")

} // namespace Stepwise::Cli
