#include "ui/mainwindow/toolbarfit.h"

#include <QAction>
#include <QEvent>
#include <QLayout>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace Stepwise::Ui {

ToolBarFit *ToolBarFit::install(QToolBar *toolbar, const QList<QAction *> &compactable)
{
    return new ToolBarFit(toolbar, compactable);
}

ToolBarFit::ToolBarFit(QToolBar *toolbar, const QList<QAction *> &compactable)
    : QObject(toolbar)
    , m_toolbar(toolbar)
{
    for (QAction *a : compactable)
        m_compactable << a;
    toolbar->installEventFilter(this);
}

bool ToolBarFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_toolbar) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::ActionAdded:
        case QEvent::ActionChanged:
        case QEvent::FontChange:
        case QEvent::StyleChange:
            fit();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

// The width every visible button and separator takes with text beside the icons.
int ToolBarFit::widthNeeded() const
{
    const int spacing = m_toolbar->layout() ? m_toolbar->layout()->spacing() : 0;
    const QMargins margins = m_toolbar->contentsMargins();
    int width = margins.left() + margins.right()
        + m_toolbar->style()->pixelMetric(QStyle::PM_ToolBarHandleExtent, nullptr, m_toolbar)
        + 2 * m_toolbar->style()->pixelMetric(QStyle::PM_ToolBarItemMargin, nullptr, m_toolbar);
    const QList<QAction *> actions = m_toolbar->actions();
    for (QAction *a : actions) {
        if (!a->isVisible())
            continue;
        QWidget *w = m_toolbar->widgetForAction(a);
        if (!w)
            continue;
        width += w->sizeHint().width() + spacing;
    }
    return width;
}

void ToolBarFit::fit()
{
    if (m_fitting)
        return;
    m_fitting = true;
    setCompact(false); // measure with text
    setCompact(widthNeeded() > m_toolbar->width());
    m_fitting = false;
}

void ToolBarFit::setCompact(bool compact)
{
    m_compact = compact;
    const Qt::ToolButtonStyle style = compact ? Qt::ToolButtonIconOnly : m_toolbar->toolButtonStyle();
    for (const QPointer<QAction> &a : std::as_const(m_compactable)) {
        if (auto *button = qobject_cast<QToolButton *>(a ? m_toolbar->widgetForAction(a) : nullptr))
            button->setToolButtonStyle(style);
    }
}

} // namespace Stepwise::Ui
