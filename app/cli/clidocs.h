#pragma once

#include <QString>

namespace Stepwise::Cli {

// The documentation the command line prints about itself, made from its one definition
// (clidefinitions.h).

// `stepwise --help` (translated); with a documented command, that command's help.
QString helpText(const QString &command = {});
// `stepwise --man`: the troff man page stepwise(1), in English (the build installs it).
QString manPage();

} // namespace Stepwise::Cli
