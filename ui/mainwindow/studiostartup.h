#pragma once

#include <QSize>
#include <QString>

namespace Stepwise::Ui {

class MainWindow;

// What the command line asks for: stepwise-studio [--project DIR] [--url URL | --connection
// NAME] [--select REV] [--screenshot FILE.png [--size WxH] [--palette light|dark]].
struct StartupOptions
{
    QString project;
    QString url;
    QString connection;
    QString select;
    QString screenshot;
    QSize size { 1280, 800 };
    QString palette;
    bool fit = false; // --fit: the graph fitted to its view (View → Fit) before the picture
};

// Opens the project, connects and selects as the options say. Returns false (with *error)
// when something asked for could not be done.
bool applyStartupOptions(MainWindow &window, const StartupOptions &options, QString *error);

// Screenshot mode: waits until the window has loaded everything (the database state included),
// renders it and writes the PNG. Returns the process exit code; prints the reason on failure.
int takeScreenshot(MainWindow &window, const StartupOptions &options);

} // namespace Stepwise::Ui
