#include "ui/editor/scripteditor.h"

#include "ui/editor/scripteditorprivate.h"

#include "core/engine/revisionlint.h"
#include "core/repository/alembicheaderreader.h"
#include "core/repository/nativerevisionparser.h"
#include "core/sql/sqlscript.h"

#include <QClipboard>
#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QRect>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

using namespace ScriptEditorParts;

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
    d->completion.setKeywords(QString::fromLatin1(d->lexer->keywords(1)).split(u' ', Qt::SkipEmptyParts));
    d->edit->setLexer(d->lexer);
    d->marks = std::make_unique<ScriptEditorMarks>(d->edit);
    connect(d->edit, &QsciScintilla::marginClicked, this, [this](int margin, int line, Qt::KeyboardModifiers) {
        if (margin == FoldMargin)
            d->edit->SendScintilla(QsciScintillaBase::SCI_TOGGLEFOLD, line);
    });

    d->checkTimer.setSingleShot(true);
    d->checkTimer.setInterval(CheckDelayMs);
    connect(&d->checkTimer, &QTimer::timeout, this, &ScriptEditor::runChecks);
    d->lintTimer.setSingleShot(true);
    d->lintTimer.setInterval(LintDelayMs);
    connect(&d->lintTimer, &QTimer::timeout, this, &ScriptEditor::runLint);
    connect(d->edit, &QsciScintilla::textChanged, this, [this] {
        updateFolds();
        d->marks->textChanged();
        d->checkTimer.start();
        d->lintTimer.start();
    });
    // The findings' tooltips: hovering an underline or a margin icon.
    d->edit->viewport()->installEventFilter(this);
    connect(d->edit, &QsciScintilla::modificationChanged, this, [this](bool modified) {
        Q_EMIT modificationChanged(modified);
        Q_EMIT titleChanged(title());
    });
    setUpCompletion();
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
    const bool python = QFileInfo(path).suffix().compare(u"py"_s, Qt::CaseInsensitive) == 0;
    if (python != d->pythonScript) {
        d->pythonScript = python;
        if (python && !d->pythonLexer)
            d->pythonLexer = new PythonLexer(d->edit);
        applyColours(); // installs the file's lexer
    }
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
    Q_EMIT saved();
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
    if (d->marks->failureLine() > 0)
        d->marks->show(); // replacing the whole text drops Scintilla's annotations
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
        d->marks->setProblems({});
        runLint(); // clears the findings
    }
    updateFolds();
}

void ScriptEditor::copyAll()
{
    QGuiApplication::clipboard()->setText(text());
}

Core::SqlSyntax ScriptEditor::dialect() const
{
    return d->dialect;
}

void ScriptEditor::setDialect(Core::SqlSyntax dialect)
{
    d->dialect = dialect;
    d->lexer->setDialect(dialect);
    d->completion.setKeywords(QString::fromLatin1(d->lexer->keywords(1)).split(u' ', Qt::SkipEmptyParts));
    // applyColours() re-installs the lexer, which makes Scintilla read the new keyword list.
    applyColours();
    updateFolds();
    checkNow();
}

void ScriptEditor::setLintLockTimeout(std::chrono::milliseconds timeout)
{
    if (d->lintLockTimeout == timeout)
        return;
    d->lintLockTimeout = timeout;
    checkNow();
}

void ScriptEditor::setSchemaCompletions(const QHash<QString, QStringList> &tableColumns)
{
    d->completion.setTableColumns(tableColumns);
}

QStringList ScriptEditor::completionsFor(const QString &textBeforeCursor) const
{
    return d->completion.complete(textBeforeCursor, 0, textBeforeCursor).words;
}

void ScriptEditor::showCompletions()
{
    showCompletionList(true);
}

bool ScriptEditor::isCompletionListShown() const
{
    return d->edit->SendScintilla(QsciScintillaBase::SCI_AUTOCACTIVE);
}

QStringList ScriptEditor::shownCompletions() const
{
    return isCompletionListShown() ? d->shownCompletions : QStringList();
}

// Scintilla's own list: it filters as one types on, and replaces the typed prefix with the
// choice. Our own answer decides what is in it.
void ScriptEditor::setUpCompletion()
{
    QsciScintilla *e = d->edit;
    e->setAutoCompletionSource(QsciScintilla::AcsNone);
    e->SendScintilla(QsciScintillaBase::SCI_AUTOCSETSEPARATOR, '\n');
    e->SendScintilla(QsciScintillaBase::SCI_AUTOCSETIGNORECASE, 1);
    e->SendScintilla(QsciScintillaBase::SCI_AUTOCSETCASEINSENSITIVEBEHAVIOUR,
                     QsciScintillaBase::SC_CASEINSENSITIVEBEHAVIOUR_IGNORECASE);
    e->SendScintilla(QsciScintillaBase::SCI_AUTOCSETAUTOHIDE, 1);
    e->SendScintilla(QsciScintillaBase::SCI_AUTOCSETCHOOSESINGLE, 0);
    e->SendScintilla(QsciScintillaBase::SCI_AUTOCSETMAXHEIGHT, 10);
    connect(e, &QsciScintillaBase::SCN_CHARADDED, this, [this](int ch) {
        const QChar c(ch);
        if (c == u'.' || c.isLetterOrNumber() || c == u'_')
            showCompletionList(false);
    });
}

void ScriptEditor::showCompletionList(bool forced)
{
    if (isReadOnly())
        return;
    QsciScintilla *e = d->edit;
    // Positions are bytes in Scintilla; the text before the cursor on this line is enough.
    const long pos = e->SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS);
    const long line = e->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, pos);
    const long lineStart = e->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, line);
    const QString before = QString::fromUtf8(e->text(int(line)).toUtf8().left(pos - lineStart));
    // Aliases are looked up in the text around the cursor, before and after it.
    const long length = e->SendScintilla(QsciScintillaBase::SCI_GETLENGTH);
    const QString context = QString::fromUtf8(e->bytes(int(std::max(0L, pos - ContextBytes)),
                                                       int(std::min(length, pos + ContextBytes))));
    const SqlCompletion::Answer answer = d->completion.complete(before, forced ? 0 : CompletionThreshold, context);
    if (answer.words.isEmpty()) {
        e->SendScintilla(QsciScintillaBase::SCI_AUTOCCANCEL);
        d->shownCompletions.clear();
        return;
    }
    d->shownCompletions = answer.words;
    const QByteArray list = answer.words.join(u'\n').toUtf8();
    const long typed = before.right(answer.prefixLength).toUtf8().size();
    e->SendScintilla(QsciScintillaBase::SCI_AUTOCSHOW, static_cast<unsigned long>(typed), list.constData());
}

void ScriptEditor::setFailureMarker(int line, const QString &message)
{
    d->marks->setFailure(line, message);
    goToLine(line);
}

void ScriptEditor::clearFailureMarker()
{
    if (d->marks->failureLine())
        d->marks->setFailure(0, QString());
}

bool ScriptEditor::isFailureStale() const
{
    return d->marks->isFailureStale();
}

int ScriptEditor::failureLine() const
{
    return d->marks->failureLine();
}

void ScriptEditor::checkNow()
{
    d->checkTimer.stop();
    runChecks();
    runLint();
}

QList<Core::LintFinding> ScriptEditor::lintFindings() const
{
    return d->marks->lintFindings();
}

void ScriptEditor::lintNow()
{
    runLint();
}

std::optional<Core::LintSeverity> ScriptEditor::lintUnderline(int line, int column) const
{
    const int severity = d->marks->lintIndicatorAt(d->marks->position(line, column));
    return severity < 0 ? std::nullopt : std::optional(Core::LintSeverity(severity));
}

std::optional<Core::LintSeverity> ScriptEditor::lintMarker(int line) const
{
    const int severity = d->marks->lintMarker(line);
    return severity < 0 ? std::nullopt : std::optional(Core::LintSeverity(severity));
}

QString ScriptEditor::lintToolTip(int line, int column) const
{
    return d->marks->lintToolTip(line, column);
}

QPoint ScriptEditor::pointFromLineColumn(int line, int column) const
{
    const long pos = d->marks->position(line, column);
    return {int(d->edit->SendScintilla(QsciScintillaBase::SCI_POINTXFROMPOSITION, 0, pos)),
            int(d->edit->SendScintilla(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0, pos))};
}

QList<ScriptEditor::Problem> ScriptEditor::problems() const
{
    return d->marks->problems();
}

QString ScriptEditor::annotation(int line) const
{
    return d->marks->annotation(line);
}

bool ScriptEditor::hasProblemIndicator(int line) const
{
    return d->marks->hasProblemIndicator(line);
}

bool ScriptEditor::isFoldPoint(int line) const
{
    return d->marks->isFoldPoint(line);
}

void ScriptEditor::setFolded(int line, bool folded)
{
    d->marks->setFolded(line, folded);
}

bool ScriptEditor::isLineVisible(int line) const
{
    return d->marks->isLineVisible(line);
}

// The header through NativeRevisionParser, then each section through the dialect's splitter:
// the same checks a run makes, so what the editor marks is what the engine would refuse.
void ScriptEditor::runChecks()
{
    if (!d->revisionChecks)
        return;
    QList<Problem> found;
    // An Alembic revision is Python: its header (revision, down_revision, …) is checked as the
    // graph reads it; the SQL sections' checks do not apply.
    if (d->pythonScript) {
        const Core::ParsedRevision parsed =
            Core::AlembicHeaderReader::parse(text().toUtf8(), QFileInfo(d->path).fileName());
        for (const Core::Error &e : parsed.errors)
            found.append({std::max(1, e.line()), e.message(), true});
        for (const Core::Error &w : parsed.warnings)
            found.append({std::max(1, w.line()), w.message(), false});
        d->marks->setProblems(found);
        Q_EMIT problemsChanged();
        return;
    }
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
    d->marks->setProblems(found);
    Q_EMIT problemsChanged();
}

// The rules over the text as the engine would split it (core/engine/revisionlint.h), on the GUI
// thread: a 5,000-line script with 2,500 findings takes about 20 ms from reading the text to
// the last underline (bench/bench_editorlint.cpp), inside a keystroke batch's 50 ms.
void ScriptEditor::runLint()
{
    d->lintTimer.stop();
    QList<Core::LintFinding> findings;
    if (d->revisionChecks && !d->pythonScript) {
        const QString name = d->path.isEmpty() ? u"untitled.sql"_s : QFileInfo(d->path).fileName();
        // Not a native revision, or a section the splitter cannot split (runChecks() marks
        // that): nothing to show.
        const Core::Result<Core::LintInput> input = Core::lintInputForText(text(), name, d->dialect,
                                                                                   d->lintLockTimeout);
        if (input)
            findings = Core::lintRevision(*input);
    }
    const bool changed = findings != d->marks->lintFindings();
    // Drawn again even when unchanged: the edit may have moved or cut an underline.
    d->marks->setLintFindings(findings);
    if (changed)
        Q_EMIT lintFindingsChanged();
}

// The findings under the mouse: at an underlined character, or at a margin icon's line.
// *area: where the mouse may move with the tooltip staying (the underline on its row, the
// margin of the row).
QString ScriptEditor::lintToolTipAt(const QPoint &point, QRect *area) const
{
    QsciScintilla *e = d->edit;
    const auto send = [e](unsigned int message, unsigned long w = 0, long l = 0) {
        return e->SendScintilla(message, w, l);
    };
    int margins = 0;
    for (int margin : {LineNumberMargin, MarkerMargin, FoldMargin})
        margins += int(send(QsciScintillaBase::SCI_GETMARGINWIDTHN, margin));
    const int width = e->viewport()->width();
    if (point.x() < margins) {
        const long length = send(QsciScintillaBase::SCI_GETLENGTH);
        const long bottom = send(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0, length)
            + send(QsciScintillaBase::SCI_TEXTHEIGHT, 0);
        if (point.y() >= bottom)
            return {};
        const long pos = send(QsciScintillaBase::SCI_POSITIONFROMPOINT, margins, point.y());
        const long line = send(QsciScintillaBase::SCI_LINEFROMPOSITION, pos);
        if (d->marks->lintMarker(int(line) + 1) < 0)
            return {};
        const int top = int(send(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0, pos));
        *area = QRect(0, top, margins, int(send(QsciScintillaBase::SCI_TEXTHEIGHT, line)));
        return d->marks->lintToolTip(int(line) + 1, 0);
    }
    const long pos = send(QsciScintillaBase::SCI_CHARPOSITIONFROMPOINTCLOSE, point.x(), point.y());
    const int severity = pos < 0 ? -1 : d->marks->lintIndicatorAt(pos);
    if (severity < 0)
        return {};
    const long line = send(QsciScintillaBase::SCI_LINEFROMPOSITION, pos);
    const int indicator = LintNoticeIndicator + severity;
    const long start = std::max(long(send(QsciScintillaBase::SCI_INDICATORSTART, indicator, pos)),
                                long(send(QsciScintillaBase::SCI_POSITIONFROMLINE, line)));
    const long end = std::min(long(send(QsciScintillaBase::SCI_INDICATOREND, indicator, pos)),
                              long(send(QsciScintillaBase::SCI_GETLINEENDPOSITION, line)));
    const int top = int(send(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0, pos));
    // A wrapped line: the underline's part on the row under the mouse.
    const auto x = [&](long at, int otherRow) {
        return send(QsciScintillaBase::SCI_POINTYFROMPOSITION, 0, at) == top
            ? int(send(QsciScintillaBase::SCI_POINTXFROMPOSITION, 0, at))
            : otherRow;
    };
    *area = QRect(QPoint(x(start, margins), top),
                  QPoint(x(end, width), top + int(send(QsciScintillaBase::SCI_TEXTHEIGHT, line)) - 1));
    const auto [fileLine, column] = d->marks->lineColumn(pos);
    return d->marks->lintToolTip(fileLine, column);
}

// Folds only in a revision file's SQL (not in Python, nor in a read-only preview).
void ScriptEditor::updateFolds()
{
    if (d->revisionChecks && !d->pythonScript)
        d->marks->updateFolds();
}

QString ScriptEditor::languageName() const
{
    const QsciLexer *lexer = d->edit->lexer();
    return lexer ? QString::fromLatin1(lexer->language()) : QString();
}

void ScriptEditor::applyColours()
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor ink = pal.color(QPalette::Text);
    // Re-installing the lexer applies its styles before the margin styles are set below.
    QsciScintilla *e = d->edit;
    if (d->pythonScript && d->pythonLexer) {
        d->pythonLexer->applyPalette(pal, d->font);
        e->setLexer(d->pythonLexer);
    } else {
        d->lexer->applyPalette(pal, d->font);
        e->setLexer(d->lexer);
    }
    e->SendScintilla(QsciScintillaBase::SCI_SETPROPERTY, "fold", "0");
    e->setCaretForegroundColor(ink);
    e->setCaretLineBackgroundColor(DialectSqlLexer::mix(base, pal.color(QPalette::Highlight), DialectSqlLexer::isDark(pal) ? 0.18 : 0.08));
    e->setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    e->setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    e->setMatchedBraceBackgroundColor(DialectSqlLexer::mix(base, DialectSqlLexer::accent(pal, 120), 0.35));
    e->setMatchedBraceForegroundColor(ink);
    e->setUnmatchedBraceForegroundColor(DialectSqlLexer::accent(pal, 0, 200));
    d->marks->applyColours(pal, d->font);
    updateFolds();
    d->marks->show();
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
    add(tr("&Complete"), QKeySequence(tr("Ctrl+Space")), [this] { showCompletionList(true); });
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

bool ScriptEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ToolTip && watched == d->edit->viewport()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QRect area;
        const QString tip = lintToolTipAt(help->pos(), &area);
        if (tip.isEmpty()) {
            QToolTip::hideText();
            return QWidget::eventFilter(watched, event);
        }
        QToolTip::showText(help->globalPos(), tip, d->edit->viewport(), area);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ScriptEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyColours();
}

} // namespace Stepwise::Ui
