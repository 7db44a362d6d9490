#pragma once

#include "ui/editor/editorsettings.h"

#include "core/lint/lintfinding.h"
#include "core/sql/sqlsyntax.h"

#include <QHash>
#include <QList>
#include <QPoint>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <chrono>
#include <memory>
#include <optional>

class QRect;

namespace Stepwise::Ui {

class ScriptEditorPrivate;

// The editor of one revision file: SQL highlighting for a dialect, line numbers, folding of
// the header and the up/down sections, the problems the core finds in the text (header,
// unterminated strings) shown at their lines, and the safety rules' findings (core/lint) as
// one types. QScintilla stays behind ScriptEditorPrivate so no includer sees it (style.md
// §3). Lines in this API are 1-based file lines. GUI thread.
class ScriptEditor : public QWidget
{
    Q_OBJECT

public:
    // What the checks found at one line (warnings do not stop a run, errors do).
    struct Problem
    {
        int line = 0;
        QString message;
        bool error = true;
    };

    explicit ScriptEditor(QWidget *parent = nullptr);
    ~ScriptEditor() override;

    // Reads a revision file; *error (may be null) says why not. Clears the modified flag.
    bool open(const QString &path, QString *error = nullptr);
    // Writes the text back atomically (the file keeps its line endings).
    bool save(QString *error = nullptr);
    // Discards the edits and reads the file again.
    bool reload(QString *error = nullptr);
    // Asks Save / Discard / Cancel when there are unsaved edits. True: the caller may go on.
    bool maybeSave(QWidget *parent);

    QString filePath() const;
    // The file name, with "*" while modified (for tab and window titles).
    QString title() const;
    QString text() const;
    void setText(const QString &text);
    bool isModified() const;
    void setModified(bool modified);

    // A read-only view (the SQL preview): no editing, no revision-file checks, no folds.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const;
    void setRevisionChecks(bool enabled);
    // Copies the whole text to the clipboard.
    void copyAll();

    // Font, tab width and wrapping; a new editor starts with EditorSettings::load().
    void applySettings(const EditorSettings &settings);
    EditorSettings settings() const; // as the text widget has them

    Core::SqlSyntax dialect() const;
    void setDialect(Core::SqlSyntax dialect);
    // The lock wait the project's runs set (stepwise.ini lock_timeout, else the engine's 30 s):
    // what SW209 (missing lock_timeout) weighs a revision against, as `stepwise lint` does.
    void setLintLockTimeout(std::chrono::milliseconds timeout);

    // Table → columns of the connected database, offered by completion with the dialect's
    // keywords; empty when disconnected.
    void setSchemaCompletions(const QHash<QString, QStringList> &tableColumns);
    // What completion offers for the text up to the cursor (no minimum length): keywords and
    // tables matching the word's start, or after "table." (or an alias of it given in the
    // text, "FROM orders o") its columns. Ignores case.
    QStringList completionsFor(const QString &textBeforeCursor) const;
    // Opens the list for the word at the cursor (Ctrl+Space); typing opens it after two
    // characters of a word or after "table.".
    void showCompletions();
    bool isCompletionListShown() const;
    QStringList shownCompletions() const; // the open list's words, empty when closed

    // The engine reports the file line of a failing statement: mark it and say why.
    void setFailureMarker(int line, const QString &message);
    void clearFailureMarker();
    int failureLine() const; // 0 when none
    bool isFailureStale() const; // the failing line was edited since

    // Runs the checks now instead of after the typing pause (tests, before a run).
    void checkNow();
    QList<Problem> problems() const;
    // The highlighting in use: "SQL", or "Python" for an Alembic revision (.py).
    QString languageName() const;
    // The note shown under a line (problems, failure), empty when none.
    QString annotation(int line) const;
    bool hasProblemIndicator(int line) const;
    // True when `line` starts a fold (the header, a "-- migrate:" section).
    bool isFoldPoint(int line) const;
    void setFolded(int line, bool folded);
    bool isLineVisible(int line) const;

    // The safety rules (docs/lint.md) run over a native revision's text after each pause in
    // the typing, for the dialect (not over a Python revision, nor in a read-only preview).
    // Each finding not suppressed is underlined (red: error, amber: warning, blue dots:
    // notice) with its severity's icon in the margin; hovering either shows lintToolTip().
    // Suppressed findings are in the list, not shown. Empty while a section cannot be split
    // (problems() says where).
    QList<Core::LintFinding> lintFindings() const;
    // Runs the rules now instead of after the typing pause (tests).
    void lintNow();
    // The severity of the underline at a 1-based line and column (QChars), if any.
    std::optional<Core::LintSeverity> lintUnderline(int line, int column) const;
    // The severity of the icon in `line`'s margin, if any.
    std::optional<Core::LintSeverity> lintMarker(int line) const;
    // What hovering shows at a line and column, or with column 0 at the line's margin icon:
    // rich text with "CODE severity: message", the rule's explanation and "Safer: " its safe
    // alternative per finding there, errors first. Empty when none is there.
    QString lintToolTip(int line, int column = 0) const;
    // Where the character at a 1-based line and column is drawn, in the coordinates of the
    // text view (the editor's scroll area's viewport); tooltips, tests.
    QPoint pointFromLineColumn(int line, int column) const;

    void goToLine(int line);
    int currentLine() const;
    // Asks for a line number (Ctrl+G) and moves there.
    void askGoToLine();

    // Find and replace, wrapping at the ends; the find bar (Ctrl+F, Ctrl+H) calls these.
    bool findNext(const QString &text, bool caseSensitive = false, bool backwards = false);
    bool replaceSelection(const QString &replacement);
    // One undo step for all of them. Returns how many were replaced.
    int replaceAll(const QString &text, const QString &replacement, bool caseSensitive = false);
    void showFindBar(bool withReplace);

Q_SIGNALS:
    void modificationChanged(bool modified);
    void titleChanged(const QString &title);
    void problemsChanged();
    void lintFindingsChanged();
    // After each successful save(), whoever called it.
    void saved();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runChecks();
    void runLint();
    QString lintToolTipAt(const QPoint &viewportPoint, QRect *area) const;
    void updateFolds();
    void applyColours();
    void createActions();
    void setUpCompletion();
    void showCompletionList(bool forced);

    std::unique_ptr<ScriptEditorPrivate> d;
};

} // namespace Stepwise::Ui
