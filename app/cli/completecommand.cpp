// stepwise __complete -- WORD…: the words a shell may complete the last WORD with (the ones
// before it are the command line typed so far, program name first), one a line, from the
// definitions the parser and --help use (packaging/completion/stepwise.bash asks it):
// commands, the options of the command typed, the project's revisions (from --project's
// folder when typed, else this one), the connections Stepwise Studio saved. A line ":dirs" or
// ":files" asks for the shell's own folder or file completion instead. Hidden; never prints
// an error, since whatever it writes ends up in the user's command line.
#include "clicontext.h"
#include "clidefinitions.h"
#include "commands.h"

#include "core/db/connectionprofiles.h"
#include "core/repository/projectconfigreader.h"
#include "core/repository/projectloader.h"

#include <QSettings>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {
namespace {

enum class Completes { Nothing, Revisions, Connections, Directories, Files };

// What a value name (OptionSpec::valueName, the first word of a synopsis) stands for.
Completes completesFor(const QString &valueName)
{
    static const QList<std::pair<QString, Completes>> names = {
        { u"REV"_s, Completes::Revisions },
        { u"REVS"_s, Completes::Revisions },
        { u"R"_s, Completes::Revisions },
        { u"RANGE"_s, Completes::Revisions },
        { u"TARGET"_s, Completes::Revisions },
        { u"NAME"_s, Completes::Connections },
        { u"DIR"_s, Completes::Directories },
        { u"PATH"_s, Completes::Files },
        { u"REF"_s, Completes::Files },
        { u"FROM"_s, Completes::Files },
    };
    for (const auto &[name, completes] : names) {
        if (name == valueName)
            return completes;
    }
    return Completes::Nothing;
}

// A command's positional arguments: what the first word of its synopsis names ("[TARGET]",
// "REVS…|heads", "DIR").
Completes argumentsOf(const QString &command)
{
    const CommandSpec *spec = findCommand(command);
    if (!spec)
        return Completes::Nothing;
    const QString synopsis = QString::fromUtf8(spec->synopsis);
    QStringView word = synopsis;
    word = word.mid(word.startsWith(u'[') ? 1 : 0);
    qsizetype end = 0;
    while (end < word.size() && word.at(end).isUpper())
        ++end;
    return completesFor(word.left(end).toString());
}

struct Typed
{
    QString command;
    QString project;
    const OptionSpec *valueOf = nullptr; // the last word is this option's value
    QString valuePrefix; // "--connection=" when typed in one word
    QString word; // the last word (without valuePrefix)
};

// Reads the words typed before the last one the way parseCommandLine() does. Bash splits
// "--opt=value" at '=' into three words.
Typed readTyped(const QStringList &words)
{
    Typed t;
    const OptionSpec *pending = nullptr;
    auto valueGiven = [&](const OptionSpec *option, const QString &value) {
        if (option->longName == u"project"_s)
            t.project = value;
    };
    for (qsizetype i = 1; i + 1 < words.size(); ++i) {
        const QString &w = words.at(i);
        if (pending) {
            if (w != u"="_s) {
                valueGiven(pending, w);
                pending = nullptr;
            }
            continue;
        }
        if (w.startsWith(u"--"_s)) {
            const qsizetype eq = w.indexOf(u'=');
            const OptionSpec *o = findOption(QStringView(w).mid(2, eq < 0 ? -1 : eq - 2));
            if (o && o->takesValue()) {
                if (eq < 0)
                    pending = o;
                else
                    valueGiven(o, w.mid(eq + 1));
            }
        } else if (w.size() > 1 && w.startsWith(u'-') && !w.at(1).isDigit()) {
            // -vq, -mMSG, -r RANGE: a short option with a value takes the rest or the next word
            for (qsizetype j = 1; j < w.size(); ++j) {
                if (const OptionSpec *o = findShortOption(w.at(j)); o && o->takesValue()) {
                    if (j + 1 == w.size())
                        pending = o;
                    else
                        valueGiven(o, w.mid(j + 1));
                    break;
                }
            }
        } else if (t.command.isEmpty() && w != u"="_s) {
            t.command = w;
        }
    }
    t.word = words.isEmpty() ? QString() : words.last();
    t.valueOf = pending;
    if (!pending && t.word.startsWith(u"--"_s) && t.word.contains(u'=')) {
        const qsizetype eq = t.word.indexOf(u'=');
        t.valueOf = findOption(QStringView(t.word).mid(2, eq - 2));
        t.valuePrefix = t.word.left(eq + 1);
        t.word = t.word.mid(eq + 1);
    }
    return t;
}

QStringList revisions(const QString &project)
{
    const Result<QString> dir = findProjectDir(project);
    if (!dir)
        return {};
    LoadOptions options;
    options.headersOnly = true;
    options.useHeaderIndex = true;
    const Result<Project> loaded = loadProject(*dir, options);
    if (!loaded)
        return {};
    QStringList out = { u"head"_s, u"heads"_s, u"base"_s };
    for (const Revision &r : loaded->revisions) {
        out << r.id;
        for (const QString &label : r.branchLabels)
            out << label << label + u"@head"_s;
    }
    return out;
}

QStringList connections()
{
    QStringList out;
    const std::unique_ptr<QSettings> settings = ConnectionProfiles::studioSettings();
    for (const ConnectionProfile &p : ConnectionProfiles::read(*settings))
        out << p.name;
    return out;
}

QStringList options(const QString &command)
{
    QStringList out;
    const QList<const OptionSpec *> own =
        findCommand(command) ? optionsOf(command) : QList<const OptionSpec *>();
    for (const OptionSpec *o : own + optionsOf({}))
        out << u"--"_s + o->longName;
    return out;
}

QStringList candidates(Completes completes, const QString &project)
{
    switch (completes) {
    case Completes::Revisions:
        return revisions(project);
    case Completes::Connections:
        return connections();
    case Completes::Directories:
        return { u":dirs"_s };
    case Completes::Files:
        return { u":files"_s };
    case Completes::Nothing:
        break;
    }
    return {};
}

} // namespace

int runComplete(CliContext &session)
{
    const Typed t = readTyped(session.line().arguments);
    QStringList words;
    if (t.valueOf)
        words = candidates(completesFor(QString::fromUtf8(t.valueOf->valueName)), t.project);
    else if (t.word.startsWith(u'-'))
        words = options(t.command);
    else if (t.command.isEmpty()) {
        for (const CommandSpec &c : commandSpecs()) {
            if (!c.hidden)
                words << c.name;
        }
    } else
        words = candidates(argumentsOf(t.command), t.project);
    QString prefix = t.word;
    prefix.remove(u'\\'); // as typed: "Maria\ with" is "Maria with"
    if (prefix.startsWith(u'\'') || prefix.startsWith(u'"'))
        prefix.remove(0, 1);
    words.removeDuplicates();
    for (const QString &w : std::as_const(words)) {
        if (w.startsWith(u':'))
            session.out() << w << '\n';
        else if (w.startsWith(prefix))
            session.out() << t.valuePrefix << w << '\n';
    }
    return 0;
}

} // namespace Stepwise::Cli
