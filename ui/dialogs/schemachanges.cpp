#include "ui/dialogs/schemachanges.h"

#include "ui/connections/driverinfo.h"
#include "ui/connections/passwordstore.h"
#include "ui/connections/profilestore.h"
#include "ui/editor/scripteditor.h"
#include "ui/project/statestyle.h"

#include "core/db/connectionprofiles.h"
#include "core/schema/schemacomparison.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QRegularExpression>
#include <QThread>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

enum ItemRole { KindRole = Qt::UserRole, ValueRole };

QString driverIcon(const QString &driver)
{
    return driverInfo(driver).iconName;
}

// What a change is about, for its group: a view, a type, a sequence or a table.
QString objectKind(Core::SchemaChange::Kind kind)
{
    using Kind = Core::SchemaChange::Kind;
    switch (kind) {
    case Kind::DropView:
    case Kind::CreateView:
        return SchemaChangeTree::tr("view");
    case Kind::CreateEnum:
    case Kind::AddEnumValues:
    case Kind::DropEnum:
        return SchemaChangeTree::tr("type");
    case Kind::CreateSequence:
    case Kind::AlterSequence:
    case Kind::DropSequence:
        return SchemaChangeTree::tr("sequence");
    default:
        return SchemaChangeTree::tr("table");
    }
}

QString objectIcon(Core::SchemaChange::Kind kind)
{
    using Kind = Core::SchemaChange::Kind;
    switch (kind) {
    case Kind::DropView:
    case Kind::CreateView:
        return u":/icons/view.svg"_s;
    case Kind::CreateEnum:
    case Kind::AddEnumValues:
    case Kind::DropEnum:
    case Kind::CreateSequence:
    case Kind::AlterSequence:
    case Kind::DropSequence:
        return u":/icons/schema.svg"_s;
    default:
        return u":/icons/table.svg"_s;
    }
}

// The names a change's statement mentions besides its table's: to find it in the script.
QString changeDetail(const Core::SchemaChange &c)
{
    using Kind = Core::SchemaChange::Kind;
    switch (c.kind) {
    case Kind::AddColumn:
    case Kind::DropColumn:
    case Kind::AlterColumn:
        return c.column.name;
    case Kind::AddIndex:
    case Kind::DropIndex:
        return c.index.name;
    case Kind::AddForeignKey:
    case Kind::DropForeignKey:
        return c.foreignKey.name;
    case Kind::AddCheck:
    case Kind::DropCheck:
        return c.check.name;
    default:
        return {};
    }
}

bool mentions(const QString &statement, const QString &identifier)
{
    if (identifier.isEmpty())
        return true;
    // Not part of a longer name: "people" is not found in "people_archive".
    const QRegularExpression word(u"(?<![\\w])"_s + QRegularExpression::escape(identifier) + u"(?![\\w])"_s,
                                  QRegularExpression::CaseInsensitiveOption);
    return word.match(statement).hasMatch();
}

} // namespace

// --- SchemaSourceCombo ---

SchemaSourceCombo::SchemaSourceCombo(ProfileStore *profiles, PasswordStore *passwords, QWidget *parent)
    : QComboBox(parent)
    , m_profiles(profiles)
    , m_passwords(passwords)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(40);
    setPlaceholderText(tr("A saved connection or an SQL file"));
    fill();
    setCurrentIndex(-1);
    // "SQL file…" is a command, not a choice: the file picked takes its place, Cancel goes back.
    connect(this, &QComboBox::activated, this, &SchemaSourceCombo::browse);
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0 || kindAt(index) != Kind::Browse)
            m_lastIndex = index;
    });
}

SchemaSourceCombo::Kind SchemaSourceCombo::kindAt(int index) const
{
    return static_cast<Kind>(itemData(index, KindRole).toInt());
}

void SchemaSourceCombo::fill()
{
    clear();
    if (m_profiles) {
        for (const Core::ConnectionProfile &profile : m_profiles->profiles()) {
            addItem(QIcon(driverIcon(profile.driver)), tr("%1 — %2").arg(profile.name, profile.displayUrl()));
            const int index = count() - 1;
            setItemData(index, int(Kind::Profile), KindRole);
            setItemData(index, profile.name, ValueRole);
            setItemData(index, profile.displayUrl(), Qt::ToolTipRole);
        }
    }
    insertSeparator(count());
    addItem(tr("SQL file…"));
    setItemData(count() - 1, int(Kind::Browse), KindRole);
}

void SchemaSourceCombo::browse(int index)
{
    if (index < 0 || kindAt(index) != Kind::Browse)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an SQL File"), m_baseDirectory,
                                                      tr("SQL files (*.sql);;All files (*)"));
    if (path.isEmpty()) {
        setCurrentIndex(m_lastIndex);
        return;
    }
    setCurrentIndex(addFileItem(path));
}

int SchemaSourceCombo::addFileItem(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < count(); ++i) {
        if (kindAt(i) == Kind::File && itemData(i, ValueRole).toString() == absolute)
            return i;
    }
    // Before the separator and "SQL file…".
    const int index = std::max(0, count() - 2);
    insertItem(index, QIcon(u":/icons/open-project.svg"_s),
               tr("%1 — SQL file in %2")
                   .arg(QFileInfo(absolute).fileName(), QDir::toNativeSeparators(QFileInfo(absolute).absolutePath())));
    setItemData(index, int(Kind::File), KindRole);
    setItemData(index, absolute, ValueRole);
    setItemData(index, QDir::toNativeSeparators(absolute), Qt::ToolTipRole);
    return index;
}

int SchemaSourceCombo::addUrlItem(const QString &url)
{
    const Core::Result<Core::ConnectionUrl> parsed = Core::ConnectionUrl::parse(url, m_baseDirectory);
    // The list shows the URL without its password; the item keeps it for this dialog only.
    const QString shown = parsed ? parsed->redacted() : Core::redactPasswords(url);
    for (int i = 0; i < count(); ++i) {
        if (kindAt(i) == Kind::Url && itemData(i, ValueRole).toString() == url)
            return i;
    }
    const int index = std::max(0, count() - 2);
    insertItem(index, QIcon(parsed ? driverIcon(parsed->dialect().qtDriver()) : QString()), shown);
    setItemData(index, int(Kind::Url), KindRole);
    setItemData(index, url, ValueRole);
    return index;
}

void SchemaSourceCombo::setCurrentConnection(const QString &profileName, const Core::ConnectionUrl &url)
{
    m_currentProfile = profileName;
    m_currentUrl = url;
}

bool SchemaSourceCombo::selectProfile(const QString &profileName)
{
    for (int i = 0; i < count(); ++i) {
        if (kindAt(i) == Kind::Profile && itemData(i, ValueRole).toString() == profileName) {
            setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void SchemaSourceCombo::selectSource(const QString &source)
{
    if (source.isEmpty()) {
        setCurrentIndex(-1);
        return;
    }
    if (Core::SchemaComparison::isSqlFile(source)) {
        setCurrentIndex(addFileItem(source));
        return;
    }
    // A saved profile's URL picks the profile.
    const Core::Result<Core::ConnectionUrl> parsed = Core::ConnectionUrl::parse(source, m_baseDirectory);
    if (parsed && !parsed->hasPassword() && m_profiles) {
        for (int i = 0; i < count(); ++i) {
            if (kindAt(i) != Kind::Profile)
                continue;
            const auto url = Core::ConnectionProfiles::connectionUrl(
                m_profiles->profile(itemData(i, ValueRole).toString()), m_baseDirectory);
            if (url && url->toString() == parsed->toString()) {
                setCurrentIndex(i);
                return;
            }
        }
    }
    setCurrentIndex(addUrlItem(source));
}

SchemaSourceCombo::Choice SchemaSourceCombo::choice() const
{
    const int index = currentIndex();
    if (index < 0)
        return {};
    return Choice{kindAt(index), itemData(index, ValueRole).toString()};
}

void SchemaSourceCombo::choose(const Choice &chosen)
{
    switch (chosen.kind) {
    case Kind::Profile:
        setCurrentIndex(findData(chosen.value, ValueRole));
        break;
    case Kind::Url:
        setCurrentIndex(addUrlItem(chosen.value));
        break;
    case Kind::File:
        setCurrentIndex(addFileItem(chosen.value));
        break;
    case Kind::Browse:
        setCurrentIndex(-1);
        break;
    }
}

std::optional<QString> SchemaSourceCombo::profilePassword(const Core::ConnectionProfile &profile)
{
    // As the Connections panel connects: none needed, the keychain, the driver's own, or asked.
    const DriverInfo info = driverInfo(profile.driver);
    if (info.fileBased || (profile.user.isEmpty() && !info.passwordFromLibpq))
        return QString();
    const auto ask = [this, &profile](const QString &reason) -> std::optional<QString> {
        bool ok = false;
        QString label = tr("Password for %1 on %2:")
                            .arg(profile.user.isEmpty() ? profile.name : profile.user, profile.displayUrl());
        if (!reason.isEmpty())
            label = reason + u"\n\n"_s + label;
        const QString password = QInputDialog::getText(window(), tr("Password"), label, QLineEdit::Password,
                                                       QString(), &ok);
        return ok ? std::optional<QString>(password) : std::nullopt;
    };
    if (profile.savePassword && m_passwords) {
        // The keychain answers asynchronously; the work cannot start without it.
        QEventLoop loop;
        bool done = false;
        bool found = false;
        QString password;
        m_passwords->read(profile.keychainKey(), [&](bool ok, const QString &text, const QString &) {
            done = true;
            found = ok;
            password = text;
            loop.quit();
        });
        if (!done)
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        if (found)
            return password;
        return ask(tr("The password could not be read from the system keychain."));
    }
    // libpq reads PGPASSWORD and ~/.pgpass itself: let it try before asking.
    if (info.passwordFromLibpq
        && (qEnvironmentVariableIsSet("PGPASSWORD")
            || QFile::exists(qEnvironmentVariable("PGPASSFILE", QDir::homePath() + u"/.pgpass"_s))))
        return QString();
    return ask({});
}

std::optional<SchemaSourceCombo::Source> SchemaSourceCombo::resolve(const QString &side, QString *error)
{
    const int index = currentIndex();
    if (index < 0 || kindAt(index) == Kind::Browse) {
        *error = tr("Choose %1: a saved connection or an SQL file.").arg(side);
        return std::nullopt;
    }
    const QString value = itemData(index, ValueRole).toString();
    switch (kindAt(index)) {
    case Kind::File:
        return Source{value, QFileInfo(value).fileName()};
    case Kind::Url: {
        const auto parsed = Core::ConnectionUrl::parse(value, m_baseDirectory);
        return Source{value, parsed ? parsed->redacted() : Core::redactPasswords(value)};
    }
    case Kind::Profile:
    case Kind::Browse:
        break;
    }
    // The connected database: with the password it was opened with.
    if (value == m_currentProfile && m_currentUrl.isValid())
        return Source{m_currentUrl.withPassword(), value};
    if (!m_profiles) {
        *error = tr("%1: the connection %2 is not known.").arg(side, value);
        return std::nullopt;
    }
    const Core::ConnectionProfile profile = m_profiles->profile(value);
    Core::Result<Core::ConnectionUrl> url = Core::ConnectionProfiles::connectionUrl(profile, m_baseDirectory);
    if (!url) {
        *error = tr("%1: %2").arg(side, url.error().message());
        return std::nullopt;
    }
    const std::optional<QString> password = profilePassword(profile);
    if (!password) {
        *error = tr("%1: no password given for %2.").arg(side, profile.name);
        return std::nullopt;
    }
    if (!password->isEmpty())
        url->setPassword(*password);
    // Held in memory for this piece of work only; never shown (messages use the redacted URL).
    return Source{url->withPassword(), profile.name};
}

// --- AskingPasswordProvider ---

std::optional<QString> AskingPasswordProvider::password(const Core::ConnectionUrl &url)
{
    const auto ask = [this, &url]() -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(m_parent, SchemaSourceCombo::tr("Password"),
                                                   SchemaSourceCombo::tr("Password for %1:").arg(url.redacted()),
                                                   QLineEdit::Password, QString(), &ok);
        return ok ? std::optional<QString>(text) : std::nullopt;
    };
    if (QThread::currentThread() == m_parent->thread())
        return ask();
    std::optional<QString> answer;
    QMetaObject::invokeMethod(m_parent, ask, Qt::BlockingQueuedConnection, &answer);
    return answer;
}

// --- SchemaChangeTree ---

void SchemaChangeTree::setUp(QTreeWidget *tree)
{
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Change"), tr("Note")});
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
}

int SchemaChangeTree::fill(QTreeWidget *tree, const Core::SchemaDiffResult &diff, const Options &options)
{
    const QSignalBlocker quiet(tree); // no itemChanged for every box ticked while filling
    tree->clear();
    const QColor red = stateColor(RevisionModel::State::Failed, tree->palette());
    QFont bold = tree->font();
    bold.setBold(true);
    const auto lineOf = [&](const Core::SchemaChange &c) { return options.lineOf ? options.lineOf(c) : 0; };
    // One group per object, by name; the changes inside keep the order they run in.
    QMap<QString, QTreeWidgetItem *> groups;
    int destructive = 0;
    for (int i = 0; i < diff.changes.size(); ++i) {
        const Core::SchemaChange &c = diff.changes.at(i);
        const QString name = Core::qualifiedName(c.name);
        const QString kind = objectKind(c.kind);
        const QString key = name.toLower() + u'\n' + kind;
        QTreeWidgetItem *group = groups.value(key);
        if (!group) {
            group = new QTreeWidgetItem({name, kind});
            group->setIcon(0, QIcon(objectIcon(c.kind)));
            group->setFont(0, bold);
            group->setData(0, LineRole, lineOf(c));
            group->setData(0, ChangeIndexRole, -1);
            if (options.checkable) {
                group->setFlags(group->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
                group->setCheckState(0, Qt::Checked);
            }
            groups.insert(key, group);
        }
        auto *item = new QTreeWidgetItem(group, {c.describe(), c.warning});
        item->setData(0, LineRole, lineOf(c));
        item->setData(0, ChangeIndexRole, i);
        if (options.checkable) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, Qt::Checked);
        }
        if (c.destructive) {
            ++destructive;
            item->setText(1, c.warning.isEmpty() ? tr("destructive") : tr("destructive: %1").arg(c.warning));
            item->setIcon(0, QIcon(u":/icons/error.svg"_s));
            const QString tip = c.warning.isEmpty() ? tr("Destructive: this change loses data.") : c.warning;
            for (int column = 0; column < 2; ++column) {
                item->setForeground(column, red);
                item->setFont(column, bold);
                item->setToolTip(column, tip);
            }
            group->setIcon(1, QIcon(u":/icons/error.svg"_s));
            group->setToolTip(1, tr("Has destructive changes"));
        } else if (!c.warning.isEmpty()) {
            item->setIcon(0, QIcon(u":/icons/info.svg"_s));
            item->setToolTip(0, c.warning);
            item->setToolTip(1, c.warning);
        }
    }
    for (QTreeWidgetItem *group : std::as_const(groups))
        tree->addTopLevelItem(group);
    if (!diff.notCompared.isEmpty()) {
        auto *group = new QTreeWidgetItem({tr("Not compared"), tr("objects the comparison does not cover")});
        group->setIcon(0, QIcon(u":/icons/info.svg"_s));
        group->setFont(0, bold);
        group->setData(0, ChangeIndexRole, -1);
        const QColor muted = tree->palette().color(QPalette::PlaceholderText);
        for (const Core::NotCompared &n : diff.notCompared) {
            auto *item = new QTreeWidgetItem(group, {tr("%1 %2").arg(n.kind, Core::qualifiedName(n.name)),
                                                     tr("not compared")});
            item->setData(0, ChangeIndexRole, -1);
            item->setForeground(0, muted);
            item->setForeground(1, muted);
        }
        tree->addTopLevelItem(group);
    }
    tree->expandAll();
    tree->resizeColumnToContents(0);
    // The changes whole, the notes in what is left (at least a third of the tree).
    const int widest = tree->viewport()->width() * 2 / 3;
    if (widest > 0 && tree->columnWidth(0) > widest)
        tree->setColumnWidth(0, widest);
    tree->setColumnWidth(0, tree->columnWidth(0) + 24);
    return destructive;
}

QList<int> SchemaChangeTree::checkedChanges(const QTreeWidget *tree)
{
    QList<int> kept;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            const QTreeWidgetItem *item = group->child(i);
            const int index = item->data(0, ChangeIndexRole).toInt();
            if (index >= 0 && item->checkState(0) == Qt::Checked)
                kept << index;
        }
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

QString SchemaChangeTree::summary(const Core::SchemaDiffResult &diff, int destructive)
{
    const qsizetype n = diff.changes.size();
    QString text = n == 1 ? tr("1 change") : tr("%1 changes").arg(n);
    if (destructive > 0)
        text += tr(", %1 destructive").arg(destructive);
    return text;
}

std::function<int(const Core::SchemaChange &)> SchemaChangeTree::statementLocator(const QString &sql,
                                                                                const Core::DdlScript &script)
{
    // Where each statement starts, to scroll the SQL to a change.
    QList<int> statementLines;
    qsizetype at = 0;
    for (const QString &statement : script.statements) {
        const qsizetype found = sql.indexOf(statement, at);
        statementLines.append(found < 0 ? 0 : int(QStringView(sql).left(found).count(u'\n')) + 1);
        if (found >= 0)
            at = found + statement.size();
    }
    const QStringList statements = script.statements;
    return [statements, statementLines](const Core::SchemaChange &c) {
        const QString detail = changeDetail(c);
        for (const bool withDetail : {true, false}) {
            for (int i = 0; i < statements.size(); ++i) {
                const QString &statement = statements.at(i);
                if (mentions(statement, c.name.name) && (!withDetail || mentions(statement, detail)))
                    return statementLines.at(i);
            }
        }
        return 0;
    };
}

void SchemaChangeTree::scrollTo(QWidget *sqlPreview, const QTreeWidgetItem *item)
{
    const int line = item ? item->data(0, LineRole).toInt() : 0;
    if (line <= 0 || !sqlPreview)
        return;
    // SqlPreview's read-only editor; it offers no scrolling of its own.
    if (auto *editor = sqlPreview->findChild<ScriptEditor *>())
        editor->goToLine(line);
}

QLabel *SchemaChangeTree::errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"error"_s);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, stateColor(RevisionModel::State::Failed, parent->palette()));
    label->setPalette(palette);
    label->hide();
    return label;
}

QLabel *SchemaChangeTree::summaryLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(u"summary"_s);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace Stepwise::Ui
