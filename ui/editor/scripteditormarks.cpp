// ScriptEditor: what its margins and annotations show — the problems the checks find, the
// failure marker, the folds — and the colours, from the palette. The rest is scripteditor.cpp.
#include "ui/editor/scripteditor.h"

#include "ui/editor/scripteditor_p.h"

#include "core/repository/nativerevisionparser.h"
#include "core/sql/sqlscript.h"

#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;
using namespace ScriptEditorParts;

namespace {

const QRegularExpression &markerLinePattern()
{
    static const QRegularExpression re(u"^--\\s*migrate:"_s);
    return re;
}

} // namespace

namespace ScriptEditorParts {

// Line numbers, the problem/failure marker column, and the fold column with box markers.
void setUpMarginsAndMarkers(QsciScintilla *edit)
{
    edit->setMarginType(LineNumberMargin, QsciScintilla::NumberMargin);
    edit->setMarginType(MarkerMargin, QsciScintilla::SymbolMargin);
    edit->setMarginWidth(MarkerMargin, 14);
    edit->setMarginMarkerMask(MarkerMargin, (1 << ErrorMarker) | (1 << WarningMarker) | (1 << FailureMarker));
    edit->markerDefine(QsciScintilla::Circle, ErrorMarker);
    edit->markerDefine(QsciScintilla::Circle, WarningMarker);
    edit->markerDefine(QsciScintilla::RightArrow, FailureMarker);
    edit->indicatorDefine(QsciScintilla::SquiggleIndicator, ProblemIndicator);
    edit->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    edit->setCaretLineVisible(true);
    edit->setAnnotationDisplay(QsciScintilla::AnnotationBoxed);
    edit->setAutoIndent(true);
    edit->setIndentationsUseTabs(false);
    // Scintilla's default scroll width is a fixed 2000 px; follow the longest line instead.
    edit->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTH, 1);
    edit->SendScintilla(QsciScintillaBase::SCI_SETSCROLLWIDTHTRACKING, 1);

    // Folding is ours, not the lexer's: one fold for the header and one per "-- migrate:"
    // section, which SQL's BEGIN/END folding cannot express. The lexer's is switched off so
    // it does not overwrite the levels set in updateFolds().
    edit->setMarginType(FoldMargin, QsciScintilla::SymbolMargin);
    edit->setMarginWidth(FoldMargin, 14);
    edit->setMarginSensitivity(FoldMargin, true);
    edit->setMarginMarkerMask(FoldMargin, int(QsciScintillaBase::SC_MASK_FOLDERS));
    const std::pair<int, int> folderMarks[] = {
        {QsciScintillaBase::SC_MARKNUM_FOLDER, QsciScintillaBase::SC_MARK_BOXPLUS},
        {QsciScintillaBase::SC_MARKNUM_FOLDEROPEN, QsciScintillaBase::SC_MARK_BOXMINUS},
        {QsciScintillaBase::SC_MARKNUM_FOLDERSUB, QsciScintillaBase::SC_MARK_VLINE},
        {QsciScintillaBase::SC_MARKNUM_FOLDERTAIL, QsciScintillaBase::SC_MARK_LCORNER},
        {QsciScintillaBase::SC_MARKNUM_FOLDEREND, QsciScintillaBase::SC_MARK_BOXPLUSCONNECTED},
        {QsciScintillaBase::SC_MARKNUM_FOLDEROPENMID, QsciScintillaBase::SC_MARK_BOXMINUSCONNECTED},
        {QsciScintillaBase::SC_MARKNUM_FOLDERMIDTAIL, QsciScintillaBase::SC_MARK_TCORNER},
    };
    for (auto [number, symbol] : folderMarks)
        edit->SendScintilla(QsciScintillaBase::SCI_MARKERDEFINE, number, symbol);
    edit->SendScintilla(QsciScintillaBase::SCI_SETPROPERTY, "fold", "0");
}

} // namespace ScriptEditorParts

void ScriptEditor::setFailureMarker(int line, const QString &message)
{
    clearFailureMarker();
    d->failureLine = line;
    d->failureMessage = message;
    showProblems();
    goToLine(line);
}

void ScriptEditor::clearFailureMarker()
{
    if (!d->failureLine)
        return;
    d->failureLine = 0;
    d->failureMessage.clear();
    showProblems();
}

int ScriptEditor::failureLine() const
{
    return d->failureLine;
}

void ScriptEditor::checkNow()
{
    d->checkTimer.stop();
    runChecks();
}

QList<ScriptEditor::Problem> ScriptEditor::problems() const
{
    return d->problems;
}

QString ScriptEditor::annotation(int line) const
{
    return d->edit->annotation(line - 1);
}

bool ScriptEditor::hasProblemIndicator(int line) const
{
    const int start = int(d->edit->positionFromLineIndex(line - 1, 0));
    const int length = d->edit->lineLength(line - 1);
    for (int pos = start; pos < start + std::max(length, 1); ++pos) {
        if (d->edit->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT, ProblemIndicator, pos))
            return true;
    }
    return false;
}

bool ScriptEditor::isFoldPoint(int line) const
{
    const long level = d->edit->SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL, line - 1);
    return level & QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
}

void ScriptEditor::setFolded(int line, bool folded)
{
    const bool expanded = d->edit->SendScintilla(QsciScintillaBase::SCI_GETFOLDEXPANDED, line - 1);
    if (expanded == folded)
        d->edit->SendScintilla(QsciScintillaBase::SCI_TOGGLEFOLD, line - 1);
}

bool ScriptEditor::isLineVisible(int line) const
{
    return d->edit->SendScintilla(QsciScintillaBase::SCI_GETLINEVISIBLE, line - 1);
}

// The header through NativeRevisionParser, then each section through the dialect's splitter:
// the same checks a run makes, so what the editor marks is what the engine would refuse.
void ScriptEditor::runChecks()
{
    if (!d->revisionChecks)
        return;
    // An Alembic revision is Python: the SQL file's header and section checks do not apply.
    if (d->pythonScript) {
        d->problems.clear();
        showProblems();
        Q_EMIT problemsChanged();
        return;
    }
    QList<Problem> found;
    const QString name = d->path.isEmpty() ? u"untitled.sql"_s : QFileInfo(d->path).fileName();
    const Core::ParsedRevision parsed = Core::NativeRevisionParser::parse(
        text().toUtf8(), name, Core::NativeRevisionParser::Mode::Full);
    for (const Core::Error &e : parsed.errors)
        found.append({std::max(1, e.line()), e.message(), true});
    for (const Core::Error &w : parsed.warnings)
        found.append({std::max(1, w.line()), w.message(), false});
    for (const Core::RevisionSection *section : {&parsed.revision.up, &parsed.revision.down}) {
        if (!section->present)
            continue;
        const auto script = Core::SqlScript::split(section->text, d->dialect, name, section->firstLine);
        if (!script)
            found.append({std::max(1, script.error().line()), script.error().message(), true});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    d->problems = found;
    showProblems();
    Q_EMIT problemsChanged();
}

void ScriptEditor::showProblems()
{
    QsciScintilla *e = d->edit;
    e->clearAnnotations();
    e->markerDeleteAll(ErrorMarker);
    e->markerDeleteAll(WarningMarker);
    e->markerDeleteAll(FailureMarker);
    e->clearIndicatorRange(0, 0, std::max(0, e->lines() - 1), e->lineLength(e->lines() - 1), ProblemIndicator);
    QMap<int, QStringList> notes;
    QMap<int, bool> lineHasError;
    for (const Problem &p : std::as_const(d->problems)) {
        notes[p.line] << (p.error ? tr("Error: %1") : tr("Warning: %1")).arg(p.message);
        lineHasError[p.line] = lineHasError.value(p.line) || p.error;
    }
    if (d->failureLine > 0) {
        notes[d->failureLine] << tr("Failed: %1").arg(d->failureMessage);
        lineHasError[d->failureLine] = true;
        e->markerAdd(d->failureLine - 1, FailureMarker);
    }
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        const int line = std::min(it.key(), std::max(1, e->lines())) - 1;
        const bool error = lineHasError.value(it.key());
        e->annotate(line, it.value().join(u'\n'), error ? d->errorStyle : d->warningStyle);
        if (it.key() != d->failureLine)
            e->markerAdd(line, error ? ErrorMarker : WarningMarker);
        e->fillIndicatorRange(line, 0, line, std::max(1, e->lineLength(line)), ProblemIndicator);
    }
}

// Fold levels: the header is one fold from its first line, each "-- migrate:" marker line
// starts another; lines inside sit one level deeper.
void ScriptEditor::updateFolds()
{
    QsciScintilla *e = d->edit;
    if (!d->revisionChecks || d->pythonScript)
        return;
    const int lines = e->lines();
    const int base = QsciScintillaBase::SC_FOLDLEVELBASE;
    bool inHeader = true;
    for (int line = 0; line < lines; ++line) {
        const QString content = e->text(line).trimmed();
        int level = base + 1;
        if (markerLinePattern().match(content).hasMatch()) {
            inHeader = false;
            level = base | QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
        } else if (line == 0 && inHeader && content.startsWith(u"--"_s)) {
            level = base | QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
        } else if (line == 0) {
            level = base;
        }
        if (e->SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL, line) != level)
            e->SendScintilla(QsciScintillaBase::SCI_SETFOLDLEVEL, line, level);
    }
}

void ScriptEditor::applyColours()
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor ink = pal.color(QPalette::Text);
    const QColor muted = DialectSqlLexer::mix(ink, base, 0.45);
    const QFont font = d->font;
    DialectSqlLexer *lx = d->lexer;
    lx->applyPalette(pal, font);
    // Re-installing the lexer applies its styles before the margin styles are set below.
    QsciScintilla *e = d->edit;
    e->setLexer(lx);
    e->SendScintilla(QsciScintillaBase::SCI_SETPROPERTY, "fold", "0");
    e->setMarginsFont(font);
    e->setMarginWidth(LineNumberMargin, u"00000"_s);
    e->setMarginsBackgroundColor(pal.color(QPalette::Window));
    e->setMarginsForegroundColor(muted);
    e->setFoldMarginColors(pal.color(QPalette::Window), pal.color(QPalette::Window));
    for (int m = int(QsciScintillaBase::SC_MARKNUM_FOLDEREND); m <= int(QsciScintillaBase::SC_MARKNUM_FOLDEROPEN); ++m) {
        e->SendScintilla(QsciScintillaBase::SCI_MARKERSETFORE, m, pal.color(QPalette::Window));
        e->SendScintilla(QsciScintillaBase::SCI_MARKERSETBACK, m, muted);
    }
    e->setCaretForegroundColor(ink);
    e->setCaretLineBackgroundColor(DialectSqlLexer::mix(base, pal.color(QPalette::Highlight), DialectSqlLexer::isDark(pal) ? 0.18 : 0.08));
    e->setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    e->setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    e->setMatchedBraceBackgroundColor(DialectSqlLexer::mix(base, DialectSqlLexer::accent(pal, 120), 0.35));
    e->setMatchedBraceForegroundColor(ink);
    e->setUnmatchedBraceForegroundColor(DialectSqlLexer::accent(pal, 0, 200));
    const QColor red = DialectSqlLexer::accent(pal, 0, 190);
    const QColor amber = DialectSqlLexer::accent(pal, 40, 200);
    e->setMarkerBackgroundColor(red, ErrorMarker);
    e->setMarkerForegroundColor(red, ErrorMarker);
    e->setMarkerBackgroundColor(amber, WarningMarker);
    e->setMarkerForegroundColor(amber, WarningMarker);
    e->setMarkerBackgroundColor(red, FailureMarker);
    e->setMarkerForegroundColor(red, FailureMarker);
    e->setIndicatorForegroundColor(red, ProblemIndicator);
    for (auto [style, colour] : {std::pair{&d->errorStyle, red}, std::pair{&d->warningStyle, amber}}) {
        style->setColor(colour);
        style->setPaper(DialectSqlLexer::mix(base, colour, 0.15));
        style->setFont(font);
    }
    updateFolds();
    showProblems();
}

} // namespace Stepwise::Ui
