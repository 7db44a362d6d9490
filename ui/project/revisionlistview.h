#pragma once

#include <QWidget>

class QItemSelectionModel;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;

namespace Stepwise::Ui {

class RevisionModel;

// The centre of the window until the revision graph arrives: the revisions in history order
// (newest first) with their state, id, message and labels, a search field and a legend.
class RevisionListView : public QWidget
{
    Q_OBJECT

public:
    RevisionListView(RevisionModel *model, QItemSelectionModel *selection, QWidget *parent = nullptr);

    QListView *listView() const { return m_list; }
    void setPlaceholderText(const QString &text);

Q_SIGNALS:
    void activated(const QString &revision);

private:
    void updatePage();
    void applyFilter();
    QWidget *createLegend();

    RevisionModel *m_model;
    QListView *m_list;
    QLineEdit *m_search;
    QLabel *m_placeholder;
    QStackedWidget *m_stack;
};

} // namespace Stepwise::Ui
