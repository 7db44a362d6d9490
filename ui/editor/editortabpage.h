#pragma once

#include <QByteArray>
#include <QTimer>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;

namespace Stepwise::Ui {

class ScriptEditor;

// One tab of EditorTabs: the "changed on disk" bar above the editor, and what the tabs last
// knew to be on disk (so a save of ours, reported by the watcher like any other change, is
// recognised). Plain parts, driven by EditorTabs. GUI thread.
class EditorTabPage : public QWidget
{
public:
    // A file replaced by delete-then-write is missing for a moment: look again this often,
    // this many times, before calling it deleted.
    static constexpr int MissingRetryMs = 100;
    static constexpr int MissingRetries = 10;

    explicit EditorTabPage(QWidget *parent);

    // The bar with the text, tinted as a warning; Reload only when canReload.
    void showBar(const QString &text, bool canReload);

    ScriptEditor *editor = nullptr;
    QFrame *bar = nullptr;
    QLabel *barText = nullptr;
    QPushButton *reloadButton = nullptr;
    QPushButton *keepButton = nullptr;
    QByteArray diskBytes; // the file as last read or written here
    QByteArray pendingBytes; // the changed file the bar asks about
    QTimer missingTimer;
    int missingChecks = 0;
};

} // namespace Stepwise::Ui
