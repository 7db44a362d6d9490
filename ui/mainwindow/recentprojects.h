#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Stepwise::Ui {

// The "Recent Projects" menu, kept in QSettings (most recent first, at most 10).
class RecentProjects : public QObject
{
    Q_OBJECT

public:
    explicit RecentProjects(QMenu *menu, QObject *parent = nullptr);

    QStringList projects() const;
    void add(const QString &dir);

Q_SIGNALS:
    void openRequested(const QString &dir);

private:
    void rebuild();

    QMenu *m_menu;
};

} // namespace Stepwise::Ui
