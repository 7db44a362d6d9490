#pragma once

#include "repository/revisionwriter.h"

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Stepwise::Core {
class RevisionGraph;
}

namespace Stepwise::Ui {

// "New revision": message, parents (the selected revision, else the current head), branch
// label and depends_on. Input the core would refuse is refused here with the core's reason
// shown under the fields; OK writes the file through writeNewRevision. The project and graph
// must outlive the dialog. GUI thread.
class NewRevisionDialog : public QDialog
{
    Q_OBJECT

public:
    NewRevisionDialog(const Core::Project &project, const Core::RevisionGraph &graph,
                      const QString &selectedRevision = {}, QWidget *parent = nullptr);
    ~NewRevisionDialog() override;

    // What OK would write (the id is chosen when the dialog opens).
    Core::NewRevision candidate() const;
    // Why OK is refused; empty when the input is valid.
    QString problem() const { return m_problem; }
    // After accept(): the file written.
    QString writtenPath() const { return m_writtenPath; }

    void accept() override;

private:
    void validate();

    const Core::Project &m_project;
    const Core::RevisionGraph &m_graph;
    QString m_id;
    QLineEdit *m_message = nullptr;
    QLineEdit *m_parents = nullptr;
    QLineEdit *m_branchLabel = nullptr;
    QLineEdit *m_dependsOn = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_problem;
    QString m_writtenPath;
};

} // namespace Stepwise::Ui
