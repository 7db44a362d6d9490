#include "ui/project/detailsdock.h"

#include "ui/project/revisionmodel.h"
#include "ui/project/statestyle.h"

#include <QFormLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

QString revisionLinks(const QStringList &ids)
{
    QStringList links;
    for (const QString &id : ids)
        links << u"<a href=\"rev:%1\">%1</a>"_s.arg(id.toHtmlEscaped());
    return links.join(u", "_s);
}

} // namespace

DetailsDock::DetailsDock(RevisionModel *model, QItemSelectionModel *selection, QWidget *parent)
    : QDockWidget(tr("Revision Details"), parent)
    , m_model(model)
    , m_selection(selection)
    , m_stack(new QStackedWidget(this))
    , m_form(new QFormLayout)
    , m_title(new QLabel(this))
{
    setObjectName(u"detailsDock"_s);
    auto *empty = new QLabel(tr("Select a revision to see its details."), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    m_stack->addWidget(empty);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight);
    layout->addLayout(m_form);
    layout->addStretch(1);
    addRow(u"state"_s, tr("State:"));
    addRow(u"revision"_s, tr("Revision:"));
    addRow(u"labels"_s, tr("Branch labels:"));
    addRow(u"parents"_s, tr("Parents:"));
    addRow(u"children"_s, tr("Children:"));
    addRow(u"file"_s, tr("File:"));
    addRow(u"created"_s, tr("Created:"));
    addRow(u"checksum"_s, tr("Checksum:"));
    addRow(u"lastStep"_s, tr("Last step:"));
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);
    setWidget(m_stack);

    connect(selection, &QItemSelectionModel::currentChanged, this, &DetailsDock::refresh);
    connect(model, &RevisionModel::statesChanged, this, &DetailsDock::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &DetailsDock::refresh);
    refresh();
}

QLabel *DetailsDock::addRow(const QString &key, const QString &label)
{
    auto *value = new QLabel(this);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextBrowserInteraction);
    value->setTextFormat(Qt::RichText);
    connect(value, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"rev:"_s))
            Q_EMIT revisionLinkActivated(link.mid(4));
        else if (link.startsWith(u"file:"_s))
            Q_EMIT openFileRequested(link.mid(5), 1);
    });
    auto *name = new QLabel(label, this);
    name->setEnabled(false);
    m_form->addRow(name, value);
    m_fields.insert(key, value);
    return value;
}

void DetailsDock::refresh()
{
    const QModelIndex index = m_selection->currentIndex();
    if (!index.isValid()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const auto state = RevisionModel::State(index.data(RevisionModel::StateRole).toInt());
    m_title->setText(index.data(RevisionModel::MessageRole).toString().toHtmlEscaped());
    const QColor colour = stateColor(state, palette());
    m_fields[u"state"_s]->setText(u"<span style=\"color:%1\">●</span> %2"_s.arg(
        colour.name(), RevisionModel::stateName(state).toHtmlEscaped()));
    QString id = u"<tt>%1</tt>"_s.arg(index.data(RevisionModel::IdRole).toString());
    if (index.data(RevisionModel::HeadRole).toBool())
        id += u" "_s + tr("(head)");
    m_fields[u"revision"_s]->setText(id);
    const QStringList labels = index.data(RevisionModel::LabelsRole).toStringList();
    m_fields[u"labels"_s]->setText(labels.isEmpty() ? tr("none") : labels.join(u", "_s).toHtmlEscaped());
    const QStringList parents = index.data(RevisionModel::ParentsRole).toStringList();
    m_fields[u"parents"_s]->setText(parents.isEmpty() ? tr("none (a base)") : revisionLinks(parents));
    const QStringList children = index.data(RevisionModel::ChildrenRole).toStringList();
    m_fields[u"children"_s]->setText(children.isEmpty() ? tr("none") : revisionLinks(children));
    const QString path = index.data(RevisionModel::PathRole).toString();
    const QString relative = index.data(RevisionModel::RelativePathRole).toString();
    // Zero-width spaces after '/' and '_' let long file names wrap instead of scrolling.
    QString wrappable = relative.toHtmlEscaped();
    wrappable.replace(u'/', u"/\u200b"_s).replace(u'_', u"_\u200b"_s);
    m_fields[u"file"_s]->setText(path.isEmpty() ? tr("missing")
                                                : u"<a href=\"file:%1\">%2</a>"_s.arg(
                                                      path.toHtmlEscaped(), wrappable));
    const QString created = index.data(RevisionModel::CreatedRole).toString();
    m_fields[u"created"_s]->setText(created.isEmpty() ? tr("unknown") : created.toHtmlEscaped());

    const QString checksum = index.data(RevisionModel::ChecksumRole).toString();
    const QString applied = index.data(RevisionModel::AppliedChecksumRole).toString();
    QString checksumText = checksum.isEmpty() ? tr("none (Alembic file)") : u"<tt>%1…</tt>"_s.arg(checksum.left(16));
    if (state == RevisionModel::State::Drifted)
        checksumText += u"<br>"_s + tr("differs from the applied <tt>%1…</tt>").arg(applied.left(16));
    else if (!applied.isEmpty())
        checksumText += u" "_s + tr("(matches the database)");
    m_fields[u"checksum"_s]->setText(checksumText);
    const QString lastStep = index.data(RevisionModel::LastStepRole).toString();
    m_fields[u"lastStep"_s]->setText(lastStep.isEmpty() ? tr("none recorded") : lastStep.toHtmlEscaped());
}

} // namespace Stepwise::Ui
