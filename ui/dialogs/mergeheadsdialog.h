#pragma once

#include "repository/revisionwriter.h"

#include <QDialog>
#include <QString>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Stepwise::Core {
class RevisionGraph;
}

namespace Stepwise::Ui {

// "Merge heads": two or more heads picked from check boxes (all checked at first) and a
// message; OK writes the merge revision through writeNewRevision after the core's checks.
// The project and graph must outlive the dialog. GUI thread.
class MergeHeadsDialog : public QDialog
{
    Q_OBJECT

public:
    MergeHeadsDialog(const Core::Project &project, const Core::RevisionGraph &graph,
                     QWidget *parent = nullptr);
    ~MergeHeadsDialog() override;

    // The heads checked, in the graph's load order.
    QStringList checkedHeads() const;
    void setChecked(const QString &head, bool checked);
    Core::NewRevision candidate() const;
    QString problem() const { return m_problem; }
    QString writtenPath() const { return m_writtenPath; }

    void accept() override;

private:
    void validate();

    const Core::Project &m_project;
    const Core::RevisionGraph &m_graph;
    QString m_id;
    QListWidget *m_heads = nullptr;
    QLineEdit *m_message = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_problem;
    QString m_writtenPath;
};

} // namespace Stepwise::Ui
