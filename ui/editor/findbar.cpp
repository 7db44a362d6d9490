#include "ui/editor/findbar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace Stepwise::Ui {

using namespace Qt::StringLiterals;

FindBar::FindBar(QWidget *parent) : QWidget(parent)
{
    m_find = new QLineEdit(this);
    m_find->setObjectName(u"findText"_s);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit(this);
    m_replace->setObjectName(u"replaceText"_s);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_case = new QCheckBox(tr("Match &case"), this);
    m_status = new QLabel(this);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *replace = new QPushButton(tr("&Replace"), this);
    auto *replaceAll = new QPushButton(tr("Replace &All"), this);
    auto *close = new QToolButton(this);
    close->setIcon(QIcon::fromTheme(u"window-close"_s));
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the find bar (Esc)"));
    close->setAutoRaise(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(next, 0, 1);
    layout->addWidget(previous, 0, 2);
    layout->addWidget(m_case, 0, 3);
    layout->addWidget(m_status, 0, 4);
    layout->addWidget(close, 0, 5);
    m_replaceRow = new QWidget(this);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(replace);
    replaceLayout->addWidget(replaceAll);
    layout->addWidget(m_replaceRow, 1, 0, 1, 4);
    layout->setColumnStretch(0, 1);

    auto find = [this](bool backwards) {
        Q_EMIT findRequested(m_find->text(), m_case->isChecked(), backwards);
    };
    connect(m_find, &QLineEdit::returnPressed, this, [find] { find(false); });
    connect(next, &QPushButton::clicked, this, [find] { find(false); });
    connect(previous, &QPushButton::clicked, this, [find] { find(true); });
    connect(replace, &QPushButton::clicked, this, [this] { Q_EMIT replaceRequested(m_replace->text()); });
    connect(replaceAll, &QPushButton::clicked, this, [this] {
        Q_EMIT replaceAllRequested(m_find->text(), m_replace->text(), m_case->isChecked());
    });
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    hide();
}

void FindBar::open(bool withReplace, const QString &initialText)
{
    if (!initialText.isEmpty())
        m_find->setText(initialText);
    m_replaceRow->setVisible(withReplace);
    setStatus({});
    show();
    m_find->setFocus();
    m_find->selectAll();
}

QString FindBar::findText() const
{
    return m_find->text();
}

QString FindBar::replaceText() const
{
    return m_replace->text();
}

bool FindBar::caseSensitive() const
{
    return m_case->isChecked();
}

void FindBar::setStatus(const QString &status)
{
    m_status->setText(status);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Stepwise::Ui
