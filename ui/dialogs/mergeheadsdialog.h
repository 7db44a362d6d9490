#pragma once

#include "ui/dialogs/revisionauthoringdialog.h"

#include <QString>
#include <QStringList>

class QLineEdit;
class QListWidget;

namespace Stepwise::Ui {

// "Merge heads": two or more heads picked from check boxes (all checked at first) and a
// message; OK writes the merge revision through writeNewRevision after the core's checks.
// The project and graph must outlive the dialog. GUI thread.
class MergeHeadsDialog : public RevisionAuthoringDialog
{
    Q_OBJECT

public:
    MergeHeadsDialog(const Core::Project &project, const Core::RevisionGraph &graph,
                     QWidget *parent = nullptr);
    ~MergeHeadsDialog() override;

    // The heads checked, in the graph's load order.
    QStringList checkedHeads() const;
    void setChecked(const QString &head, bool checked);
    Core::NewRevision candidate() const override;

protected:
    QString ownProblem(const Core::NewRevision &candidate) const override;

private:
    QListWidget *m_heads = nullptr;
    QLineEdit *m_message = nullptr;
};

} // namespace Stepwise::Ui
