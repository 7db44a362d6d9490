#include "ui/editor/scripteditormarks.h"

#include "ui/editor/scripteditorprivate.h"
#include "ui/preview/lintfindingsview.h"

#include <QFontMetrics>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QPolygonF>
#include <QRegularExpression>

#include <algorithm>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;
using namespace ScriptEditorParts;

namespace {

const QRegularExpression &markerLinePattern()
{
    static const QRegularExpression re(u"^--\\s*migrate:"_s);
    return re;
}

// The marker and indicator of a finding's severity (Notice, Warning, Error follow each other).
int lintMarkerFor(Core::LintSeverity severity)
{
    return LintNoticeMarker + int(severity);
}

int lintIndicatorFor(Core::LintSeverity severity)
{
    return LintNoticeIndicator + int(severity);
}

constexpr Core::LintSeverity lintSeverities[] = {
    Core::LintSeverity::Error, Core::LintSeverity::Warning, Core::LintSeverity::Notice};

// A finding's margin icon, painted so that no image file is needed: a disc with a cross for an
// error, a triangle with "!" for a warning, a disc with "i" for a notice, in `colour` with the
// mark in `ink` (the editor's paper, so it reads in light and dark palettes alike).
QImage lintIcon(Core::LintSeverity severity, const QColor &colour, const QColor &ink, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    const qreal s = size;
    const qreal c = s / 2;
    if (severity == Core::LintSeverity::Warning)
        p.drawPolygon(QPolygonF({QPointF(c, 0.5), QPointF(s - 0.5, s - 1), QPointF(0.5, s - 1)}));
    else
        p.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
    p.setPen(QPen(ink, std::max(1.5, s / 7), Qt::SolidLine, Qt::RoundCap));
    switch (severity) {
    case Core::LintSeverity::Error: {
        const qreal a = s * 0.22;
        p.drawLine(QPointF(c - a, c - a), QPointF(c + a, c + a));
        p.drawLine(QPointF(c - a, c + a), QPointF(c + a, c - a));
        break;
    }
    case Core::LintSeverity::Warning:
        p.drawLine(QPointF(c, s * 0.36), QPointF(c, s * 0.6));
        p.drawPoint(QPointF(c, s * 0.78));
        break;
    case Core::LintSeverity::Notice:
        p.drawPoint(QPointF(c, s * 0.27));
        p.drawLine(QPointF(c, s * 0.47), QPointF(c, s * 0.75));
        break;
    }
    return image;
}

// (line, column) before (or at) another: positions in the text, both 1-based.
bool atOrBefore(int line, int column, int otherLine, int otherColumn)
{
    return line < otherLine || (line == otherLine && column <= otherColumn);
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
    edit->setMarginMarkerMask(MarkerMargin, (1 << ErrorMarker) | (1 << WarningMarker) | (1 << FailureMarker)
                                                | (1 << LintNoticeMarker) | (1 << LintWarningMarker)
                                                | (1 << LintErrorMarker));
    edit->markerDefine(QsciScintilla::Circle, ErrorMarker);
    edit->markerDefine(QsciScintilla::Circle, WarningMarker);
    edit->markerDefine(QsciScintilla::RightArrow, FailureMarker);
    edit->indicatorDefine(QsciScintilla::SquiggleIndicator, ProblemIndicator);
    // Findings: a smooth squiggle for errors and warnings, dots for notices (the icons are
    // painted in applyColours()).
    edit->indicatorDefine(QsciScintilla::SquigglePixmapIndicator, LintErrorIndicator);
    edit->indicatorDefine(QsciScintilla::SquigglePixmapIndicator, LintWarningIndicator);
    edit->indicatorDefine(QsciScintilla::DotsIndicator, LintNoticeIndicator);
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

void ScriptEditorMarks::setLintFindings(const QList<Core::LintFinding> &findings)
{
    m_lintFindings = findings;
    showLint();
}

// Every shown finding underlined from its first to its last character, and the most severe
// icon of the findings starting on a line in its margin.
void ScriptEditorMarks::showLint()
{
    QsciScintilla *e = m_edit;
    const long length = e->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    for (Core::LintSeverity severity : lintSeverities) {
        e->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT, lintIndicatorFor(severity));
        e->SendScintilla(QsciScintillaBase::SCI_INDICATORCLEARRANGE, 0, length);
        e->markerDeleteAll(lintMarkerFor(severity));
    }
    QMap<int, Core::LintSeverity> icons;
    const int lines = e->lines();
    for (const Core::LintFinding &f : std::as_const(m_lintFindings)) {
        if (f.suppressed || f.line < 1 || f.line > lines)
            continue;
        const long start = position(f.line, f.column);
        long end = position(std::max(f.line, f.endLine), f.endColumn);
        if (end <= start) // an empty span: its character, so that it can be seen
            end = std::min(long(e->SendScintilla(QsciScintillaBase::SCI_POSITIONAFTER, start)),
                           long(e->SendScintilla(QsciScintillaBase::SCI_GETLINEENDPOSITION, f.line - 1)));
        if (end > start) {
            e->SendScintilla(QsciScintillaBase::SCI_SETINDICATORCURRENT, lintIndicatorFor(f.severity));
            e->SendScintilla(QsciScintillaBase::SCI_INDICATORFILLRANGE, start, end - start);
        }
        const auto icon = icons.constFind(f.line);
        if (icon == icons.cend() || *icon < f.severity)
            icons.insert(f.line, f.severity);
    }
    for (auto it = icons.cbegin(); it != icons.cend(); ++it)
        e->markerAdd(it.key() - 1, lintMarkerFor(it.value()));
}

int ScriptEditorMarks::lintIndicatorAt(long position) const
{
    for (Core::LintSeverity severity : lintSeverities) {
        if (m_edit->SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT, lintIndicatorFor(severity), position))
            return int(severity);
    }
    return -1;
}

int ScriptEditorMarks::lintMarker(int line) const
{
    if (line < 1 || line > m_edit->lines())
        return -1;
    const unsigned markers = m_edit->markersAtLine(line - 1);
    for (Core::LintSeverity severity : lintSeverities) {
        if (markers & (1u << lintMarkerFor(severity)))
            return int(severity);
    }
    return -1;
}

QString ScriptEditorMarks::lintToolTip(int line, int column) const
{
    QList<const Core::LintFinding *> here;
    for (const Core::LintFinding &f : m_lintFindings) {
        if (f.suppressed)
            continue;
        // An empty span is shown on its first character.
        const bool empty = atOrBefore(f.endLine, f.endColumn, f.line, f.column);
        const bool at = column <= 0
            ? f.line == line
            : atOrBefore(f.line, f.column, line, column)
                && (empty ? line == f.line && column == f.column
                          : !atOrBefore(f.endLine, f.endColumn, line, column));
        if (at)
            here << &f;
    }
    if (here.isEmpty())
        return {};
    std::stable_sort(here.begin(), here.end(),
                     [](const Core::LintFinding *a, const Core::LintFinding *b) { return a->severity > b->severity; });
    return lintFindingsToolTip(here);
}

long ScriptEditorMarks::position(int line, int column) const
{
    QsciScintilla *e = m_edit;
    const int l = std::clamp(line, 1, std::max(1, e->lines())) - 1;
    const long start = e->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, l);
    if (column <= 1)
        return start;
    const long length = e->SendScintilla(QsciScintillaBase::SCI_GETLINEENDPOSITION, l) - start;
    // Columns count QChars, positions bytes of UTF-8: walk the line's bytes in the document
    // (no copy; thousands of findings are placed per check), a character beyond the BMP
    // being two QChars.
    const auto *bytes = reinterpret_cast<const unsigned char *>(
        e->SendScintilla(QsciScintillaBase::SCI_GETRANGEPOINTER, start, length));
    if (!bytes)
        return start;
    long i = 0;
    for (int chars = 0; i < length && chars < column - 1;) {
        const unsigned char b = bytes[i];
        const int n = b < 0xc0 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
        chars += n == 4 ? 2 : 1;
        i += n;
    }
    return start + std::min(i, length);
}

std::pair<int, int> ScriptEditorMarks::lineColumn(long position) const
{
    QsciScintilla *e = m_edit;
    const long line = e->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, position);
    const long start = e->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line);
    const QString before = QString::fromUtf8(e->bytes(int(start), int(position)));
    return {int(line) + 1, int(before.size()) + 1};
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
    const QColor blue = DialectSqlLexer::accent(pal, 210, 150);
    const int iconSize = std::clamp(QFontMetrics(font).height() - 3, 10, 14);
    for (auto [severity, colour] : {std::pair{Core::LintSeverity::Error, red},
                                    std::pair{Core::LintSeverity::Warning, amber},
                                    std::pair{Core::LintSeverity::Notice, blue}}) {
        e->setIndicatorForegroundColor(colour, lintIndicatorFor(severity));
        e->markerDefine(lintIcon(severity, colour, base, iconSize), lintMarkerFor(severity));
    }
    for (auto [style, colour] : {std::pair{m_errorStyle.get(), red}, std::pair{m_warningStyle.get(), amber}}) {
        style->setColor(colour);
        style->setPaper(DialectSqlLexer::mix(base, colour, 0.15));
        style->setFont(font);
    }
}

} // namespace Stepwise::Ui
