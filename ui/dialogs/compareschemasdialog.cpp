#include "ui/dialogs/compareschemasdialog.h"

#include "ui/connections/driverinfo.h"
#include "ui/connections/passwordstore.h"
#include "ui/connections/profilestore.h"
#include "ui/editor/scripteditor.h"
#include "ui/preview/sqlpreview.h"
#include "ui/project/statestyle.h"
#include "ui/run/background.h"

#include "core/db/connectionprofiles.h"
#include "core/db/dialect.h"
#include "core/db/passwordprovider.h"
#include "core/sql/sqlsyntax.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

enum ItemRole { KindRole = Qt::UserRole, ValueRole };
enum class SourceKind { Profile, Url, File, Browse };
// The statement line of a tree item in the SQL shown (0: none).
constexpr int LineRole = Qt::UserRole + 10;

QString driverIcon(const QString &driver)
{
    return driverInfo(driver).iconName;
}

SourceKind kindAt(const QComboBox *combo, int index)
{
    return static_cast<SourceKind>(combo->itemData(index, KindRole).toInt());
}

// Asks for a password the core needs while it works (a shadow database, a URL typed without
// one): the comparison runs on another thread, the question is asked on the GUI thread.
class AskingPasswordProvider : public Core::PasswordProvider
{
public:
    explicit AskingPasswordProvider(QWidget *parent) : m_parent(parent) { }

    std::optional<QString> password(const Core::ConnectionUrl &url) override
    {
        const auto ask = [this, &url]() -> std::optional<QString> {
            bool ok = false;
            const QString text = QInputDialog::getText(
                m_parent, CompareSchemasDialog::tr("Password"),
                CompareSchemasDialog::tr("Password for %1:").arg(url.redacted()), QLineEdit::Password,
                QString(), &ok);
            return ok ? std::optional<QString>(text) : std::nullopt;
        };
        if (QThread::currentThread() == m_parent->thread())
            return ask();
        std::optional<QString> answer;
        QMetaObject::invokeMethod(m_parent, ask, Qt::BlockingQueuedConnection, &answer);
        return answer;
    }

private:
    QWidget *m_parent;
};

// What a change is about, for its group: a view, a type, a sequence or a table.
QString objectKind(Core::SchemaChange::Kind kind)
{
    using Kind = Core::SchemaChange::Kind;
    switch (kind) {
    case Kind::DropView:
    case Kind::CreateView:
        return CompareSchemasDialog::tr("view");
    case Kind::CreateEnum:
    case Kind::AddEnumValues:
    case Kind::DropEnum:
        return CompareSchemasDialog::tr("type");
    case Kind::CreateSequence:
    case Kind::AlterSequence:
    case Kind::DropSequence:
        return CompareSchemasDialog::tr("sequence");
    default:
        return CompareSchemasDialog::tr("table");
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

CompareSchemasDialog::CompareSchemasDialog(ProfileStore *profiles, PasswordStore *passwords, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_passwords(passwords)
{
    setObjectName(u"compareSchemasDialog"_s);
    setWindowTitle(tr("Compare Schemas"));

    m_from = makeSourceCombo(u"from"_s);
    m_to = makeSourceCombo(u"to"_s);
    auto *swap = new QPushButton(tr("S&wap"), this);
    swap->setObjectName(u"swap"_s);
    swap->setToolTip(tr("Exchange FROM and TO"));
    swap->setAutoDefault(false);
    connect(swap, &QPushButton::clicked, this, &CompareSchemasDialog::swapSources);
    m_compare = new QPushButton(tr("&Compare"), this);
    m_compare->setObjectName(u"compare"_s);
    m_compare->setDefault(true);
    m_compare->setToolTip(tr("Read both schemas and list what turns FROM into TO. Neither database "
                             "is changed."));
    connect(m_compare, &QPushButton::clicked, this, &CompareSchemasDialog::compare);

    m_dialect = new QComboBox(this);
    m_dialect->setObjectName(u"dialect"_s);
    m_dialect->addItem(tr("SQLite"), u"sqlite"_s);
    m_dialect->addItem(tr("PostgreSQL"), u"postgresql"_s);
    m_dialect->addItem(tr("MySQL / MariaDB"), u"mysql"_s);
    m_dialect->setToolTip(tr("The dialect of the SQL files when both sides are files; otherwise "
                             "the database's."));
    m_shadowUrl = new QLineEdit(this);
    m_shadowUrl->setObjectName(u"shadowUrl"_s);
    m_shadowUrl->setClearButtonEnabled(true);
    m_shadowUrl->setPlaceholderText(tr("PostgreSQL / MySQL only: a database URL (SQLite uses a temporary file)"));
    m_shadowUrl->setToolTip(tr("Where an SQL file is run to read its schema: created when missing "
                               "and dropped afterwards, emptied before use. Never your own database."));

    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto *filesLabel = new QLabel(tr("SQL &files:"), this);
    filesLabel->setBuddy(m_dialect);
    auto *shadowLabel = new QLabel(tr("S&hadow database:"), this);
    shadowLabel->setBuddy(m_shadowUrl);
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_dialect);
    filesRow->addSpacing(12);
    filesRow->addWidget(shadowLabel);
    filesRow->addWidget(m_shadowUrl, 1);

    auto *sources = new QGridLayout;
    sources->addWidget(fromLabel, 0, 0);
    sources->addWidget(m_from, 0, 1);
    sources->addWidget(swap, 0, 2);
    sources->addWidget(toLabel, 1, 0);
    sources->addWidget(m_to, 1, 1);
    sources->addWidget(m_compare, 1, 2);
    sources->addWidget(filesLabel, 2, 0);
    sources->addLayout(filesRow, 2, 1);
    sources->setColumnStretch(1, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, stateColor(RevisionModel::State::Failed, palette()));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_summary = new QLabel(tr("Choose two schemas and press Compare."), this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"differences"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Difference"), tr("Note")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { scrollSqlTo(item); });

    m_sql = new SqlPreview(this);
    m_sql->setObjectName(u"sql"_s);

    // The tree above the SQL, both the dialog's width: a change with its warning ("destructive:
    // possible rename of nick_name to nickname") and a rebuild's long lines need it.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_sql);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompareSchemasDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sources);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(buttons);

    resize(1100, 720);
    m_splitter->setSizes({260, 320});
}

CompareSchemasDialog::~CompareSchemasDialog() = default;

QComboBox *CompareSchemasDialog::makeSourceCombo(const QString &objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(40);
    combo->setPlaceholderText(tr("A saved connection or an SQL file"));
    fillSourceCombo(combo);
    combo->setCurrentIndex(-1);
    // "SQL file…" is a command, not a choice: the file picked takes its place, Cancel goes back.
    combo->setProperty("lastIndex", -1);
    connect(combo, &QComboBox::activated, this, [this, combo](int index) { sourceActivated(combo, index); });
    connect(combo, &QComboBox::currentIndexChanged, this, [combo](int index) {
        if (index < 0 || kindAt(combo, index) != SourceKind::Browse)
            combo->setProperty("lastIndex", index);
    });
    return combo;
}

void CompareSchemasDialog::fillSourceCombo(QComboBox *combo)
{
    combo->clear();
    if (m_profiles) {
        for (const Core::ConnectionProfile &profile : m_profiles->profiles()) {
            combo->addItem(QIcon(driverIcon(profile.driver)),
                           tr("%1 — %2").arg(profile.name, profile.displayUrl()));
            const int index = combo->count() - 1;
            combo->setItemData(index, int(SourceKind::Profile), KindRole);
            combo->setItemData(index, profile.name, ValueRole);
            combo->setItemData(index, profile.displayUrl(), Qt::ToolTipRole);
        }
    }
    combo->insertSeparator(combo->count());
    combo->addItem(tr("SQL file…"));
    combo->setItemData(combo->count() - 1, int(SourceKind::Browse), KindRole);
}

void CompareSchemasDialog::sourceActivated(QComboBox *combo, int index)
{
    if (index < 0 || kindAt(combo, index) != SourceKind::Browse)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare an SQL File"), m_baseDirectory,
                                                      tr("SQL files (*.sql);;All files (*)"));
    if (path.isEmpty()) {
        combo->setCurrentIndex(combo->property("lastIndex").toInt());
        return;
    }
    combo->setCurrentIndex(addFileItem(combo, path));
}

int CompareSchemasDialog::addFileItem(QComboBox *combo, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < combo->count(); ++i) {
        if (kindAt(combo, i) == SourceKind::File && combo->itemData(i, ValueRole).toString() == absolute)
            return i;
    }
    // Before the separator and "SQL file…".
    const int index = std::max(0, combo->count() - 2);
    combo->insertItem(index, QIcon(u":/icons/open-project.svg"_s),
                      tr("%1 — SQL file in %2")
                          .arg(QFileInfo(absolute).fileName(),
                               QDir::toNativeSeparators(QFileInfo(absolute).absolutePath())));
    combo->setItemData(index, int(SourceKind::File), KindRole);
    combo->setItemData(index, absolute, ValueRole);
    combo->setItemData(index, QDir::toNativeSeparators(absolute), Qt::ToolTipRole);
    return index;
}

int CompareSchemasDialog::addUrlItem(QComboBox *combo, const QString &url)
{
    const Core::Result<Core::ConnectionUrl> parsed = Core::ConnectionUrl::parse(url, m_baseDirectory);
    // The list shows the URL without its password; the item keeps it for this dialog only.
    const QString shown = parsed ? parsed->redacted() : Core::redactPasswords(url);
    for (int i = 0; i < combo->count(); ++i) {
        if (kindAt(combo, i) == SourceKind::Url && combo->itemData(i, ValueRole).toString() == url)
            return i;
    }
    const int index = std::max(0, combo->count() - 2);
    combo->insertItem(index, QIcon(parsed ? driverIcon(parsed->dialect().qtDriver()) : QString()), shown);
    combo->setItemData(index, int(SourceKind::Url), KindRole);
    combo->setItemData(index, url, ValueRole);
    return index;
}

void CompareSchemasDialog::selectSource(QComboBox *combo, const QString &source)
{
    if (source.isEmpty()) {
        combo->setCurrentIndex(-1);
        return;
    }
    if (Core::SchemaComparison::isSqlFile(source)) {
        combo->setCurrentIndex(addFileItem(combo, source));
        return;
    }
    // A saved profile's URL picks the profile.
    const Core::Result<Core::ConnectionUrl> parsed = Core::ConnectionUrl::parse(source, m_baseDirectory);
    if (parsed && !parsed->hasPassword() && m_profiles) {
        for (int i = 0; i < combo->count(); ++i) {
            if (kindAt(combo, i) != SourceKind::Profile)
                continue;
            const auto url = Core::ConnectionProfiles::connectionUrl(
                m_profiles->profile(combo->itemData(i, ValueRole).toString()), m_baseDirectory);
            if (url && url->toString() == parsed->toString()) {
                combo->setCurrentIndex(i);
                return;
            }
        }
    }
    combo->setCurrentIndex(addUrlItem(combo, source));
}

void CompareSchemasDialog::setCurrentConnection(const QString &profileName, const Core::ConnectionUrl &url)
{
    m_currentProfile = profileName;
    m_currentUrl = url;
    for (int i = 0; i < m_from->count(); ++i) {
        if (kindAt(m_from, i) == SourceKind::Profile && m_from->itemData(i, ValueRole).toString() == profileName) {
            m_from->setCurrentIndex(i);
            return;
        }
    }
}

void CompareSchemasDialog::setBaseDirectory(const QString &directory)
{
    m_baseDirectory = directory;
}

void CompareSchemasDialog::setSqlDialect(const QString &dialect)
{
    const Core::Dialect *known = Core::Dialect::forScheme(dialect);
    const int index = m_dialect->findData(known ? known->name() : dialect);
    if (index >= 0)
        m_dialect->setCurrentIndex(index);
}

void CompareSchemasDialog::setShadowUrl(const QString &url)
{
    m_shadowUrl->setText(url);
}

void CompareSchemasDialog::setSources(const QString &from, const QString &to)
{
    selectSource(m_from, from);
    selectSource(m_to, to);
}

void CompareSchemasDialog::swapSources()
{
    const auto take = [](QComboBox *combo) {
        const int index = combo->currentIndex();
        if (index < 0)
            return QString();
        return combo->itemData(index, ValueRole).toString();
    };
    const int fromIndex = m_from->currentIndex();
    const int toIndex = m_to->currentIndex();
    const SourceKind fromKind = fromIndex < 0 ? SourceKind::Browse : kindAt(m_from, fromIndex);
    const SourceKind toKind = toIndex < 0 ? SourceKind::Browse : kindAt(m_to, toIndex);
    const QString fromValue = take(m_from);
    const QString toValue = take(m_to);
    const auto put = [this](QComboBox *combo, SourceKind kind, const QString &value) {
        switch (kind) {
        case SourceKind::Profile:
            combo->setCurrentIndex(combo->findData(value, ValueRole));
            break;
        case SourceKind::Url:
            combo->setCurrentIndex(addUrlItem(combo, value));
            break;
        case SourceKind::File:
            combo->setCurrentIndex(addFileItem(combo, value));
            break;
        case SourceKind::Browse:
            combo->setCurrentIndex(-1);
            break;
        }
    };
    put(m_from, toKind, toValue);
    put(m_to, fromKind, fromValue);
}

std::optional<QString> CompareSchemasDialog::profilePassword(const Core::ConnectionProfile &profile)
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
        const QString password = QInputDialog::getText(this, tr("Password"), label, QLineEdit::Password,
                                                       QString(), &ok);
        return ok ? std::optional<QString>(password) : std::nullopt;
    };
    if (profile.savePassword && m_passwords) {
        // The keychain answers asynchronously; the comparison cannot start without it.
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

std::optional<CompareSchemasDialog::Source> CompareSchemasDialog::resolve(QComboBox *combo, const QString &side,
                                                                          QString *error)
{
    const int index = combo->currentIndex();
    if (index < 0 || kindAt(combo, index) == SourceKind::Browse) {
        *error = tr("Choose %1: a saved connection or an SQL file.").arg(side);
        return std::nullopt;
    }
    const QString value = combo->itemData(index, ValueRole).toString();
    switch (kindAt(combo, index)) {
    case SourceKind::File:
        return Source{value, QFileInfo(value).fileName()};
    case SourceKind::Url: {
        const auto parsed = Core::ConnectionUrl::parse(value, m_baseDirectory);
        return Source{value, parsed ? parsed->redacted() : Core::redactPasswords(value)};
    }
    case SourceKind::Profile:
    case SourceKind::Browse:
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
    // Held in memory for this comparison only; never shown (messages use the redacted URL).
    return Source{url->withPassword(), profile.name};
}

bool CompareSchemasDialog::compare()
{
    m_error->hide();
    QString error;
    const std::optional<Source> from = resolve(m_from, tr("FROM"), &error);
    const std::optional<Source> to = from ? resolve(m_to, tr("TO"), &error) : std::nullopt;
    if (!from || !to) {
        showError(error);
        return false;
    }
    Core::ComparisonOptions options;
    options.dialect = m_dialect->currentData().toString();
    if (const QString shadow = m_shadowUrl->text().trimmed(); !shadow.isEmpty()) {
        const Core::Result<Core::ConnectionUrl> url = Core::ConnectionUrl::parse(shadow, m_baseDirectory);
        if (!url) {
            showError(tr("Shadow database: %1").arg(url.error().message()));
            return false;
        }
        options.shadowUrl = *url;
    }
    AskingPasswordProvider passwords(this);
    std::optional<Core::Result<Core::SchemaComparisonResult>> outcome;
    // SchemaComparison opens its connections itself, so they live and die on the worker thread.
    runInBackground(this, tr("Comparing %1 with %2…").arg(from->label, to->label), [&] {
        outcome.emplace(Core::SchemaComparison::compare(from->text, to->text, options, &passwords));
    });
    if (!outcome || !*outcome) {
        showError(outcome ? outcome->error().toString() : tr("The comparison did not finish."));
        return false;
    }
    showResult(**outcome);
    return true;
}

void CompareSchemasDialog::showError(const QString &message)
{
    m_result.reset();
    m_error->setText(message);
    m_error->show();
    m_summary->setText(tr("No comparison."));
    m_tree->clear();
    m_shownSql.clear();
    m_sql->showScript(QString(), QString(), Core::SqlSyntax::Generic);
}

void CompareSchemasDialog::showResult(const Core::SchemaComparisonResult &result)
{
    m_result = result;
    m_error->hide();
    const Core::DdlScript &script = result.script;
    const QList<Core::SchemaChange> &changes = result.diff.changes;

    // The SQL as `stepwise diff` prints it.
    QString sql;
    if (changes.isEmpty()) {
        for (const QString &line : script.notCompared)
            sql += line + u'\n';
        sql += tr("-- No differences: FROM and TO have the same schema.") + u'\n';
    } else {
        if (!script.transactional)
            sql += tr("-- Runs outside a transaction (it manages its own): write it in a "
                      "transaction:false section.")
                + u"\n\n"_s;
        sql += script.text();
    }
    m_shownSql = sql;
    const Core::Dialect *dialect = Core::Dialect::forScheme(result.dialect);
    m_sql->showScript(sql, QString(),
                      dialect ? Core::sqlSyntaxFromName(dialect->splitterName()) : Core::SqlSyntax::Generic);

    // Where each statement starts, to scroll the SQL to a change.
    QList<int> statementLines;
    qsizetype at = 0;
    for (const QString &statement : script.statements) {
        const qsizetype found = sql.indexOf(statement, at);
        statementLines.append(found < 0 ? 0 : int(QStringView(sql).left(found).count(u'\n')) + 1);
        if (found >= 0)
            at = found + statement.size();
    }
    const auto lineOf = [&](const Core::SchemaChange &c) {
        const QString detail = changeDetail(c);
        for (const bool withDetail : {true, false}) {
            for (int i = 0; i < script.statements.size(); ++i) {
                const QString &statement = script.statements.at(i);
                if (mentions(statement, c.name.name) && (!withDetail || mentions(statement, detail)))
                    return statementLines.at(i);
            }
        }
        return 0;
    };

    m_tree->clear();
    const QColor red = stateColor(RevisionModel::State::Failed, palette());
    QFont bold = m_tree->font();
    bold.setBold(true);
    // One group per object, by name; the changes inside keep the order they run in.
    QMap<QString, QTreeWidgetItem *> groups;
    int destructive = 0;
    for (const Core::SchemaChange &c : changes) {
        const QString name = Core::qualifiedName(c.name);
        const QString kind = objectKind(c.kind);
        const QString key = name.toLower() + u'\n' + kind;
        QTreeWidgetItem *group = groups.value(key);
        if (!group) {
            group = new QTreeWidgetItem({name, kind});
            group->setIcon(0, QIcon(objectIcon(c.kind)));
            group->setFont(0, bold);
            group->setData(0, LineRole, lineOf(c));
            groups.insert(key, group);
        }
        auto *item = new QTreeWidgetItem(group, {c.describe(), c.warning});
        item->setData(0, LineRole, lineOf(c));
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
        m_tree->addTopLevelItem(group);
    if (!result.diff.notCompared.isEmpty()) {
        auto *group = new QTreeWidgetItem({tr("Not compared"), tr("objects the comparison does not cover")});
        group->setIcon(0, QIcon(u":/icons/info.svg"_s));
        group->setFont(0, bold);
        const QColor muted = palette().color(QPalette::PlaceholderText);
        for (const Core::NotCompared &n : result.diff.notCompared) {
            auto *item = new QTreeWidgetItem(group, {tr("%1 %2").arg(n.kind, Core::qualifiedName(n.name)),
                                                     tr("not compared")});
            item->setForeground(0, muted);
            item->setForeground(1, muted);
        }
        m_tree->addTopLevelItem(group);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    // The changes whole, the notes in what is left (at least a third of the tree).
    const int widest = m_tree->viewport()->width() * 2 / 3;
    if (widest > 0 && m_tree->columnWidth(0) > widest)
        m_tree->setColumnWidth(0, widest);
    m_tree->setColumnWidth(0, m_tree->columnWidth(0) + 24);

    if (changes.isEmpty()) {
        m_summary->setText(tr("No differences: the two schemas are the same"));
    } else {
        QString text = changes.size() == 1 ? tr("1 change") : tr("%1 changes").arg(changes.size());
        if (destructive > 0)
            text += tr(", %1 destructive").arg(destructive);
        m_summary->setText(text);
    }
    if (!result.diff.notCompared.isEmpty())
        m_summary->setText(m_summary->text()
                           + tr(" (%1 not compared)").arg(result.diff.notCompared.size()));
}

void CompareSchemasDialog::scrollSqlTo(QTreeWidgetItem *item)
{
    const int line = item ? item->data(0, LineRole).toInt() : 0;
    if (line <= 0)
        return;
    // SqlPreview's read-only editor; it offers no scrolling of its own.
    if (auto *editor = m_sql->findChild<ScriptEditor *>())
        editor->goToLine(line);
}

QString CompareSchemasDialog::summaryText() const
{
    return m_summary->text();
}

QString CompareSchemasDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString CompareSchemasDialog::sqlText() const
{
    return m_shownSql;
}

} // namespace Stepwise::Ui
