#pragma once
// Internal to ui/editor: ScriptEditor's margins and annotations. Included only by .cpp files,
// so QScintilla stays out of public headers (style.md §3).

#include "ui/editor/scripteditor.h"

#include "core/lint/lintfinding.h"

#include <QList>
#include <QString>

#include <memory>
#include <utility>

class QFont;
class QPalette;
class QsciScintilla;
class QsciStyle;

namespace Stepwise::Ui {

// What ScriptEditor's margins and annotations show: the problems the checks found, the line
// where a run failed (a marker and the database's words under it), the safety rules' findings
// (an underline and a margin icon coloured by severity, their explanation on hover), the
// folds of the header and of each "-- migrate:" section, and their colours. Lines are 1-based file lines. Owned by
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

    // The safety rules' findings for the text as it is (suppressed ones included: those are
    // not shown). Replaces the underlines and icons of the last ones.
    QList<Core::LintFinding> lintFindings() const { return m_lintFindings; }
    void setLintFindings(const QList<Core::LintFinding> &findings);
    // The severity of the underline at a document position (bytes), or -1.
    int lintIndicatorAt(long position) const;
    // The severity of the icon in `line`'s margin, or -1.
    int lintMarker(int line) const;
    // The shown findings at a line and QChar column, both 1-based (column 0: those starting on
    // the line, the margin icon's), as rich text for a tooltip; empty when none.
    QString lintToolTip(int line, int column) const;
    // A 1-based line and QChar column as a document position (bytes, UTF-8), clamped to the line.
    long position(int line, int column) const;
    // The reverse: the 1-based line and QChar column of a document position.
    std::pair<int, int> lineColumn(long position) const;

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
    void showLint();

    QsciScintilla *m_edit;
    QList<Problem> m_problems;
    int m_failureLine = 0;
    QString m_failureMessage;
    QString m_failureText; // the failing line as it was when the run failed
    bool m_failureStale = false;
    QList<Core::LintFinding> m_lintFindings;
    // Fixed numbers: QsciStyle's own allocation is process-wide, never given back, and runs
    // into the lexer's styles after a couple of dozen editors.
    std::unique_ptr<QsciStyle> m_errorStyle;
    std::unique_ptr<QsciStyle> m_warningStyle;
};

} // namespace Stepwise::Ui
