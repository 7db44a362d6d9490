#pragma once
// Shared by the revision graph tests (tst_revisiongraphview, tst_revisiongraphoverview): the
// demo project's graph, synthetic graphs of any size, demo states, menu and node look-ups.

#include "tests/common/testsupport.h"

#include "ui/graph/revisiongraphscene.h"
#include "ui/graph/revisiongraphview.h"
#include "ui/project/revisionmodel.h"

#include "core/graph/revisiongraph.h"
#include "core/repository/projectloader.h"

#include <QAction>
#include <QHash>
#include <QMenu>
#include <QPoint>
#include <QString>

#include <memory>

namespace Stepwise::Test {

using namespace Qt::StringLiterals;
using namespace Stepwise::Ui;
using State = RevisionModel::State;

inline std::shared_ptr<const Core::RevisionGraph> demoGraph()
{
    Core::LoadOptions options;
    options.headersOnly = false; // down sections decide what can be downgraded
    auto project = Core::loadProject(sourceDir() + u"/resources/demo"_s, options);
    if (!project)
        return nullptr;
    return std::make_shared<Core::RevisionGraph>(
        Core::RevisionGraph::build(project.value().revisions, nullptr));
}

// quality.md's shape: a main line with a two-revision side branch merged back every 50.
// labelBranches: each side branch's first revision declares a branch label "feature-N".
inline std::shared_ptr<const Core::RevisionGraph> syntheticGraph(int count, bool labelBranches = false)
{
    Core::RevisionList revs;
    auto make = [&revs](const QStringList &parents) {
        Core::Revision r;
        r.id = u"%1"_s.arg(qulonglong(revs.size()) * 2654435761ULL % 0xffffffffffffULL, 12, 16,
                           QChar(u'0'));
        r.parents = parents;
        r.message = u"Synthetic revision %1"_s.arg(revs.size());
        revs.append(r);
        return r.id;
    };
    QString main = make({});
    QString side;
    for (int k = 1; revs.size() < count; ++k) {
        if (k % 50 == 10 && revs.size() + 40 < count) {
            side = make({main});
            if (labelBranches)
                revs.last().branchLabels = {u"feature-%1"_s.arg(k / 50)};
            side = make({side});
        }
        if (k % 50 == 40 && !side.isEmpty()) {
            main = make({main, side});
            side.clear();
        } else {
            main = make({main});
        }
    }
    return std::make_shared<Core::RevisionGraph>(Core::RevisionGraph::build(revs, nullptr));
}

// The demo applied up to the billing branch and the merge's other side: a realistic mix.
inline QHash<QString, State> demoStates()
{
    return {{u"1f3a9c2b7d01"_s, State::Applied}, {u"2b7e4d9a1c02"_s, State::Applied},
            {u"3c8f5e0b2d03"_s, State::Applied}, {u"4d9a6f1c3e04"_s, State::Applied},
            {u"5e0b7a2d4f05"_s, State::Applied}, {u"6f1c8b3e5a06"_s, State::Drifted},
            {u"7a2d9c4f6b07"_s, State::Applied}, {u"a05f2a7c9e10"_s, State::Current},
            {u"8b3e0d5a7c08"_s, State::Failed},  {u"9c4f1e6b8d09"_s, State::Pending}};
}

inline QAction *menuAction(QMenu *menu, RevisionGraphView::Action action)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *a : actions) {
        if (a->data().value<RevisionGraphView::Action>() == action && !a->isSeparator())
            return a;
    }
    return nullptr;
}

inline QPoint viewportPosOf(const RevisionGraphView &view, const QString &id)
{
    const RevisionGraphScene *scene = view.graphScene();
    return view.mapFromScene(scene->node(scene->indexOf(id))->glyphPos());
}

} // namespace Stepwise::Test
