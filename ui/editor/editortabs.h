#pragma once

#include "ui/editor/editorsettings.h"

#include "core/sql/sqlsyntax.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QTabWidget>

#include <chrono>
#include <optional>

class QAction;
class QFileSystemWatcher;
class QItemSelectionModel;
class QModelIndex;

namespace Stepwise::Ui {

class EditorTabPage;
class ScriptEditor;

// The open revision files, one ScriptEditor per tab, keyed by canonical path. Tabs are
// closable and show "*" while modified; closing asks to save. Open files are watched: a
// change on disk reloads an unmodified tab silently and offers Reload / Keep mine in a bar
// inside a modified one; the tabs' own saves never prompt. GUI thread.
class EditorTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit EditorTabs(QWidget *parent = nullptr);
    ~EditorTabs() override;

    // Opens the file (or focuses its tab) and goes to `line` when > 0. Null, with
    // message(text, true), when the file cannot be read.
    ScriptEditor *openFile(const QString &path, int line = 0);
    // Opens the file and marks the line where a run failed, with the database's message.
    ScriptEditor *showFailure(const QString &path, int line, const QString &message);
    // Save / Discard / Cancel for each modified tab; true (and every tab closed) when all
    // may close.
    bool maybeCloseAll(QWidget *parent);
    void closeAll();
    // Asks to save when modified, then closes. False when the user cancelled.
    bool maybeCloseTab(int index);
    // Saves the current tab; false (with message(…, true)) when that failed or none is open.
    bool saveCurrent();

    // The dialect's highlighting and checks for open and future tabs.
    void setDialect(Core::SqlSyntax dialect);
    Core::SqlSyntax dialect() const;
    // The project's lock timeout, for the editors' safety checks (ScriptEditor::setLintLockTimeout).
    void setLintLockTimeout(std::chrono::milliseconds timeout);
    // Table → columns of the connected database for completion; empty when disconnected.
    void setSchemaCompletions(const QHash<QString, QStringList> &tableColumns);
    QHash<QString, QStringList> schemaCompletions() const;
    // Font, tab width, wrapping for open and future tabs.
    void applySettings(const EditorSettings &settings);

    ScriptEditor *currentEditor() const;
    // The tab's editor for a file (any spelling of its path), null when not open.
    ScriptEditor *editorFor(const QString &path) const;
    ScriptEditor *editorAt(int index) const;
    QList<ScriptEditor *> editors() const;
    // The open files with unsaved edits, and saving them all (false and *error at the first
    // that fails).
    QStringList modifiedFiles() const;
    bool saveModified(QString *error);
    // True while the file's tab shows the "changed on disk" bar.
    bool hasExternalChangePrompt(const QString &path) const;

    // Shares the selection of a model whose rows name files in pathRole (the project's
    // revisions): the current row's script, when open, comes to the front, and the current
    // tab's row becomes the current one.
    void setSelectionModel(QItemSelectionModel *selection, int pathRole);

    // Ctrl+S and Ctrl+W on the tabs; a window may also put them into its File menu.
    QAction *saveAction() const { return m_saveAction; }
    QAction *closeAction() const { return m_closeAction; }

Q_SIGNALS:
    void fileSaved(const QString &path);
    // The current tab's file, empty when the last tab closed.
    void currentFileChanged(const QString &path);
    void message(const QString &text, bool error);

private:
    EditorTabPage *pageAt(int index) const;
    EditorTabPage *pageFor(const QString &path) const;
    void removePage(int index);
    void fileChangedOnDisk(const QString &path);
    void checkDisk(EditorTabPage *page);
    void showRowFile(const QModelIndex &current);
    void selectFileRow(const QString &path);

    QFileSystemWatcher *m_watcher = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_closeAction = nullptr;
    Core::SqlSyntax m_dialect = Core::SqlSyntax::Generic;
    std::chrono::milliseconds m_lintLockTimeout { 30000 };
    QHash<QString, QStringList> m_tableColumns;
    std::optional<EditorSettings> m_settings;
    QPointer<QItemSelectionModel> m_selection;
    int m_pathRole = -1;
};

} // namespace Stepwise::Ui
