#pragma once

#include <QDockWidget>
#include <QHash>

class QFormLayout;
class QItemSelectionModel;
class QLabel;
class QStackedWidget;

namespace Stepwise::Ui {

class RevisionModel;

// "Revision details": the selected revision's metadata, file, relatives and state against the
// connected database. Follows the shared selection model.
class DetailsDock : public QDockWidget
{
    Q_OBJECT

public:
    DetailsDock(RevisionModel *model, QItemSelectionModel *selection, QWidget *parent = nullptr);

Q_SIGNALS:
    void openFileRequested(const QString &path, int line);
    void revisionLinkActivated(const QString &revision);

private:
    void refresh();
    QLabel *addRow(const QString &key, const QString &label);

    RevisionModel *m_model;
    QItemSelectionModel *m_selection;
    QStackedWidget *m_stack;
    QFormLayout *m_form;
    QLabel *m_title;
    QHash<QString, QLabel *> m_fields;
};

} // namespace Stepwise::Ui
