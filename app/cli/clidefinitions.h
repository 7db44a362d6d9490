#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace Stepwise::Cli {

class CliContext;

// The command line's one definition: every command and option, with the text that documents
// it. The parser, `--help`, the man page (`--man`) and the shell completion (`__complete`) all
// read these tables, so none of them can fall out of step with the others.
// Descriptions are QT_TRANSLATE_NOOP("cli", …): --help translates them, the man page is English.

struct CommandSpec
{
    QString name;
    // The arguments as --help shows them after the name (not translated: syntax); '\n' starts
    // a continuation line.
    const char *synopsis;
    const char *description;
    int (*run)(CliContext &);
    bool hidden = false; // not documented: internal or for tests and scripts
};

struct OptionSpec
{
    QString longName;
    QChar shortName;
    const char *valueName; // nullptr: a flag without a value
    QStringList commands; // empty: global
    const char *description;
    // Described in the general --help too (global options always are); the others are named
    // in their command's synopsis there and described by `stepwise COMMAND --help` and the man
    // page.
    bool inSummary = false;
    bool hidden = false;

    bool takesValue() const { return valueName != nullptr; }
    bool isGlobal() const { return commands.isEmpty(); }
};

struct ExitCodeSpec
{
    int code;
    const char *description;
};

const QList<CommandSpec> &commandSpecs();
const QList<OptionSpec> &optionSpecs();
const QList<ExitCodeSpec> &exitCodeSpecs();

const CommandSpec *findCommand(QStringView name);
const OptionSpec *findOption(QStringView longName);
const OptionSpec *findShortOption(QChar c);
// Documented: not hidden, and global or valid for a documented command.
bool isDocumented(const OptionSpec &option);
// The documented options of one command (without the global ones), in table order; empty
// `command`: the global options.
QList<const OptionSpec *> optionsOf(const QString &command);

// What every command line may start with, as --help and the man page show it (syntax).
inline constexpr char globalSynopsis[] =
    "[--project DIR] [--url URL | --connection NAME] [--json] [-q] [-v]";

} // namespace Stepwise::Cli
