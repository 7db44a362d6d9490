#include "ui/editor/scripteditormarks.h"

#include "ui/editor/scripteditorprivate.h"

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

ScriptEditorMarks::ScriptEditorMarks(QsciScintilla *edit)
    : m_edit(edit)
    , m_errorStyle(std::make_unique<QsciStyle>(ErrorStyle))
    , m_warningStyle(std::make_unique<QsciStyle>(WarningStyle))
{
    setUpMargins();
}

ScriptEditorMarks::~ScriptEditorMarks() = default;

// Line numbers, the problem/failure marker column, and the fold column with box markers.
void ScriptEditorMarks::setUpMargins()
{
    QsciScintilla *edit = m_edit;
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


void ScriptEditorMarks::setProblems(const QList<Problem> &problems)
{
    m_problems = problems;
    show();
}

void ScriptEditorMarks::setFailure(int line, const QString &message)
{
    m_failureLine = line;
    m_failureMessage = message;
    m_failureText = line > 0 ? m_edit->text(line - 1) : QString();
    m_failureStale = false;
    show();
}

void ScriptEditorMarks::textChanged()
{
    if (m_failureLine <= 0 || m_failureStale || m_edit->text(m_failureLine - 1) == m_failureText)
        return;
    m_failureStale = true;
    show();
}

QString ScriptEditorMarks::annotation(int line) const
{
    return m_edit->annotation(line - 1);
}

bool ScriptEditorMarks::hasProblemIndicator(int line) const
{
    const int start = int(m_edit->positionFromLineIndex(line - 1, 0));
    const int length = m_edit->lineLength(line - 1);
    for (int pos = start; pos < start + std::max(length, 1); ++pos) {
        if (m_edit->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT, ProblemIndicator, pos))
            return true;
    }
    return false;
}

bool ScriptEditorMarks::isFoldPoint(int line) const
{
    const long level = m_edit->SendScintilla(QsciScintillaBase::SCI_GETFOLDLEVEL, line - 1);
    return level & QsciScintillaBase::SC_FOLDLEVELHEADERFLAG;
}

void ScriptEditorMarks::setFolded(int line, bool folded)
{
    const bool expanded = m_edit->SendScintilla(QsciScintillaBase::SCI_GETFOLDEXPANDED, line - 1);
    if (expanded == folded)
        m_edit->SendScintilla(QsciScintillaBase::SCI_TOGGLEFOLD, line - 1);
}

bool ScriptEditorMarks::isLineVisible(int line) const
{
    return m_edit->SendScintilla(QsciScintillaBase::SCI_GETLINEVISIBLE, line - 1);
}

void ScriptEditorMarks::show()
{
    QsciScintilla *e = m_edit;
    e->clearAnnotations();
    e->markerDeleteAll(ErrorMarker);
    e->markerDeleteAll(WarningMarker);
    e->markerDeleteAll(FailureMarker);
    e->clearIndicatorRange(0, 0, std::max(0, e->lines() - 1), e->lineLength(e->lines() - 1), ProblemIndicator);
    QMap<int, QStringList> notes;
    QMap<int, bool> lineHasError;
    for (const Problem &p : std::as_const(m_problems)) {
        notes[p.line] << (p.error ? ScriptEditor::tr("Error: %1") : ScriptEditor::tr("Warning: %1")).arg(p.message);
        lineHasError[p.line] = lineHasError.value(p.line) || p.error;
    }
    if (m_failureLine > 0) {
        notes[m_failureLine] << (m_failureStale
                                     ? ScriptEditor::tr("Failed before this line was edited: %1")
                                     : ScriptEditor::tr("Failed: %1"))
                                    .arg(m_failureMessage);
        lineHasError[m_failureLine] = true;
        e->markerAdd(m_failureLine - 1, FailureMarker);
    }
    for (auto it = notes.cbegin(); it != notes.cend(); ++it) {
        const int line = std::min(it.key(), std::max(1, e->lines())) - 1;
        const bool error = lineHasError.value(it.key());
        e->annotate(line, it.value().join(u'\n'), error ? *m_errorStyle : *m_warningStyle);
        if (it.key() != m_failureLine)
            e->markerAdd(line, error ? ErrorMarker : WarningMarker);
        e->fillIndicatorRange(line, 0, line, std::max(1, e->lineLength(line)), ProblemIndicator);
    }
}

// Fold levels: the header is one fold from its first line, each "-- migrate:" marker line
// starts another; lines inside sit one level deeper.
void ScriptEditorMarks::updateFolds()
{
    QsciScintilla *e = m_edit;
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

void ScriptEditorMarks::applyColours(const QPalette &pal, const QFont &font)
{
    const QColor base = pal.color(QPalette::Base);
    const QColor ink = pal.color(QPalette::Text);
    const QColor muted = DialectSqlLexer::mix(ink, base, 0.45);
    QsciScintilla *e = m_edit;
    e->setMarginsFont(font);
    e->setMarginWidth(LineNumberMargin, u"00000"_s);
    e->setMarginsBackgroundColor(pal.color(QPalette::Window));
    e->setMarginsForegroundColor(muted);
    e->setFoldMarginColors(pal.color(QPalette::Window), pal.color(QPalette::Window));
    for (int m = int(QsciScintillaBase::SC_MARKNUM_FOLDEREND); m <= int(QsciScintillaBase::SC_MARKNUM_FOLDEROPEN); ++m) {
        e->SendScintilla(QsciScintillaBase::SCI_MARKERSETFORE, m, pal.color(QPalette::Window));
        e->SendScintilla(QsciScintillaBase::SCI_MARKERSETBACK, m, muted);
    }
    const QColor red = DialectSqlLexer::accent(pal, 0, 190);
    const QColor amber = DialectSqlLexer::accent(pal, 40, 200);
    e->setMarkerBackgroundColor(red, ErrorMarker);
    e->setMarkerForegroundColor(red, ErrorMarker);
    e->setMarkerBackgroundColor(amber, WarningMarker);
    e->setMarkerForegroundColor(amber, WarningMarker);
    e->setMarkerBackgroundColor(red, FailureMarker);
    e->setMarkerForegroundColor(red, FailureMarker);
    e->setIndicatorForegroundColor(red, ProblemIndicator);
    for (auto [style, colour] : {std::pair{m_errorStyle.get(), red}, std::pair{m_warningStyle.get(), amber}}) {
        style->setColor(colour);
        style->setPaper(DialectSqlLexer::mix(base, colour, 0.15));
        style->setFont(font);
    }
}

} // namespace Stepwise::Ui
