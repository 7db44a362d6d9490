#pragma once

#include "clicontext.h"

namespace Stepwise::Cli {

// Runs one `stepwise` command: checks the options every command shares, finds the command's
// function in its table (clidefinitions.cpp) and runs it on a CliContext. Lives on the main
// thread.
class CliApp
{
public:
    explicit CliApp(CommandLine line);
    int run();

private:
    CliContext m_session;
};

} // namespace Stepwise::Cli
