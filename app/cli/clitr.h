#pragma once

#include <QCoreApplication>
#include <QString>

namespace Stepwise::Cli {

// The command line's user-visible text, translated in the "cli" context. Called as
// CliText::tr("…") so that lupdate files the text under "cli" too (a free tr() in the
// namespace would be filed under the namespace's name and never found).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace Stepwise::Cli
