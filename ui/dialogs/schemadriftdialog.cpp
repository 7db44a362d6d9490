#include "ui/dialogs/schemadriftdialog.h"

#include "ui/dialogs/schemachanges.h"
#include "ui/preview/sqlpreview.h"
#include "ui/run/background.h"

#include "core/db/dialect.h"
#include "core/sql/sqlsyntax.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

SchemaDriftDialog::SchemaDriftDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"schemaDriftDialog"_s);
    setWindowTitle(tr("Schema Drift"));

    m_error = SchemaChangeTree::errorLabel(this);

    m_summary = SchemaChangeTree::summaryLabel(QString(), this);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"differences"_s);
    SchemaChangeTree::setUp(m_tree);
    m_tree->setHeaderLabels({tr("Difference (database → revisions)"), tr("Note")});
    m_sql = new SqlPreview(this);
    m_sql->setObjectName(u"sql"_s);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { SchemaChangeTree::scrollTo(m_sql, item); });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_sql);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &SchemaDriftDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 640);
    splitter->setSizes({240, 340});
}

SchemaDriftDialog::~SchemaDriftDialog() = default;

bool SchemaDriftDialog::check(const Core::Project &project, const Core::RevisionGraph &graph,
                              const Core::ConnectionUrl &database, const QStringList &heads,
                              const std::optional<Core::ConnectionUrl> &shadowUrl)
{
    m_error->hide();
    m_drift.reset();
    m_tree->clear();
    m_shownSql.clear();
    std::optional<Core::Result<Core::SchemaDrift>> outcome;
    AskingPasswordProvider passwords(this);
    // The core opens the database and the shadow itself: on the worker thread.
    runInBackground(this, tr("Building what the revisions make in a shadow database and comparing it with %1…")
                              .arg(database.redacted()),
                    [&] {
                        outcome.emplace(Core::checkSchemaDrift(project, graph, database, heads, shadowUrl, &passwords));
                    });
    if (!outcome || !*outcome) {
        m_error->setText(outcome ? outcome->error().toString() : tr("The check did not finish."));
        m_error->show();
        m_summary->setText(tr("Schema drift not checked."));
        m_sql->showScript(QString(), QString(), Core::SqlSyntax::Generic);
        return false;
    }
    m_drift = std::move(**outcome);
    const Core::DdlScript &repair = m_drift->repair;
    if (!m_drift->drifted()) {
        m_summary->setText(tr("No schema drift: the database's schema is what its revisions build."));
        m_shownSql = tr("-- No schema drift: nothing to repair.") + u'\n';
    } else {
        m_shownSql = tr("-- The SQL that brings the database back to what its revisions build.") + u'\n';
        if (!repair.transactional)
            m_shownSql += tr("-- Runs outside a transaction (it manages its own).") + u'\n';
        m_shownSql += u'\n' + repair.text();
    }
    m_sql->showScript(m_shownSql, QString(), Core::sqlSyntaxFromName(database.dialect().splitterName()));
    SchemaChangeTree::Options options;
    options.lineOf = SchemaChangeTree::statementLocator(m_shownSql, repair);
    const int destructive = SchemaChangeTree::fill(m_tree, m_drift->diff, options);
    if (m_drift->drifted())
        m_summary->setText(tr("Schema drift: %1 between the database and what its revisions build")
                               .arg(SchemaChangeTree::summary(m_drift->diff, destructive)));
    return true;
}

QString SchemaDriftDialog::summaryText() const
{
    return m_summary->text();
}

QString SchemaDriftDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace Stepwise::Ui
