#include "ui/editor/editortabs.h"

#include "ui/editor/editortabpage.h"
#include "ui/editor/scripteditor.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFrame>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

namespace {

QString normalPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

EditorTabs::EditorTabs(QWidget *parent)
    : QTabWidget(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    tabBar()->setElideMode(Qt::ElideMiddle);
    connect(
        this, &QTabWidget::tabCloseRequested, this, [this](int index) { maybeCloseTab(index); });
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        const ScriptEditor *editor = editorAt(index);
        Q_EMIT currentFileChanged(editor ? editor->filePath() : QString());
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &EditorTabs::fileChangedOnDisk);

    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, [this] { saveCurrent(); });
    addAction(m_saveAction);
    m_closeAction = new QAction(tr("&Close Tab"), this);
    m_closeAction->setShortcut(QKeySequence(tr("Ctrl+W")));
    m_closeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_closeAction, &QAction::triggered, this, [this] {
        if (currentIndex() >= 0)
            maybeCloseTab(currentIndex());
    });
    addAction(m_closeAction);
}

EditorTabs::~EditorTabs() = default;

void EditorTabs::setSelectionModel(QItemSelectionModel *selection, int pathRole)
{
    if (m_selection) {
        disconnect(m_selection, nullptr, this, nullptr);
        disconnect(this, &EditorTabs::currentFileChanged, this, &EditorTabs::selectFileRow);
    }
    m_selection = selection;
    m_pathRole = pathRole;
    if (selection) {
        connect(selection, &QItemSelectionModel::currentChanged, this, &EditorTabs::showRowFile);
        connect(this, &EditorTabs::currentFileChanged, this, &EditorTabs::selectFileRow);
    }
}

void EditorTabs::showRowFile(const QModelIndex &current)
{
    ScriptEditor *editor = editorFor(current.data(m_pathRole).toString());
    for (int i = 0; editor && i < count(); ++i) {
        if (editorAt(i) == editor)
            setCurrentIndex(i);
    }
}

// The first row naming the file (any spelling of its path) becomes current.
void EditorTabs::selectFileRow(const QString &path)
{
    const QAbstractItemModel *model = m_selection ? m_selection->model() : nullptr;
    if (path.isEmpty() || !model)
        return;
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QString rowPath = index.data(m_pathRole).toString();
        if (!rowPath.isEmpty() && QFileInfo(rowPath).canonicalFilePath() == canonical) {
            m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
            return;
        }
    }
}

ScriptEditor *EditorTabs::openFile(const QString &path, int line)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        Q_EMIT message(
            tr("Cannot open %1: no such file").arg(QDir::toNativeSeparators(path)), true);
        return nullptr;
    }
    const QString canonical = normalPath(path);
    if (EditorTabPage *page = pageFor(canonical)) {
        setCurrentWidget(page);
        if (line > 0)
            page->editor->goToLine(line);
        page->editor->setFocus();
        return page->editor;
    }

    auto *page = new EditorTabPage(this);
    ScriptEditor *editor = page->editor;
    if (m_settings)
        editor->applySettings(*m_settings);
    editor->setDialect(m_dialect);
    editor->setLintLockTimeout(m_lintLockTimeout);
    editor->setSchemaCompletions(m_tableColumns);
    QString error;
    if (!editor->open(canonical, &error)) {
        delete page;
        Q_EMIT message(error, true);
        return nullptr;
    }
    page->diskBytes = editor->text().toUtf8();

    connect(editor, &ScriptEditor::titleChanged, this, [this, page](const QString &title) {
        const int index = indexOf(page);
        if (index >= 0)
            setTabText(index, title);
    });
    connect(editor, &ScriptEditor::saved, this, [this, page] {
        const QString file = page->editor->filePath();
        page->diskBytes = page->editor->text().toUtf8();
        page->bar->hide();
        // A save through QSaveFile replaces the file, and the watcher forgets the old one.
        if (!m_watcher->files().contains(file))
            m_watcher->addPath(file);
        Q_EMIT fileSaved(file);
    });
    connect(&page->missingTimer, &QTimer::timeout, this, [this, page] { checkDisk(page); });
    connect(page->reloadButton, &QPushButton::clicked, this, [this, page] {
        QString why;
        if (page->editor->reload(&why)) {
            page->diskBytes = page->editor->text().toUtf8();
            page->bar->hide();
        } else {
            Q_EMIT message(why, true);
        }
    });
    connect(page->keepButton, &QPushButton::clicked, this, [page] {
        // Mine stays; the next save writes it over the changed file without asking again.
        page->diskBytes = page->pendingBytes;
        page->bar->hide();
        page->editor->setFocus();
    });

    const int index = addTab(page, editor->title());
    setTabToolTip(index, QDir::toNativeSeparators(canonical));
    m_watcher->addPath(canonical);
    setCurrentIndex(index);
    if (line > 0)
        editor->goToLine(line);
    editor->setFocus();
    return editor;
}

ScriptEditor *EditorTabs::showFailure(const QString &path, int line, const QString &message)
{
    ScriptEditor *editor = openFile(path);
    if (editor)
        editor->setFailureMarker(line, message);
    return editor;
}

QStringList EditorTabs::modifiedFiles() const
{
    QStringList paths;
    for (ScriptEditor *editor : editors()) {
        if (editor->isModified() && !editor->filePath().isEmpty())
            paths << editor->filePath();
    }
    return paths;
}

bool EditorTabs::saveModified(QString *error)
{
    for (ScriptEditor *editor : editors()) {
        if (editor->isModified() && !editor->filePath().isEmpty() && !editor->save(error))
            return false;
    }
    return true;
}

bool EditorTabs::maybeCloseAll(QWidget *parent)
{
    for (int i = 0; i < count(); ++i) {
        ScriptEditor *editor = editorAt(i);
        if (editor && editor->isModified()) {
            setCurrentIndex(i);
            if (!editor->maybeSave(parent))
                return false;
        }
    }
    closeAll();
    return true;
}

void EditorTabs::closeAll()
{
    while (count() > 0)
        removePage(count() - 1);
}

bool EditorTabs::maybeCloseTab(int index)
{
    ScriptEditor *editor = editorAt(index);
    if (!editor)
        return false;
    if (!editor->maybeSave(this))
        return false;
    removePage(indexOf(pageAt(index)));
    return true;
}

bool EditorTabs::saveCurrent()
{
    ScriptEditor *editor = currentEditor();
    if (!editor)
        return false;
    QString error;
    if (!editor->save(&error)) {
        Q_EMIT message(error, true);
        return false;
    }
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(editor->filePath())), false);
    return true;
}

void EditorTabs::setDialect(Core::SqlSyntax dialect)
{
    m_dialect = dialect;
    for (ScriptEditor *editor : editors())
        editor->setDialect(dialect);
}

void EditorTabs::setLintLockTimeout(std::chrono::milliseconds timeout)
{
    m_lintLockTimeout = timeout;
    for (ScriptEditor *editor : editors())
        editor->setLintLockTimeout(timeout);
}

Core::SqlSyntax EditorTabs::dialect() const
{
    return m_dialect;
}

void EditorTabs::setSchemaCompletions(const QHash<QString, QStringList> &tableColumns)
{
    m_tableColumns = tableColumns;
    for (ScriptEditor *editor : editors())
        editor->setSchemaCompletions(tableColumns);
}

QHash<QString, QStringList> EditorTabs::schemaCompletions() const
{
    return m_tableColumns;
}

void EditorTabs::applySettings(const EditorSettings &settings)
{
    m_settings = settings;
    for (ScriptEditor *editor : editors())
        editor->applySettings(settings);
}

ScriptEditor *EditorTabs::currentEditor() const
{
    return editorAt(currentIndex());
}

ScriptEditor *EditorTabs::editorFor(const QString &path) const
{
    EditorTabPage *page = pageFor(path);
    return page ? page->editor : nullptr;
}

ScriptEditor *EditorTabs::editorAt(int index) const
{
    EditorTabPage *page = pageAt(index);
    return page ? page->editor : nullptr;
}

QList<ScriptEditor *> EditorTabs::editors() const
{
    QList<ScriptEditor *> all;
    for (int i = 0; i < count(); ++i) {
        if (ScriptEditor *editor = editorAt(i))
            all.append(editor);
    }
    return all;
}

bool EditorTabs::hasExternalChangePrompt(const QString &path) const
{
    EditorTabPage *page = pageFor(path);
    return page && !page->bar->isHidden();
}

EditorTabPage *EditorTabs::pageAt(int index) const
{
    return dynamic_cast<EditorTabPage *>(widget(index));
}

EditorTabPage *EditorTabs::pageFor(const QString &path) const
{
    const QString wanted = normalPath(path);
    for (int i = 0; i < count(); ++i) {
        EditorTabPage *page = pageAt(i);
        if (page
            && (page->editor->filePath() == wanted
                || page->editor->filePath() == QFileInfo(path).absoluteFilePath()))
            return page;
    }
    return nullptr;
}

void EditorTabs::removePage(int index)
{
    EditorTabPage *page = pageAt(index);
    if (!page)
        return;
    m_watcher->removePath(page->editor->filePath());
    page->missingTimer.stop();
    removeTab(index);
    page->deleteLater();
}

void EditorTabs::fileChangedOnDisk(const QString &path)
{
    if (EditorTabPage *page = pageFor(path)) {
        page->missingChecks = 0;
        checkDisk(page);
    }
}

// Compares the file with what the tab last read or wrote: a save of ours changes nothing, an
// unmodified tab follows the disk, a modified one asks.
void EditorTabs::checkDisk(EditorTabPage *page)
{
    if (indexOf(page) < 0)
        return;
    ScriptEditor *editor = page->editor;
    const QString path = editor->filePath();
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path)) {
        if (++page->missingChecks <= EditorTabPage::MissingRetries) {
            page->missingTimer.start();
            return;
        }
        // Gone for good: keep the text, and mark it so closing the tab asks first.
        editor->setModified(true);
        page->pendingBytes.clear();
        page->showBar(tr("%1 was deleted on disk. Saving writes it again.").arg(name), false);
        return;
    }
    page->missingChecks = 0;
    if (!m_watcher->files().contains(path))
        m_watcher->addPath(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.readAll();
    if (bytes == page->diskBytes)
        return;
    if (!editor->isModified()) {
        QString error;
        if (editor->reload(&error)) {
            page->diskBytes = editor->text().toUtf8();
            page->bar->hide();
            Q_EMIT message(tr("Reloaded %1: it changed on disk").arg(name), false);
        } else {
            Q_EMIT message(error, true);
        }
        return;
    }
    page->pendingBytes = bytes;
    page->showBar(tr("%1 changed on disk, and you have unsaved edits here.").arg(name), true);
}

} // namespace Stepwise::Ui
