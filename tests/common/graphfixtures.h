#pragma once
// Revision graphs built in code for the graph tests (tst_planner, tst_target): the worked
// examples G1–G5 of alembic-semantics.md §3.8, in the sorted load order of the evidence
// projects Alembic was run on.
#include "core/repository/revision.h"

#include <QString>
#include <QStringList>

namespace Stepwise::Test {

using namespace Qt::StringLiterals;

// One Alembic-format revision with just the fields the graph reads (and a message and path,
// so output that names them has something to show).
inline Core::Revision rev(const QString &id, const QStringList &parents = {},
                          const QStringList &deps = {}, const QStringList &labels = {})
{
    Core::Revision r;
    r.id = id;
    r.parents = parents;
    r.dependsOn = deps;
    r.branchLabels = labels;
    r.message = u"rev "_s + id;
    r.path = u"/p/"_s + id + u".py"_s;
    r.format = Core::Revision::Format::Alembic;
    return r;
}

// Graphs written as one line: "b:a" is revision b with parent a; "m:b,c" a merge; "x:a|d"
// parent a, depends_on d; "c:b#l" declares branch label l (tst_graphlayout, tst_graphfolding).
inline Core::RevisionList specRevisions(const QString &spec)
{
    Core::RevisionList list;
    for (const QString &item : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList itemAndLabels = item.split(u'#');
        const QStringList idAndRest = itemAndLabels.at(0).split(u':');
        Core::Revision r;
        r.id = idAndRest.at(0);
        if (idAndRest.size() > 1) {
            const QStringList parentsAndDeps = idAndRest.at(1).split(u'|');
            r.parents = parentsAndDeps.at(0).split(u',', Qt::SkipEmptyParts);
            if (parentsAndDeps.size() > 1)
                r.dependsOn = parentsAndDeps.at(1).split(u',', Qt::SkipEmptyParts);
        }
        if (itemAndLabels.size() > 1)
            r.branchLabels = itemAndLabels.at(1).split(u',', Qt::SkipEmptyParts);
        r.relativePath = u"versions/"_s + r.id + u".sql"_s;
        list.append(r);
    }
    return list;
}

// G1–G5 of §3.8; empty for any other name.
inline Core::RevisionList semanticsGraph(const QString &name)
{
    if (name == u"G1")
        return {rev(u"a"_s), rev(u"b"_s, {u"a"_s}), rev(u"c"_s, {u"b"_s}), rev(u"d"_s, {u"c"_s})};
    if (name == u"G2")
        return {rev(u"a"_s), rev(u"b"_s, {u"a"_s}), rev(u"c"_s, {u"b"_s}), rev(u"d"_s, {u"a"_s}),
                rev(u"e"_s, {u"d"_s}), rev(u"m"_s, {u"c"_s, u"e"_s}), rev(u"n"_s, {u"m"_s})};
    if (name == u"G3")
        return {rev(u"a"_s, {}, {}, {u"core"_s}), rev(u"b"_s, {u"a"_s}), rev(u"c"_s, {u"b"_s}),
                rev(u"d"_s, {u"b"_s}, {}, {u"feature"_s}), rev(u"e"_s, {u"d"_s})};
    if (name == u"G4")
        return {rev(u"x1"_s, {}, {}, {u"xbr"_s}), rev(u"x2"_s, {u"x1"_s}), rev(u"x3"_s, {u"x2"_s}),
                rev(u"y1"_s, {}, {}, {u"ybr"_s}), rev(u"y2"_s, {u"y1"_s}, {u"x2"_s}),
                rev(u"y3"_s, {u"y2"_s})};
    if (name == u"G5")
        return {rev(u"p1"_s), rev(u"q1"_s), rev(u"q2"_s, {u"q1"_s}, {u"p1"_s}), rev(u"r1"_s),
                rev(u"r2"_s, {u"r1"_s}), rev(u"r3"_s, {u"r2"_s}, {u"r1"_s})};
    return {};
}

} // namespace Stepwise::Test
