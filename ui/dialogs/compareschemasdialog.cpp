#include "ui/dialogs/compareschemasdialog.h"

#include "ui/dialogs/schemachanges.h"
#include "ui/preview/sqlpreview.h"
#include "ui/run/background.h"

#include "core/db/dialect.h"
#include "core/sql/sqlsyntax.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

CompareSchemasDialog::CompareSchemasDialog(ProfileStore *profiles, PasswordStore *passwords, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"compareSchemasDialog"_s);
    setWindowTitle(tr("Compare Schemas"));

    m_from = new SchemaSourceCombo(profiles, passwords, this);
    m_from->setObjectName(u"from"_s);
    m_to = new SchemaSourceCombo(profiles, passwords, this);
    m_to->setObjectName(u"to"_s);
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

    m_error = SchemaChangeTree::errorLabel(this);

    m_summary = SchemaChangeTree::summaryLabel(tr("Choose two schemas and press Compare."), this);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"differences"_s);
    SchemaChangeTree::setUp(m_tree);
    m_tree->setHeaderLabels({tr("Difference"), tr("Note")});
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { SchemaChangeTree::scrollTo(m_sql, item); });

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

void CompareSchemasDialog::setCurrentConnection(const QString &profileName, const Core::ConnectionUrl &url)
{
    m_from->setCurrentConnection(profileName, url);
    m_to->setCurrentConnection(profileName, url);
    m_from->selectProfile(profileName);
}

void CompareSchemasDialog::setBaseDirectory(const QString &directory)
{
    m_from->setBaseDirectory(directory);
    m_to->setBaseDirectory(directory);
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
    m_from->selectSource(from);
    m_to->selectSource(to);
}

void CompareSchemasDialog::swapSources()
{
    const SchemaSourceCombo::Choice from = m_from->choice();
    m_from->choose(m_to->choice());
    m_to->choose(from);
}

bool CompareSchemasDialog::compare()
{
    m_error->hide();
    QString error;
    const auto from = m_from->resolve(tr("FROM"), &error);
    const auto to = from ? m_to->resolve(tr("TO"), &error) : std::nullopt;
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

    SchemaChangeTree::Options options;
    options.lineOf = SchemaChangeTree::statementLocator(sql, script);
    const int destructive = SchemaChangeTree::fill(m_tree, result.diff, options);

    m_summary->setText(changes.isEmpty() ? tr("No differences: the two schemas are the same")
                                         : SchemaChangeTree::summary(result.diff, destructive));
    if (!result.diff.notCompared.isEmpty())
        m_summary->setText(m_summary->text()
                           + tr(" (%1 not compared)").arg(result.diff.notCompared.size()));
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
