#pragma once

namespace Stepwise::Cli {

class CliContext;

// One function per `stepwise` command (their table: clidefinitions.cpp), each in the file named for it (headscommand.cpp, …;
// upgrade, downgrade and stamp share migrationcommand.cpp). Each checks its arguments, does its
// work through the core, prints text or JSON on the session's streams and returns the exit code.
int runInit(CliContext &session);      // initcommand.cpp
int runRevision(CliContext &session);  // revisioncommand.cpp
int runMerge(CliContext &session);     // mergecommand.cpp
int runHeads(CliContext &session);     // headscommand.cpp
int runBranches(CliContext &session);  // branchescommand.cpp
int runHistory(CliContext &session);   // historycommand.cpp
int runShow(CliContext &session);      // showcommand.cpp
int runPlan(CliContext &session);      // plancommand.cpp
int runUpgrade(CliContext &session);   // migrationcommand.cpp
int runDowngrade(CliContext &session); // migrationcommand.cpp
int runStamp(CliContext &session);     // migrationcommand.cpp
int runCurrent(CliContext &session);   // currentcommand.cpp
int runCheck(CliContext &session);     // checkcommand.cpp
int runDiff(CliContext &session);      // diffcommand.cpp
int runLint(CliContext &session);      // lintcommand.cpp
int runComplete(CliContext &session);  // completecommand.cpp (hidden: shell completion)

} // namespace Stepwise::Cli
