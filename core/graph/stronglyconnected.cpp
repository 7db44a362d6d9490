#include "core/graph/stronglyconnected.h"

#include <algorithm>

namespace Stepwise::Core {

QList<QList<int>> StronglyConnected::components(const QList<int> &members, int n,
                                                const std::function<QList<int>(int)> &next,
                                                const std::vector<char> &inSet)
{
    std::vector<int> index(size_t(n), -1), low(size_t(n), 0);
    std::vector<char> onStack(size_t(n), 0);
    QList<int> stack;
    QList<QList<int>> result;
    int counter = 0;
    struct Frame { int v; QList<int> succ; int pos; };
    for (int root : members) {
        if (index[size_t(root)] >= 0)
            continue;
        QList<Frame> frames;
        frames.append({root, next(root), 0});
        index[size_t(root)] = low[size_t(root)] = counter++;
        stack.append(root);
        onStack[size_t(root)] = 1;
        while (!frames.isEmpty()) {
            Frame &f = frames.last();
            if (f.pos < f.succ.size()) {
                const int w = f.succ.at(f.pos++);
                if (!inSet[size_t(w)])
                    continue;
                if (index[size_t(w)] < 0) {
                    index[size_t(w)] = low[size_t(w)] = counter++;
                    stack.append(w);
                    onStack[size_t(w)] = 1;
                    frames.append({w, next(w), 0});
                } else if (onStack[size_t(w)]) {
                    low[size_t(f.v)] = std::min(low[size_t(f.v)], index[size_t(w)]);
                }
                continue;
            }
            const int v = f.v;
            frames.removeLast();
            if (!frames.isEmpty())
                low[size_t(frames.last().v)] = std::min(low[size_t(frames.last().v)], low[size_t(v)]);
            if (low[size_t(v)] == index[size_t(v)]) {
                QList<int> component;
                int w;
                do {
                    w = stack.takeLast();
                    onStack[size_t(w)] = 0;
                    component.append(w);
                } while (w != v);
                result.append(component);
            }
        }
    }
    return result;
}

} // namespace Stepwise::Core
