#pragma once

namespace Stepwise::Cli {

class CliSession;

// One function per `stepwise` command, each in the file named for it (headscommand.cpp, …;
// upgrade, downgrade and stamp share migrationcommand.cpp). Each checks its arguments, does its
// work through the core, prints text or JSON on the session's streams and returns the exit code.
int runInit(CliSession &session);      // initcommand.cpp
int runRevision(CliSession &session);  // revisioncommand.cpp
int runMerge(CliSession &session);     // mergecommand.cpp
int runHeads(CliSession &session);     // headscommand.cpp
int runBranches(CliSession &session);  // branchescommand.cpp
int runHistory(CliSession &session);   // historycommand.cpp
int runShow(CliSession &session);      // showcommand.cpp
int runPlan(CliSession &session);      // plancommand.cpp
int runUpgrade(CliSession &session);   // migrationcommand.cpp
int runDowngrade(CliSession &session); // migrationcommand.cpp
int runStamp(CliSession &session);     // migrationcommand.cpp
int runCurrent(CliSession &session);   // currentcommand.cpp
int runCheck(CliSession &session);     // checkcommand.cpp

} // namespace Stepwise::Cli
