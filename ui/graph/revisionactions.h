#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Stepwise::Ui {

class RevisionGraphScene;

// Which context-menu actions make sense on one revision given the states the graph shows,
// and why not when they do not (shown as tooltip and status tip). Pure queries, GUI thread.
class RevisionActions
{
    Q_DECLARE_TR_FUNCTIONS(RevisionActions)

public:
    struct Availability
    {
        bool enabled = false;
        QString reason; // why disabled, or what it will do
    };

    RevisionActions(const RevisionGraphScene &scene, int index);

    // Why nothing can run against a database whose heads rows name revisions the project does
    // not have (another project's database, or files that went away); empty when there are none.
    static QString unknownHeadsReason(const QStringList &unknownIds);

    Availability upgrade() const;
    Availability downgrade() const;
    Availability stamp() const;
    Availability previewSql() const;
    Availability openScript() const;
    Availability newRevision() const;
    Availability mergeHeads() const;

private:
    bool connected() const;
    bool missing() const;
    static QString missingReason();
    QString unknownHeads() const; // unknownHeadsReason() of the graph's Missing nodes
    bool applied(int index) const;

    const RevisionGraphScene &m_scene;
    int m_index;
};

} // namespace Stepwise::Ui
