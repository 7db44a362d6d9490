#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Stepwise::Cli {

// The parsed command line: global options (accepted before or after the subcommand), the
// subcommand, its positional arguments and its own options.
struct CommandLine
{
    QString command;
    QStringList arguments;              // positional arguments after the command
    QHash<QString, QStringList> values; // option name → values (repeatable options)
    QStringList flags;                  // options without a value that were given

    bool isSet(const QString &name) const { return flags.contains(name) || values.contains(name); }
    QString value(const QString &name) const
    {
        const QStringList v = values.value(name);
        return v.isEmpty() ? QString() : v.last();
    }
    QStringList valueList(const QString &name) const { return values.value(name); }
};

struct ParseResult
{
    CommandLine line;
    bool showHelp = false;
    bool showVersion = false;
    bool showManPage = false; // --man (hidden): the troff man page
    QString error; // usage error, exit 2
};

// Parses argv (without the program name) with the options of clidefinitions.h. Negative numbers (`downgrade -1`) are arguments,
// as in Alembic's argparse; `-r-2:` attaches the value to the option.
ParseResult parseCommandLine(const QStringList &args);

} // namespace Stepwise::Cli
