#include "ui/mainwindow/recentprojects.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {
const QString key = u"recentProjects"_s;
constexpr int maximum = 10;
}

RecentProjects::RecentProjects(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    rebuild();
}

QStringList RecentProjects::projects() const
{
    return QSettings().value(key).toStringList();
}

void RecentProjects::add(const QString &dir)
{
    QStringList list = projects();
    list.removeAll(dir);
    list.prepend(dir);
    while (list.size() > maximum)
        list.removeLast();
    QSettings().setValue(key, list);
    rebuild();
}

void RecentProjects::rebuild()
{
    m_menu->clear();
    const QStringList list = projects();
    int n = 0;
    for (const QString &dir : list) {
        const QString label = u"&%1 %2 — %3"_s.arg(++n % 10).arg(QFileInfo(dir).fileName(),
                                                              QDir::toNativeSeparators(dir));
        QAction *action = m_menu->addAction(label);
        action->setEnabled(QFileInfo(dir).isDir());
        connect(action, &QAction::triggered, this, [this, dir] { Q_EMIT openRequested(dir); });
    }
    if (list.isEmpty())
        m_menu->addAction(tr("No recent projects"))->setEnabled(false);
    m_menu->addSeparator();
    QAction *clear = m_menu->addAction(tr("&Clear List"));
    clear->setEnabled(!list.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        QSettings().remove(key);
        rebuild();
    });
}

} // namespace Stepwise::Ui
