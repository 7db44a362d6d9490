#pragma once
// Internal to ui/editor: ScriptEditor's margins and annotations. Included only by .cpp files,
// so QScintilla stays out of public headers (style.md §3).

#include "ui/editor/scripteditor.h"

#include <QList>
#include <QString>

#include <memory>

class QFont;
class QPalette;
class QsciScintilla;
class QsciStyle;

namespace Stepwise::Ui {

// What ScriptEditor's margins and annotations show: the problems the checks found, the line
// where a run failed (a marker and the database's words under it), the folds of the header
// and of each "-- migrate:" section, and their colours. Lines are 1-based file lines. Owned by
// the editor's ScriptEditorPrivate. GUI thread.
class ScriptEditorMarks
{
public:
    using Problem = ScriptEditor::Problem;

    // Sets up edit's line number, marker and fold margins.
    explicit ScriptEditorMarks(QsciScintilla *edit);
    ~ScriptEditorMarks();

    QList<Problem> problems() const { return m_problems; }
    // Replaces the problems and shows them.
    void setProblems(const QList<Problem> &problems);
    int failureLine() const { return m_failureLine; } // 0 when none
    // The failing line was edited since the run: the database's words may no longer apply.
    bool isFailureStale() const { return m_failureStale; }
    // After an edit: marks the failure stale once its line's text changed (repaints then).
    void textChanged();
    // Marks the line a run failed at (0: none) and shows it.
    void setFailure(int line, const QString &message);

    QString annotation(int line) const;
    bool hasProblemIndicator(int line) const;
    bool isFoldPoint(int line) const;
    void setFolded(int line, bool folded);
    bool isLineVisible(int line) const;

    // Fold levels from the text: the header is one fold, each "-- migrate:" line starts one.
    void updateFolds();
    // The markers, notes and underlines for the problems and the failure, drawn again.
    void show();
    // The margins', markers' and notes' colours and font (the lexer's are the editor's).
    void applyColours(const QPalette &palette, const QFont &font);

private:
    void setUpMargins();

    QsciScintilla *m_edit;
    QList<Problem> m_problems;
    int m_failureLine = 0;
    QString m_failureMessage;
    QString m_failureText; // the failing line as it was when the run failed
    bool m_failureStale = false;
    // Fixed numbers: QsciStyle's own allocation is process-wide, never given back, and runs
    // into the lexer's styles after a couple of dozen editors.
    std::unique_ptr<QsciStyle> m_errorStyle;
    std::unique_ptr<QsciStyle> m_warningStyle;
};

} // namespace Stepwise::Ui
