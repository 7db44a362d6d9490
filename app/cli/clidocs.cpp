#include "clidocs.h"
#include "clidefinitions.h"

#include "core/base/version.h"

#include <QCoreApplication>
#include <QStringList>

#include <iterator>

using namespace Qt::StringLiterals;

namespace Stepwise::Cli {
namespace {

constexpr int lineWidth = 80;
constexpr int commandColumn = 31; // where descriptions start beside commands and their options
constexpr int globalColumn = 20; // … beside the global options

// Spelled out (not clitr.h's CliText::tr()) so that lupdate files these strings under "cli" too.
QString translated(const char *text)
{
    return text ? QCoreApplication::translate("cli", text) : QString();
}

// The words of each paragraph ('\n' separates them) filled into lines of at most `width`.
QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        QString line;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : u" "_s) + word;
        }
        lines << line;
    }
    return lines;
}

// One entry of a list: its label lines, then its description from `column` on — beside the
// last label line when that leaves room, else below it.
void appendEntry(QString &out, const QStringList &label, const QString &description, int column)
{
    QStringList text =
        description.isEmpty() ? QStringList() : wrap(description, lineWidth - column);
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (i == label.size() - 1 && !text.isEmpty() && label.at(i).size() < column)
            out += label.at(i).leftJustified(column) + text.takeFirst();
        else
            out += label.at(i);
        out += u'\n';
    }
    for (const QString &line : std::as_const(text))
        out += QString(column, u' ') + line + u'\n';
}

// "-r, --rev-range RANGE"
QString optionLabel(const OptionSpec &option)
{
    QString label = option.shortName.isNull() ? QString() : u"-"_s + option.shortName + u", "_s;
    label += u"--"_s + option.longName;
    if (option.takesValue())
        label += u' ' + QString::fromUtf8(option.valueName);
    return label;
}

// The command and its synopsis from column `indent`, continuation lines under its arguments.
QStringList commandLabel(const CommandSpec &command, int indent)
{
    const QStringList parts = QString::fromUtf8(command.synopsis).split(u'\n');
    QStringList lines;
    for (qsizetype i = 0; i < parts.size(); ++i)
        lines << (i == 0 ? QString(indent, u' ') + command.name + u' '
                         : QString(indent + command.name.size() + 1, u' '))
                + parts.at(i);
    return lines;
}

void appendOptions(QString &out, const QList<const OptionSpec *> &options, int column)
{
    for (const OptionSpec *option : options)
        appendEntry(
            out, { u"  "_s + optionLabel(*option) }, translated(option->description), column);
}

// "Usage: stepwise [--project DIR] …" and `rest` below it, indented by `indent` (-1: under
// "stepwise").
QString usage(const QStringList &rest, int indent = -1)
{
    const QString head = QCoreApplication::translate("cli", "Usage:") + u" stepwise "_s;
    QString out = head + QString::fromUtf8(globalSynopsis) + u'\n';
    for (const QString &line : rest)
        out += QString(indent < 0 ? head.size() : indent, u' ') + line + u'\n';
    return out;
}

QString globalOptions()
{
    QString out = QCoreApplication::translate("cli", "Global options:") + u'\n';
    appendOptions(out, optionsOf({}), globalColumn);
    return out;
}

QString commandHelp(const CommandSpec &command)
{
    // The command's synopsis as in the general help: long ones need the width.
    QString out = usage(commandLabel(command, 0), 2) + u'\n';
    out += wrap(translated(command.description), lineWidth).join(u'\n') + u"\n\n"_s;
    if (const QList<const OptionSpec *> own = optionsOf(command.name); !own.isEmpty()) {
        out += QCoreApplication::translate("cli", "Options of %1:").arg(command.name) + u'\n';
        appendOptions(out, own, commandColumn);
        out += u'\n';
    }
    return out + globalOptions();
}

// ---- The man page: English (the source strings), troff with the man macros.

// Text for troff: backslashes and non-ASCII characters escaped, the hyphens of options (words
// starting with '-') as \- so that they copy as typed, a leading '.' or '\'' made literal.
QString roff(const QString &text)
{
    QString out;
    bool optionWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool lineStart = i == 0 || text.at(i - 1) == u'\n';
        if (lineStart && (c == u'.' || c == u'\''))
            out += u"\\&"_s;
        if (c == u' ' || c == u'\n')
            optionWord = false;
        else if (c == u'-' && (i == 0 || u" [(|\n"_s.contains(text.at(i - 1))))
            optionWord = true;
        if (c == u'\\')
            out += u"\\e"_s;
        else if (c == u'-' && optionWord)
            out += u"\\-"_s;
        else if (c.unicode() > 0x7e)
            out += u"\\[u"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0')
                + u']';
        else
            out += c;
    }
    return out;
}

// A description as man page sentences: each paragraph capitalized and ending in a full stop.
QString sentences(const char *description)
{
    QStringList paragraphs = QString::fromUtf8(description).split(u'\n');
    for (QString &p : paragraphs) {
        if (p.isEmpty())
            continue;
        p[0] = p.at(0).toUpper();
        if (!p.endsWith(u'.'))
            p += u'.';
        p = roff(p);
    }
    return paragraphs.join(u"\n.IP\n"_s);
}

QString manOptionLabel(const OptionSpec &option)
{
    QString label =
        option.shortName.isNull() ? QString() : u"\\fB\\-"_s + option.shortName + u"\\fR, "_s;
    label += u"\\fB"_s + roff(u"--"_s + option.longName) + u"\\fR"_s;
    if (option.takesValue())
        label += u" \\fI"_s + roff(QString::fromUtf8(option.valueName)) + u"\\fR"_s;
    return label;
}

struct ManEntry
{
    const char *name;
    const char *text;
};

// What users can set in the environment (qEnvironmentVariable and libpq's own), for ENVIRONMENT.
const ManEntry environment[] = {
    { "STEPWISE_PASSWORD",
        "The database password when the URL has none. It also goes before a "
        "password Stepwise Studio saved in the keychain for --connection." },
    { "PGPASSWORD, PGPASSFILE",
        "PostgreSQL: libpq's own password sources, read when neither the "
        "URL nor STEPWISE_PASSWORD gives a password; then ~/.pgpass. "
        "Without any, stepwise asks on the terminal." },
    { "STEPWISE_PYTHON",
        "Alembic projects: the Python that runs their revisions, when --python "
        "is not given." },
    { "VIRTUAL_ENV",
        "Alembic projects: an activated virtual environment, whose Python is used "
        "when neither --python nor STEPWISE_PYTHON names one; else .venv or venv in "
        "the project or a parent folder, else python3 on PATH." },
    { "STEPWISE_ALEMBIC_DRIVER",
        "The path of stepwise_alembic_driver.py, when it is neither "
        "beside the stepwise binary nor in ../share/stepwise." },
    { "STEPWISE_NO_CACHE",
        "Set to 1: heads, history and show parse every revision file instead of "
        "using the index of parsed headers in ~/.cache/stepwise/." },
    { "XDG_CONFIG_HOME",
        "Where the connection profiles of --connection are read: "
        "$XDG_CONFIG_HOME/Stepwise/stepwise-studio.conf (default ~/.config)." },
    { "XDG_CACHE_HOME", "Where the header index is kept (default ~/.cache)." },
    { "USER, LOGNAME",
        "The user recorded with each run in the history table (else the password "
        "database's name for the process's user)." },
};

const ManEntry files[] = {
    { "stepwise.ini",
        "A Stepwise project's settings: [database] url, shadow_url, lock_timeout, "
        "statement_timeout. stepwise looks for it in --project's folder, else in "
        "the current folder and its parents." },
    { "versions/", "A Stepwise project's revision files (.sql), beside stepwise.ini." },
    { "alembic.ini, migrations/alembic.ini",
        "An Alembic or a Flask-Migrate project, looked for "
        "the same way; its revisions are run by its own Python "
        "and Alembic." },
    { "~/.config/Stepwise/stepwise-studio.conf",
        "The connections saved by Stepwise Studio, which "
        "--connection NAME uses (never with a password)." },
    { "~/.cache/stepwise/", "The index of parsed revision headers (see STEPWISE_NO_CACHE)." },
};

void appendManEntries(QString &out, const ManEntry *begin, const ManEntry *end, const char *font)
{
    for (const ManEntry *e = begin; e != end; ++e)
        out += u".TP\n\\f"_s + QLatin1StringView(font) + roff(QString::fromUtf8(e->name))
            + u"\\fR\n"_s + roff(QString::fromUtf8(e->text)) + u'\n';
}

} // namespace

QString helpText(const QString &command)
{
    if (const CommandSpec *spec = findCommand(command); spec && !spec->hidden)
        return commandHelp(*spec);
    QString out = usage({ u"COMMAND [ARGS…]"_s }) + u'\n';
    out += wrap(QCoreApplication::translate("cli",
                    "Database migrations with Alembic's semantics, for native Stepwise projects "
                    "and Alembic / Flask-Migrate projects."),
               lineWidth)
               .join(u'\n')
        + u"\n\n"_s;
    out += QCoreApplication::translate("cli", "Commands:") + u'\n';
    QStringList summaryCommands;
    for (const CommandSpec &c : commandSpecs()) {
        if (c.hidden)
            continue;
        appendEntry(out, commandLabel(c, 2), translated(c.description), commandColumn);
        for (const OptionSpec *o : optionsOf(c.name)) {
            if (o->inSummary && !summaryCommands.contains(c.name))
                summaryCommands << c.name;
        }
    }
    // The options the commands' synopses leave out, described once for all their commands.
    out += u'\n'
        + QCoreApplication::translate("cli", "Options of %1:").arg(summaryCommands.join(u", "_s))
        + u'\n';
    for (const OptionSpec &o : optionSpecs()) {
        if (o.inSummary && !o.isGlobal() && isDocumented(o))
            appendOptions(out, { &o }, commandColumn);
    }
    out += u'\n' + globalOptions() + u'\n';
    QStringList codes;
    for (const ExitCodeSpec &e : exitCodeSpecs())
        codes << QString::number(e.code) + u' ' + translated(e.description);
    out +=
        wrap(QCoreApplication::translate("cli", "Exit codes:") + u' ' + codes.join(u", "_s) + u'.',
            lineWidth)
            .join(u'\n');
    return out + u'\n';
}

QString manPage()
{
    QString out = u".\\\" Generated by `stepwise --man` from app/cli/clidefinitions.cpp.\n"_s;
    out += u".TH STEPWISE 1 \"\" \"stepwise %1\" \"User Commands\"\n"_s.arg(Core::toolVersion());
    out += u".ad l\n.nh\n"_s; // ragged right, no hyphenation: options copy as they read
    out += u".SH NAME\nstepwise \\- database migrations with Alembic's semantics\n"_s;
    out += u".SH SYNOPSIS\n.B stepwise\n"_s + roff(QString::fromUtf8(globalSynopsis))
        + u"\n.I COMMAND\n["_s + roff(u"ARGS…"_s) + u"]\n"_s;
    out += u".SH DESCRIPTION\n"_s
        + roff(u"stepwise runs database migrations with Alembic's semantics, for native Stepwise "
               "projects (revisions in .sql files) and for Alembic and Flask-Migrate projects, on "
               "SQLite, PostgreSQL, MySQL/MariaDB and ODBC databases. It shares its core with "
               "Stepwise Studio."_s)
        + u"\n.PP\n"_s
        + roff(u"The text output of heads, branches, history, current and show is byte-identical "
               "to Alembic's; --json gives machine-readable output instead. A TARGET or REV is a "
               "revision id or a unique prefix of one, a branch label, head, heads, base, "
               "LABEL@head, or a relative step such as +1 or -2."_s)
        + u'\n';
    out += u".SH COMMANDS\n"_s;
    for (const CommandSpec &c : commandSpecs()) {
        if (c.hidden)
            continue;
        const QString synopsis = QString::fromUtf8(c.synopsis).replace(u'\n', u' ');
        out += u".TP\n\\fB"_s + c.name + u"\\fR "_s + roff(synopsis) + u'\n'
            + sentences(c.description) + u'\n';
    }
    out += u".SH OPTIONS\n.SS \"Global options\"\n"_s;
    for (const OptionSpec *o : optionsOf({}))
        out += u".TP\n"_s + manOptionLabel(*o) + u'\n' + sentences(o->description) + u'\n';
    out += u".SS \"Command options\"\n"_s;
    for (const OptionSpec &o : optionSpecs()) {
        if (o.isGlobal() || !isDocumented(o))
            continue;
        QStringList commands;
        for (const QString &name : o.commands) {
            if (const CommandSpec *c = findCommand(name); c && !c->hidden)
                commands << u"\\fB"_s + name + u"\\fR"_s;
        }
        out += u".TP\n"_s + manOptionLabel(o) + u'\n' + sentences(o.description)
            + u"\n.br\nCommands: "_s + commands.join(u", "_s) + u".\n"_s;
    }
    out += u".SH \"EXIT STATUS\"\n"_s;
    for (const ExitCodeSpec &e : exitCodeSpecs())
        out += u".TP\n.B %1\n"_s.arg(e.code) + sentences(e.description) + u'\n';
    out += u".SH ENVIRONMENT\n"_s;
    appendManEntries(out, std::begin(environment), std::end(environment), "B");
    out += u".SH FILES\n"_s;
    appendManEntries(out, std::begin(files), std::end(files), "I");
    out += u".SH \"SEE ALSO\"\n.BR stepwise\\-studio (1)\n"_s;
    return out;
}

} // namespace Stepwise::Cli
