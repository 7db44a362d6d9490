#include "terminalpasswordprovider.h"

#include "core/db/connectionurl.h"

#include <QCoreApplication>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Stepwise::Core;

namespace Stepwise::Cli {

std::optional<QString> TerminalPasswordProvider::password(const ConnectionUrl &url)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = fileno(tty);
    std::fprintf(tty, "%s", qPrintable(QCoreApplication::translate("cli", "Password for %1: ")
                                           .arg(url.toString())));
    std::fflush(tty);
    termios old {};
    const bool haveTermios = tcgetattr(fd, &old) == 0;
    if (haveTermios) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &silent);
    }
    char buffer[1024];
    const char *line = std::fgets(buffer, sizeof buffer, tty);
    if (haveTermios)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fprintf(tty, "\n");
    std::fclose(tty);
    if (!line)
        return std::nullopt;
    QString text = QString::fromUtf8(line);
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

} // namespace Stepwise::Cli
