#pragma once

#include <QDockWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace Stepwise::Ui {

class HistoryModel;
struct DatabaseStatus;

// "History": every step recorded in the connected database's history table, filterable.
class HistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit HistoryDock(QWidget *parent = nullptr);

    void setStatus(const DatabaseStatus &status, bool connected);

private:
    HistoryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLineEdit *m_filter;
    QStackedWidget *m_stack;
    QLabel *m_empty;
};

} // namespace Stepwise::Ui
