#include "editor/scripteditor.h"

#include "editor/dialectsqllexer.h"
#include "editor/findbar.h"

#include "repository/nativerevisionparser.h"
#include "sql/sqlscript.h"

// QScintilla's headers say `slots` and `signals`, which QT_NO_KEYWORDS removes: lend them the
// Q_ spellings for these includes only.
#define slots Q_SLOTS
#define signals Q_SIGNALS
#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>
#undef signals
#undef slots

#include <QClipboard>
#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>
#include <QVBoxLayout>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

namespace {

// Marker and indicator numbers; Scintilla reserves 25–31 for folding.
constexpr int ErrorMarker = 1;
constexpr int WarningMarker = 2;
constexpr int FailureMarker = 3;
constexpr int ProblemIndicator = 8;
constexpr int LineNumberMargin = 0;
constexpr int MarkerMargin = 1;
constexpr int FoldMargin = 2;
// Annotation styles: above the SQL lexer's (0–24) and Scintilla's predefined ones (32–39).
constexpr int ErrorStyle = 100;
constexpr int WarningStyle = 101;
// The pause after the last keystroke before the file is parsed again: long enough not to
// parse on every key, short enough to feel immediate.
constexpr int CheckDelayMs = 400;

const QRegularExpression &markerLinePattern()
{
    static const QRegularExpression re(u"^--\\s*migrate:"_s);
    return re;
}

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

} // namespace

class ScriptEditorPrivate
{
public:
    QsciScintilla *edit = nullptr;
    FindBar *findBar = nullptr;
    DialectSqlLexer *lexer = nullptr;
    QTimer checkTimer;
    QString path;
    Core::SqlDialect dialect = Core::SqlDialect::Generic;
    QList<ScriptEditor::Problem> problems;
    int failureLine = 0;
    QString failureMessage;
    bool revisionChecks = true;
    QFont font;
    // Fixed numbers: QsciStyle's own allocation is process-wide, never given back, and runs
    // into the lexer's styles after a couple of dozen editors.
    QsciStyle errorStyle{ErrorStyle}, warningStyle{WarningStyle};
};

ScriptEditor::ScriptEditor(QWidget *parent) : QWidget(parent), d(std::make_unique<ScriptEditorPrivate>())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    d->edit = new QsciScintilla(this);
    layout->addWidget(d->edit);
    d->findBar = new FindBar(this);
    layout->addWidget(d->findBar);
    setFocusProxy(d->edit);
    createActions();

    d->edit->setUtf8(true);
    d->lexer = new DialectSqlLexer(d->edit);
    d->lexer->setDialect(d->dialect);
    d->edit->setLexer(d->lexer);
    setUpMarginsAndMarkers(d->edit);
    connect(d->edit, &QsciScintilla::marginClicked, this, [this](int margin, int line, Qt::KeyboardModifiers) {
        if (margin == FoldMargin)
            d->edit->SendScintilla(QsciScintillaBase::SCI_TOGGLEFOLD, line);
    });

    d->checkTimer.setSingleShot(true);
    d->checkTimer.setInterval(CheckDelayMs);
    connect(&d->checkTimer, &QTimer::timeout, this, &ScriptEditor::runChecks);
    connect(d->edit, &QsciScintilla::textChanged, this, [this] {
        updateFolds();
        d->checkTimer.start();
    });
    connect(d->edit, &QsciScintilla::modificationChanged, this, [this](bool modified) {
        Q_EMIT modificationChanged(modified);
        Q_EMIT titleChanged(title());
    });
    applySettings(EditorSettings::load());
}

ScriptEditor::~ScriptEditor() = default;

void ScriptEditor::applySettings(const EditorSettings &settings)
{
    d->font = settings.font;
    d->edit->setTabWidth(settings.tabWidth);
    d->edit->setWrapMode(settings.wrap ? QsciScintilla::WrapWord : QsciScintilla::WrapNone);
    // Wrapped lines continue indented, so a wrapped statement still reads as one.
    d->edit->setWrapIndentMode(QsciScintilla::WrapIndentIndented);
    applyColours();
}

EditorSettings ScriptEditor::settings() const
{
    EditorSettings s;
    s.font = d->font;
    s.tabWidth = d->edit->tabWidth();
    s.wrap = d->edit->wrapMode() != QsciScintilla::WrapNone;
    return s;
}

bool ScriptEditor::open(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    d->path = QFileInfo(path).absoluteFilePath();
    // Keep the file's line endings when it is saved again.
    d->edit->setEolMode(bytes.contains("\r\n") ? QsciScintilla::EolWindows : QsciScintilla::EolUnix);
    clearFailureMarker();
    setText(QString::fromUtf8(bytes));
    setModified(false);
    Q_EMIT titleChanged(title());
    checkNow();
    return true;
}

bool ScriptEditor::save(QString *error)
{
    if (d->path.isEmpty()) {
        if (error)
            *error = tr("The script has no file name yet.");
        return false;
    }
    QSaveFile file(d->path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(d->path), file.errorString());
        return false;
    }
    setModified(false);
    return true;
}

bool ScriptEditor::reload(QString *error)
{
    const int line = currentLine();
    if (!open(d->path, error))
        return false;
    goToLine(line);
    return true;
}

bool ScriptEditor::maybeSave(QWidget *parent)
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("The script %1 has unsaved changes. Save them?").arg(QFileInfo(d->path).fileName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(u"unsavedChangesBox"_s);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: {
        QString error;
        if (save(&error))
            return true;
        QMessageBox::critical(parent, tr("Save failed"), error);
        return false;
    }
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

QString ScriptEditor::filePath() const
{
    return d->path;
}

QString ScriptEditor::title() const
{
    const QString name = d->path.isEmpty() ? tr("Untitled") : QFileInfo(d->path).fileName();
    return isModified() ? tr("%1*").arg(name) : name;
}

QString ScriptEditor::text() const
{
    return d->edit->text();
}

void ScriptEditor::setText(const QString &text)
{
    d->edit->setText(text);
    updateFolds();
}

bool ScriptEditor::isModified() const
{
    return d->edit->isModified();
}

void ScriptEditor::setModified(bool modified)
{
    d->edit->setModified(modified);
}

void ScriptEditor::setReadOnly(bool readOnly)
{
    d->edit->setReadOnly(readOnly);
    // Nothing is typed in a read-only view: a highlighted caret line would only distract.
    d->edit->setCaretLineVisible(!readOnly);
}

bool ScriptEditor::isReadOnly() const
{
    return d->edit->isReadOnly();
}

void ScriptEditor::setRevisionChecks(bool enabled)
{
    d->revisionChecks = enabled;
    d->edit->setMarginWidth(FoldMargin, enabled ? 14 : 0);
    if (!enabled) {
        d->checkTimer.stop();
        d->problems.clear();
        showProblems();
    }
    updateFolds();
}

void ScriptEditor::copyAll()
{
    QGuiApplication::clipboard()->setText(text());
}

Core::SqlDialect ScriptEditor::dialect() const
{
    return d->dialect;
}

void ScriptEditor::setDialect(Core::SqlDialect dialect)
{
    d->dialect = dialect;
    d->lexer->setDialect(dialect);
    // applyColours() re-installs the lexer, which makes Scintilla read the new keyword list.
    applyColours();
    updateFolds();
    checkNow();
}

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

void ScriptEditor::goToLine(int line)
{
    const int target = std::clamp(line, 1, std::max(1, d->edit->lines())) - 1;
    d->edit->SendScintilla(QsciScintillaBase::SCI_ENSUREVISIBLEENFORCEPOLICY, target);
    d->edit->setCursorPosition(target, 0);
    d->edit->ensureLineVisible(target);
}

int ScriptEditor::currentLine() const
{
    int line = 0, index = 0;
    d->edit->getCursorPosition(&line, &index);
    return line + 1;
}

void ScriptEditor::askGoToLine()
{
    bool ok = false;
    const int lines = std::max(1, d->edit->lines());
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1–%1):").arg(lines),
                                          currentLine(), 1, lines, 1, &ok);
    if (ok)
        goToLine(line);
}

bool ScriptEditor::findNext(const QString &text, bool caseSensitive, bool backwards)
{
    if (text.isEmpty())
        return false;
    // Backwards starts before the current match, or it would be found again.
    int line = 0, index = 0, endLine = 0, endIndex = 0;
    if (backwards && d->edit->hasSelectedText())
        d->edit->getSelection(&line, &index, &endLine, &endIndex);
    else
        d->edit->getCursorPosition(&line, &index);
    return d->edit->findFirst(text, false, caseSensitive, false, true, !backwards, line, index, true);
}

bool ScriptEditor::replaceSelection(const QString &replacement)
{
    if (isReadOnly() || !d->edit->hasSelectedText())
        return false;
    d->edit->replaceSelectedText(replacement);
    return true;
}

int ScriptEditor::replaceAll(const QString &text, const QString &replacement, bool caseSensitive)
{
    if (text.isEmpty() || isReadOnly())
        return 0;
    int count = 0, line = 0, index = 0;
    d->edit->beginUndoAction();
    // No wrapping, and each search starts after the last replacement: a replacement that
    // contains the searched text is not replaced again.
    while (d->edit->findFirst(text, false, caseSensitive, false, false, true, line, index, false)) {
        d->edit->replaceSelectedText(replacement);
        d->edit->getCursorPosition(&line, &index);
        ++count;
    }
    d->edit->endUndoAction();
    return count;
}

void ScriptEditor::showFindBar(bool withReplace)
{
    d->findBar->open(withReplace && !isReadOnly(), d->edit->selectedText());
}

void ScriptEditor::createActions()
{
    auto add = [this](const QString &text, const QKeySequence &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    add(tr("&Find…"), QKeySequence::Find, [this] { showFindBar(false); });
    add(tr("&Replace…"), QKeySequence(tr("Ctrl+H")), [this] { showFindBar(true); });
    add(tr("&Go to Line…"), QKeySequence(tr("Ctrl+G")), [this] { askGoToLine(); });
    connect(d->findBar, &FindBar::findRequested, this, [this](const QString &text, bool cs, bool back) {
        d->findBar->setStatus(findNext(text, cs, back) ? QString() : tr("No matches"));
    });
    connect(d->findBar, &FindBar::replaceRequested, this, [this](const QString &replacement) {
        replaceSelection(replacement);
        findNext(d->findBar->findText(), d->findBar->caseSensitive());
    });
    connect(d->findBar, &FindBar::replaceAllRequested, this,
            [this](const QString &text, const QString &replacement, bool cs) {
        d->findBar->setStatus(tr("%n replaced", nullptr, replaceAll(text, replacement, cs)));
    });
    connect(d->findBar, &FindBar::closed, this, [this] { d->edit->setFocus(); });
}

void ScriptEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

// The header through NativeRevisionParser, then each section through the dialect's splitter:
// the same checks a run makes, so what the editor marks is what the engine would refuse.
void ScriptEditor::runChecks()
{
    if (!d->revisionChecks)
        return;
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
    if (!d->revisionChecks)
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
