#pragma once
// Internal to ui/editor: ScriptEditor's private part, and the numbers scripteditor.cpp and
// scripteditormarks.cpp share. Included only by .cpp files, so QScintilla stays out of public
// headers (style.md §3).

#include "ui/editor/dialectsqllexer.h"
#include "ui/editor/pythonlexer.h"
#include "ui/editor/findbar.h"
#include "ui/editor/scripteditor.h"
#include "ui/editor/scripteditormarks.h"
#include "ui/editor/sqlcompletion.h"

// QScintilla's headers say `slots` and `signals`, which QT_NO_KEYWORDS removes: lend them the
// Q_ spellings for these includes only.
#define slots Q_SLOTS
#define signals Q_SIGNALS
#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>
#undef signals
#undef slots

#include <QFont>
#include <QTimer>

#include <chrono>
#include <memory>

namespace Stepwise::Ui {

namespace ScriptEditorParts {

// Marker and indicator numbers; Scintilla reserves 25–31 for folding.
inline constexpr int ErrorMarker = 1;
inline constexpr int WarningMarker = 2;
inline constexpr int FailureMarker = 3;
inline constexpr int ProblemIndicator = 8;
// The safety rules' findings (core/lint): a margin icon and an underline per severity.
inline constexpr int LintNoticeMarker = 4;
inline constexpr int LintWarningMarker = 5;
inline constexpr int LintErrorMarker = 6;
inline constexpr int LintNoticeIndicator = 9;
inline constexpr int LintWarningIndicator = 10;
inline constexpr int LintErrorIndicator = 11;
inline constexpr int LineNumberMargin = 0;
inline constexpr int MarkerMargin = 1;
inline constexpr int FoldMargin = 2;
// Annotation styles: above the SQL lexer's (0–24) and Scintilla's predefined ones (32–39).
inline constexpr int ErrorStyle = 100;
inline constexpr int WarningStyle = 101;
// The pause after the last keystroke before the file is parsed again: long enough not to
// parse on every key, short enough to feel immediate.
inline constexpr int CheckDelayMs = 400;
// The pause before the safety rules run again (one batch of keystrokes, one check): shorter,
// as a finding should follow the typing (a 5,000-line script takes about 20 ms on the GUI
// thread, see bench/bench_editorlint.cpp).
inline constexpr int LintDelayMs = 250;
// Completion opens by itself after this many characters of a word (Ctrl+Space: at once).
inline constexpr int CompletionThreshold = 2;
// How far around the cursor completion looks for "FROM table alias".
inline constexpr long ContextBytes = 4000;

} // namespace ScriptEditorParts

// What ScriptEditor keeps behind its d pointer.
class ScriptEditorPrivate
{
public:
    QsciScintilla *edit = nullptr;
    FindBar *findBar = nullptr;
    DialectSqlLexer *lexer = nullptr;
    PythonLexer *pythonLexer = nullptr; // made when a .py revision is opened
    std::unique_ptr<ScriptEditorMarks> marks; // the margins and annotations of edit
    QTimer checkTimer;
    QTimer lintTimer; // the safety rules, after a pause in the typing
    QString path;
    Core::SqlSyntax dialect = Core::SqlSyntax::Generic;
    std::chrono::milliseconds lintLockTimeout { 30000 };
    SqlCompletion completion;
    QStringList shownCompletions;
    bool revisionChecks = true;
    bool pythonScript = false; // an Alembic revision (.py)
    QFont font;
};

} // namespace Stepwise::Ui
