#include "clitr.h"
#include "cliparser.h"
#include "clidefinitions.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Stepwise::Cli {
namespace {

bool isNegativeNumber(const QString &arg)
{
    return arg.size() >= 2 && arg.at(0) == u'-' && arg.at(1).isDigit();
}

} // namespace

ParseResult parseCommandLine(const QStringList &args)
{
    ParseResult result;
    CommandLine &line = result.line;
    QList<const OptionSpec *> given;
    bool optionsEnded = false;
    auto take = [&](const OptionSpec *spec, const QString &value) {
        given << spec;
        if (spec->takesValue())
            line.values[spec->longName] << value;
        else if (!line.flags.contains(spec->longName))
            line.flags << spec->longName;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || arg == u"-"_s || !arg.startsWith(u'-') || isNegativeNumber(arg)) {
            if (line.command.isEmpty())
                line.command = arg;
            else
                line.arguments << arg;
            continue;
        }
        if (arg == u"--"_s) {
            optionsEnded = true;
            continue;
        }
        if (arg.startsWith(u"--"_s)) {
            const qsizetype eq = arg.indexOf(u'=');
            const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
            const OptionSpec *spec = findOption(name);
            if (!spec) {
                result.error = CliText::tr("unrecognized option '%1'").arg(arg);
                return result;
            }
            QString value;
            if (spec->takesValue()) {
                if (eq >= 0)
                    value = arg.mid(eq + 1);
                else if (i + 1 < args.size())
                    value = args.at(++i);
                else {
                    result.error = CliText::tr("option '--%1' needs a value").arg(name);
                    return result;
                }
            } else if (eq >= 0) {
                result.error = CliText::tr("option '--%1' takes no value").arg(name);
                return result;
            }
            take(spec, value);
            continue;
        }
        // Short options, possibly compacted (-vq) or with an attached value (-r-2:, -mMSG).
        for (qsizetype j = 1; j < arg.size(); ++j) {
            const OptionSpec *spec = findShortOption(arg.at(j));
            if (!spec) {
                result.error = CliText::tr("unrecognized option '-%1'").arg(arg.at(j));
                return result;
            }
            if (!spec->takesValue()) {
                take(spec, {});
                continue;
            }
            QString value = arg.mid(j + 1);
            if (value.startsWith(u'='))
                value = value.mid(1);
            if (value.isEmpty()) {
                if (i + 1 >= args.size()) {
                    result.error = CliText::tr("option '-%1' needs a value").arg(arg.at(j));
                    return result;
                }
                value = args.at(++i);
            }
            take(spec, value);
            break;
        }
    }
    result.showHelp = line.flags.contains(u"help"_s);
    result.showVersion = line.flags.contains(u"version"_s);
    result.showManPage = line.flags.contains(u"man"_s);
    if (result.showHelp || result.showVersion || result.showManPage)
        return result;
    for (const OptionSpec *spec : std::as_const(given)) {
        if (!spec->commands.isEmpty() && !spec->commands.contains(line.command)) {
            result.error = line.command.isEmpty()
                ? CliText::tr("option '--%1' needs a command").arg(spec->longName)
                : CliText::tr("option '--%1' is not valid for '%2'").arg(spec->longName, line.command);
            return result;
        }
    }
    return result;
}

} // namespace Stepwise::Cli
