#pragma once

#include "ui/dialogs/revisionauthoring.h"

#include "core/repository/revisionwriter.h"

#include <QDialog>
#include <QString>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLayout;

namespace Stepwise::Core {
class RevisionGraph;
}

namespace Stepwise::Ui {

// The frame of both authoring dialogs: the reason OK is refused under the fields, OK enabled
// only for valid input, and OK writing the file through RevisionAuthoring::write. A subclass
// supplies the fields, the candidate and its own rule, checked before the core's. The project
// and graph must outlive the dialog. GUI thread.
class RevisionAuthoringDialog : public QDialog
{
    Q_OBJECT

public:
    ~RevisionAuthoringDialog() override;

    // What OK would write (the id is chosen when the dialog opens).
    virtual Core::NewRevision candidate() const = 0;
    // Why OK is refused; empty when the input is valid.
    QString problem() const { return m_problem; }
    // After accept(): the file written.
    QString writtenPath() const { return m_writtenPath; }

    void accept() override;

    // An Alembic project: OK writes through its own Alembic, off the GUI thread.
    void setAlembic(const RevisionAuthoring::Alembic &alembic);

protected:
    RevisionAuthoringDialog(const Core::Project &project, const Core::RevisionGraph &graph,
                            const QString &okText, QWidget *parent);
    // Puts the subclass's fields above the problem line and the buttons.
    void setForm(QLayout *form);
    // The dialog's own rule, before the core's checks; empty when the candidate passes it.
    virtual QString ownProblem(const Core::NewRevision &candidate) const = 0;
    // Checks the candidate and shows the outcome; call when an input changes.
    void validate();
    // Whether OK asks Alembic to compare the models with the database (New revision only).
    virtual bool autogenerate() const { return false; }
    // Called by setAlembic(): a subclass shows what only Alembic offers.
    virtual void alembicSet() {}

    const Core::Project &m_project;
    const Core::RevisionGraph &m_graph;
    const QString m_id;

private:
    void showProblem(const QString &problem);

    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_problem;
    QString m_writtenPath;
    std::optional<RevisionAuthoring::Alembic> m_alembic;
};

} // namespace Stepwise::Ui
