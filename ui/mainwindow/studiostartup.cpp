#include "ui/mainwindow/studiostartup.h"

#include "ui/graph/revisiongraphview.h"

#include "ui/mainwindow/mainwindow.h"
#include "ui/project/revisionmodel.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImageWriter>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

void printError(const QString &text)
{
    std::fprintf(stderr, "stepwise-studio: %s\n", qPrintable(text));
}

} // namespace

bool applyStartupOptions(MainWindow &window, const StartupOptions &options, QString *error)
{
    window.setAutoConnect(options.url.isEmpty() && options.connection.isEmpty());
    if (!options.project.isEmpty() && !window.openProject(options.project)) {
        *error = QApplication::translate("studio", "cannot open project %1: %2")
                     .arg(QDir::toNativeSeparators(options.project), window.lastError());
        return false;
    }
    if (!options.url.isEmpty() && !window.connectToUrl(options.url)) {
        *error = QApplication::translate("studio", "cannot connect to %1: %2")
                     .arg(options.url, window.lastError());
        return false;
    }
    if (!options.connection.isEmpty() && !window.connectToProfile(options.connection)) {
        *error = window.lastError();
        return false;
    }
    if (!options.select.isEmpty() && !window.selectRevision(options.select)) {
        *error = QApplication::translate("studio", "no revision %1 in the project").arg(options.select);
        return false;
    }
    return true;
}

int takeScreenshot(MainWindow &window, const StartupOptions &options)
{
    window.resize(options.size);
    window.show();
    QString error;
    if (!applyStartupOptions(window, options, &error)) {
        printError(error);
        return 1;
    }
    // Wait for the database: connecting and reading its state run on the worker thread.
    const QDeadlineTimer deadline(30'000);
    while (window.isBusy() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    if (window.isBusy()) {
        printError(QApplication::translate("studio", "timed out waiting for the database"));
        return 1;
    }
    if ((!options.url.isEmpty() || !options.connection.isEmpty()) && !window.lastError().isEmpty()) {
        printError(QApplication::translate("studio", "cannot connect: %1").arg(window.lastError()));
        return 1;
    }
    if (!options.select.isEmpty())
        window.selectRevision(options.select); // again: the status may have added rows
    if (options.fit) {
        QApplication::processEvents(); // the view has its final size
        window.graphView()->fitToView();
    }
    // Let layouts and deferred repaints settle before rendering.
    QApplication::processEvents();
    QApplication::sendPostedEvents();
    QApplication::processEvents();
    const QPixmap pixmap = window.grab();
    QImageWriter writer(options.screenshot);
    if (!writer.write(pixmap.toImage())) {
        printError(QApplication::translate("studio", "cannot write %1: %2")
                       .arg(options.screenshot, writer.errorString()));
        return 1;
    }
    return 0;
}

} // namespace Stepwise::Ui
