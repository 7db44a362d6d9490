#pragma once

#include "ui/dialogs/revisionauthoringdialog.h"

#include <QString>

class QCheckBox;
class QLineEdit;

namespace Stepwise::Ui {

// "New revision": message, parents (the selected revision, else the current head), branch
// label and depends_on. Input the core would refuse is refused here with the core's reason
// shown under the fields; OK writes the file through writeNewRevision. The project and graph
// must outlive the dialog. GUI thread.
class NewRevisionDialog : public RevisionAuthoringDialog
{
    Q_OBJECT

public:
    NewRevisionDialog(const Core::Project &project, const Core::RevisionGraph &graph,
                      const QString &selectedRevision = {}, QWidget *parent = nullptr);
    ~NewRevisionDialog() override;

    Core::NewRevision candidate() const override;
    // Alembic projects: tick "Autogenerate" (New Revision from Models…).
    void setAutogenerate(bool on);
    bool autogenerate() const override;

protected:
    QString ownProblem(const Core::NewRevision &candidate) const override;
    void alembicSet() override;

private:
    QLineEdit *m_message = nullptr;
    QLineEdit *m_parents = nullptr;
    QLineEdit *m_branchLabel = nullptr;
    QLineEdit *m_dependsOn = nullptr;
    QCheckBox *m_autogenerate = nullptr;
};

} // namespace Stepwise::Ui
