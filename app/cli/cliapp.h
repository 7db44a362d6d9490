#pragma once

#include "clisession.h"

namespace Stepwise::Cli {

// Runs one `stepwise` command: checks the options every command shares, finds the command's
// function in its table (commands.h) and runs it on a CliSession. Lives on the main thread.
class CliApp
{
public:
    explicit CliApp(CommandLine line);
    int run();

private:
    CliSession m_session;
};

} // namespace Stepwise::Cli
