#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QToolBar;

namespace Stepwise::Ui {

// Keeps a tool bar's important buttons out of its overflow menu: when the buttons do not fit
// with their text, the `compactable` ones (opening projects, connecting) show only their icon
// (their text stays in the tooltip), so the run actions keep text and place at 1024 px.
// Installed as the tool bar's event filter; owned by it.
class ToolBarFit : public QObject
{
    Q_OBJECT

public:
    static ToolBarFit *install(QToolBar *toolbar, const QList<QAction *> &compactable);

    bool isCompact() const { return m_compact; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ToolBarFit(QToolBar *toolbar, const QList<QAction *> &compactable);
    void fit();
    int widthNeeded() const;
    void setCompact(bool compact);

    QToolBar *m_toolbar;
    QList<QPointer<QAction>> m_compactable;
    bool m_compact = false;
    bool m_fitting = false;
};

} // namespace Stepwise::Ui
