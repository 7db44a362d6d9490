// Target resolution, following Alembic's RevisionMap (get_revisions, _walk,
// _parse_upgrade_target, _parse_downgrade_target) as alembic-semantics.md §2 describes it.
// Messages are Alembic's own words and are not translated: scripts compare them.
#include "core/graph/targetresolver.h"

#include "core/base/tr.h"
#include "core/graph/historyrange.h"
#include "core/graph/planner.h"
#include "core/graph/revisiongraph.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

constexpr int Overwalk = -3; // walk result "None" when noOverwalk is set

// Python's int() of the text, when it is a plain (possibly signed) integer.
bool pythonInt(const QString &text, qint64 *value)
{
    static const QRegularExpression re(u"^\\s*([-+]?)(\\d+(?:_\\d+)*)\\s*$"_s,
                                       QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    qint64 v = 0;
    for (const QChar c : m.captured(2)) {
        if (c == u'_')
            continue;
        v = std::min<qint64>(v * 10 + c.digitValue(), qint64(1) << 40);
    }
    *value = m.captured(1) == u"-"_s ? -v : v;
    return true;
}


} // namespace

TargetText TargetText::parse(const QString &text)
{
    // Alembic: re.compile(r"(?:(.+?)@)?(\w+)?((?:\+|-)\d+)").match(target) — anchored at the
    // start only; Python's \w and \d are Unicode-aware, hence the option.
    static const QRegularExpression re(u"^(?:(.+?)@)?(\\w+)?([+-]\\d+)"_s,
                                       QRegularExpression::UseUnicodePropertiesOption);
    TargetText t;
    t.text = text;
    const auto m = re.match(text);
    if (!m.hasMatch())
        return t;
    t.relative = true;
    t.hasBranch = m.capturedStart(1) >= 0;
    t.branch = m.captured(1);
    t.symbol = m.captured(2);
    t.stepsText = m.captured(3);
    qint64 magnitude = 0;
    QString number;
    for (const QChar c : t.stepsText.mid(1)) {
        const int d = c.digitValue();
        if (number.isEmpty() && d == 0)
            continue;
        number.append(QChar(u'0' + d));
        magnitude = std::min<qint64>(magnitude * 10 + d, qint64(1) << 40);
    }
    t.stepsNumber = number.isEmpty() ? u"0"_s : number;
    t.steps = t.stepsText.startsWith(u'-') ? -magnitude : magnitude;
    return t;
}

Error TargetResolver::cannotLocate(const QString &argument, const QString &detail)
{
    // The CLI hides Alembic's detailed message behind this line (§2.2).
    return Error(ErrorCode::Target, u"Can't locate revision identified by '%1'"_s.arg(argument))
        .withDetail(detail);
}

Error TargetResolver::ambiguousPrefix(const QString &prefix, const QStringList &candidates)
{
    // Alembic's internal message shows the first three and "..." always; the CLI hides it. Here
    // it lists every candidate (up to a screenful), and the CLI prints it under its line.
    constexpr qsizetype Shown = 10;
    QStringList shown;
    for (const QString &k : candidates.mid(0, Shown))
        shown.append(u'\'' + k + u'\'');
    QString detail = u"Multiple revisions start with '%1': %2"_s.arg(prefix, shown.join(u", "_s));
    if (candidates.size() > Shown)
        detail += u" and %1 more"_s.arg(candidates.size() - Shown);
    return cannotLocate(prefix, detail);
}

bool TargetResolver::detailFollowsCliLine(const Error &error)
{
    return error.code() == ErrorCode::Target
        && (error.detail().startsWith(u"Multiple revisions start with '"_s)
            || error.detail().startsWith(u"History range '"_s));
}

Error TargetResolver::multipleHeads(const QString &argument, const QStringList &heads)
{
    return Error(ErrorCode::Target,
                 u"Multiple head revisions are present for given argument '%1'; please specify a "
                 u"specific target revision, '<branchname>@%1' to narrow to a specific head, or "
                 u"'heads' for all heads"_s.arg(argument))
        .withDetail(u"Multiple heads are present for given argument '%1'; %2"_s.arg(
            argument, heads.join(u", "_s)));
}

Error TargetResolver::revisionError(const QString &message)
{
    return Error(ErrorCode::Target, message).withDetail(message);
}

// _resolve_branch: an exact id or label, else any single prefix match.
Result<int> TargetResolver::resolveBranch(const QString &label) const
{
    int rev = m_graph.indexOf(label);
    if (rev < 0)
        rev = m_graph.labelOwner(label);
    if (rev >= 0)
        return rev;
    const Result<int> r = identify(label, {});
    if (!r && detailFollowsCliLine(r.error()))
        return r.error(); // ambiguous: the candidates say more than Alembic's "No such branch"
    if (!r)
        return cannotLocate(label, u"No such branch: '%1'"_s.arg(label));
    return r;
}

// filter_for_lineage(revisions, text): keeps the revisions sharing versioned lineage with
// what `text` names — its "L@" part and its revisions (heads / head / base / an identifier);
// naming nothing keeps everything. As in Alembic, nothing is resolved for an empty list.
Result<QList<int>> TargetResolver::lineageFilter(const QList<int> &revisions,
                                                 const QString &text) const
{
    QList<int> input;
    for (int r : revisions)
        if (r >= 0)
            input.append(r);
    if (input.isEmpty())
        return input;
    const qsizetype at = text.indexOf(u'@');
    const QString branch = at >= 0 ? text.left(at) : QString();
    const QString symbol = at >= 0 ? text.mid(at + 1) : text;
    QList<int> anchors;
    QStringList names;
    if (!branch.isEmpty())
        names.append(branch);
    if (symbol == u"heads" || symbol == u"head") {
        const Result<QList<int>> r = symbolRevisions(symbol, branch, {});
        if (!r)
            return r.error();
        names += m_graph.ids(*r);
    } else if (symbol != u"base") {
        names.append(symbol);
    }
    for (const QString &name : std::as_const(names)) {
        const Result<int> r = identify(name, {});
        if (!r)
            return r.error();
        anchors.append(*r);
    }
    if (anchors.isEmpty())
        return input;
    QList<int> out;
    for (int r : std::as_const(input))
        for (int a : std::as_const(anchors))
            if (m_graph.sharesLineage(r, a)) {
                out.append(r);
                break;
            }
    return out;
}

// _revision_for_ident: exact id or label, else a prefix of an id or label longer than three
// characters (ids in load order, then labels), narrowed to L's lineage when L is given.
Result<int> TargetResolver::identify(const QString &ident, const QString &branch) const
{
    int branchRev = -1;
    if (!branch.isEmpty()) {
        const Result<int> b = resolveBranch(branch);
        if (!b)
            return b.error();
        branchRev = *b;
    }
    int rev = m_graph.indexOf(ident);
    if (rev < 0)
        rev = m_graph.labelOwner(ident);
    if (rev < 0) {
        if (ident.isEmpty())
            return cannotLocate(ident, u"No such revision or branch ''"_s);
        QStringList keys;
        QList<int> owners;
        auto consider = [&](const QString &key, int owner) {
            if (key.size() > 3 && key.startsWith(ident)
                && (branchRev < 0 || m_graph.sharesLineage(owner, branchRev))) {
                keys.append(key);
                owners.append(owner);
            }
        };
        for (int i = 0; i < m_graph.size(); ++i)
            consider(m_graph.id(i), i);
        for (const QString &label : m_graph.allLabels())
            consider(label, m_graph.labelOwner(label));
        if (keys.isEmpty()) {
            const QString hint = ident.size() < 4
                ? u"; please ensure at least four characters are present for partial revision "
                  u"identifier matches"_s
                : QString();
            return cannotLocate(ident, u"No such revision or branch '%1'%2"_s.arg(ident, hint));
        }
        if (keys.size() > 1)
            return ambiguousPrefix(ident, keys);
        rev = owners.first();
    }
    if (branchRev >= 0 && !m_graph.sharesLineage(rev, branchRev))
        return cannotLocate(ident, u"Revision %1 is not a member of branch '%2'"_s.arg(
                                       m_graph.id(rev), branch));
    return rev;
}

// _resolve_revision_number + the symbol part of get_revisions: heads / head / base.
Result<QList<int>> TargetResolver::symbolRevisions(const QString &symbol, const QString &branch,
                                                   const QString &argument) const
{
    if (symbol == u"heads" || symbol == u"head") {
        QList<int> candidates = symbol == u"heads" && branch.isEmpty() ? m_graph.realHeads()
                                                                        : m_graph.heads();
        if (!branch.isEmpty()) {
            // filter_for_lineage(heads, L): L itself may be heads/head/base or an identifier.
            const Result<QList<int>> kept = lineageFilter(candidates, branch);
            if (!kept)
                return kept.error();
            candidates = *kept;
        }
        if (symbol == u"head" && candidates.size() > 1)
            return multipleHeads(argument.isEmpty()
                                     ? (branch.isEmpty() ? u"head"_s : branch + u"@head"_s)
                                     : argument,
                                 m_graph.ids(candidates));
        return candidates;
    }
    return QList<int>(); // base
}

Result<QList<int>> TargetResolver::lookup(const QString &text, const QString &argument) const
{
    QString branch, symbol = text;
    const qsizetype at = text.indexOf(u'@');
    if (at >= 0) {
        branch = text.left(at);
        symbol = text.mid(at + 1);
    }
    if (symbol == u"heads" || symbol == u"head" || symbol == u"base")
        return symbolRevisions(symbol, branch, argument);
    qint64 n = 0;
    if (pythonInt(symbol, &n) && n < 0) {
        // branch@-n: walk down from the real heads whose label set holds the branch.
        QList<int> out;
        for (int h : m_graph.realHeads()) {
            if (!branch.isEmpty() && !m_graph.hasLabel(h, branch))
                continue;
            const Result<int> w = walkOne(h, n, {}, true);
            if (!w)
                return w.error();
            if (*w >= 0)
                out.append(*w);
        }
        return out;
    }
    const Result<int> r = identify(symbol, branch);
    if (!r)
        return r.error();
    return QList<int>{*r};
}

Result<int> TargetResolver::lookupOne(const QString &text, const QString &argument) const
{
    QString branch, symbol = text;
    const qsizetype at = text.indexOf(u'@');
    if (at >= 0) {
        branch = text.left(at);
        symbol = text.mid(at + 1);
    }
    if (symbol == u"heads" || symbol == u"head" || symbol == u"base") {
        const Result<QList<int>> revs = symbolRevisions(symbol, branch, argument);
        if (!revs)
            return revs.error();
        if (revs->size() > 1)
            return multipleHeads(argument.isEmpty() ? text : argument, m_graph.ids(*revs));
        if (revs->isEmpty())
            return -1;
        // get_revision re-checks the head against the branch (_revision_for_ident).
        return identify(m_graph.id(revs->first()), branch);
    }
    return identify(symbol, branch);
}

Result<QStringList> TargetResolver::offlineStartRows(const QString &from) const
{
    const Result<int> r = lookupOne(from, from);
    if (!r)
        return r.error();
    return *r < 0 ? QStringList() : QStringList{m_graph.id(*r)};
}

Result<QList<int>> TargetResolver::rowIndices(const QStringList &rows) const
{
    QList<int> out;
    for (const QString &row : rows) {
        const Result<int> r = identify(row, {});
        if (!r)
            return r.error();
        // The version table's primary key forbids this; a hand-made table may not have one.
        if (out.contains(*r))
            return Error(ErrorCode::Target,
                         Tr::tr("The version table lists revision %1 more than once").arg(row));
        out.append(*r);
    }
    return out;
}

Result<void> TargetResolver::checkOverlap(const RevisionGraph &graph, const QList<int> &revisions)
{
    // Alembic walks each requested revision's ancestors with one shared "seen" set and
    // reports, for the first revision whose walk meets another requested one, those it met.
    std::vector<char> seen(size_t(graph.size()), 0), requested(size_t(graph.size()), 0);
    for (int target : revisions)
        if (target >= 0)
            requested[size_t(target)] = 1;
    for (int target : revisions) {
        if (target < 0)
            continue;
        QList<int> met;
        QList<int> todo{target};
        while (!todo.isEmpty()) {
            const int v = todo.takeLast();
            if (v != target && requested[size_t(v)] && !met.contains(v))
                met.append(v);
            if (seen[size_t(v)])
                continue;
            seen[size_t(v)] = 1;
            todo.append(graph.downRevisions(v));
        }
        if (!met.isEmpty())
            return revisionError(u"Requested revision %1 overlaps with other requested revisions %2"_s
                                     .arg(graph.id(target), graph.ids(met).join(u", "_s)));
    }
    return {};
}

Result<int> TargetResolver::walkOne(int start, qint64 steps, const QString &branch,
                                    bool noOverwalk) const
{
    int pos = start;
    for (qint64 k = 0; k < (steps < 0 ? -steps : steps); ++k) {
        QList<int> next;
        if (steps > 0) {
            if (pos == BaseMarker) // Alembic asserts here
                return revisionError(u"Walked too far"_s);
            next = pos == BeforeBase ? m_graph.bases() : m_graph.children(pos);
            if (!branch.isEmpty()) {
                const Result<QList<int>> kept = lineageFilter(next, branch);
                if (!kept)
                    return kept.error();
                next = *kept;
            }
        } else if (pos != BaseMarker) {
            next = pos == BeforeBase ? m_graph.heads() : m_graph.parents(pos);
            if (next.isEmpty())
                next = {BaseMarker};
        }
        if (next.isEmpty())
            return noOverwalk ? Overwalk : pos;
        if (next.size() > 1)
            return revisionError(u"Ambiguous walk"_s);
        pos = next.first();
    }
    return pos;
}

Result<QList<int>> TargetResolver::walk(int start, qint64 steps, const QString &branch,
                                        bool noOverwalk) const
{
    const Result<int> r = walkOne(start, steps, branch, noOverwalk);
    if (!r)
        return r.error();
    return *r == Overwalk ? QList<int>() : QList<int>{*r};
}

Result<QList<int>> TargetResolver::resolveUpgrade(const QString &text, const QList<int> &rows) const
{
    return upgradeTargets(text, rows, true);
}

Result<QList<int>> TargetResolver::upgradeTargets(const QString &text, const QList<int> &rows,
                                                  bool noOverwalk) const
{
    const TargetText t = TargetText::parse(text);
    if (!t.relative) {
        const Result<QList<int>> r = lookup(text, text);
        if (!r)
            return r;
        return r;
    }
    return relativeUpgrade(t, m_graph.ids(rows), noOverwalk);
}

// Where "+N" / "L@+N" starts walking (_parse_upgrade_target): the one current row (the
// lower end for history), narrowed to L's line when L is given; with no row on that line, the
// newest applied revision on it; with nothing applied, before the base.
Result<int> TargetResolver::upgradeStart(const TargetText &t, const QStringList &startTexts) const
{
    if (!t.hasBranch) {
        if (startTexts.size() > 1)
            return revisionError(u"Ambiguous upgrade from multiple current revisions"_s);
        if (startTexts.isEmpty())
            return BeforeBase;
        const Result<int> r = lookupOne(startTexts.first());
        if (!r)
            return r.error();
        return *r < 0 ? BeforeBase : *r;
    }
    QList<int> current;
    for (const QString &text : startTexts) {
        const Result<QList<int>> r = lookup(text);
        if (!r)
            return r.error();
        current += *r;
    }
    Result<QList<int>> starts = lineageFilter(current, t.branch);
    if (!starts)
        return starts.error();
    if (starts->isEmpty()) {
        const Result<QList<int>> active = lineageFilter(m_graph.ancestors(current), t.branch);
        if (!active)
            return active.error();
        std::vector<char> below(size_t(m_graph.size()), 0);
        for (int a : *active)
            for (int d : m_graph.downRevisions(a))
                below[size_t(d)] = 1;
        for (int a : *active)
            if (!below[size_t(a)])
                starts->append(a);
    }
    if (starts->size() > 1)
        return revisionError(u"Ambiguous upgrade from multiple current revisions"_s);
    return starts->isEmpty() ? BeforeBase : starts->first();
}

Result<QList<int>> TargetResolver::relativeUpgrade(const TargetText &t,
                                                   const QStringList &startTexts,
                                                   bool noOverwalk) const
{
    const QString didNotProduce = u"Relative revision %1 didn't produce %2 migrations"_s;
    // ⚑ Alembic asserts on an overwalk from a symbol (heads+1); Stepwise names the text.
    const QString symbolText = (t.hasBranch ? t.branch + u'@' : QString()) + t.symbol + t.stepsText;
    if (t.steps > 0 && t.symbol.isEmpty()) {
        const Result<int> start = upgradeStart(t, startTexts);
        if (!start)
            return start.error();
        const Result<int> w = walkOne(*start, t.steps, t.branch, noOverwalk);
        if (!w)
            return w.error();
        if (*w == Overwalk)
            return revisionError(didNotProduce.arg(t.stepsText, t.stepsNumber));
        return *w >= 0 ? QList<int>{*w} : QList<int>();
    }
    if (t.symbol.isEmpty())
        return revisionError(didNotProduce.arg(
            t.steps == 0 ? u"0"_s : u'-' + t.stepsNumber, t.stepsNumber));
    const QString startText = t.steps > 0 || !t.hasBranch ? t.symbol : t.branch + u'@' + t.symbol;
    const Result<int> start = lookupOne(startText, t.text);
    if (!start)
        return start.error();
    const Result<int> w = walkOne(*start < 0 ? BeforeBase : *start, t.steps,
                                  t.steps > 0 ? t.branch : QString(), noOverwalk);
    if (!w)
        return w.error();
    if (*w == Overwalk)
        return revisionError(didNotProduce.arg(symbolText, t.stepsNumber));
    return *w >= 0 ? QList<int>{*w} : QList<int>();
}

Result<TargetResolver::Downgrade> TargetResolver::resolveDowngrade(const QString &text,
                                                                   const QList<int> &rows,
                                                                   QString *warning) const
{
    const TargetText t = TargetText::parse(text);
    if (t.relative)
        return relativeDowngrade(t, m_graph.ids(rows), true, warning);
    // Absolute: split at the last '@'; L is only a root filter (§2.3, §3.3).
    const qsizetype at = text.lastIndexOf(u'@');
    Downgrade d;
    d.branch = at >= 0 ? text.left(at) : QString();
    const Result<int> rev = lookupOne(at >= 0 ? text.mid(at + 1) : text, text);
    if (!rev)
        return rev.error();
    d.revision = *rev;
    return d;
}

// The row "L@-N" starts from: the one row sharing lineage with L, else the one revision the
// rows imply through dependencies on L's line (_get_all_current). ⚑ Alembic asserts when
// there is none or several; Stepwise says which.
Result<QString> TargetResolver::downgradeRowOnBranch(const TargetText &t,
                                                     const QStringList &rowTexts) const
{
    QList<int> rows;
    for (const QString &text : rowTexts) {
        const Result<int> r = identify(text, {});
        if (!r)
            return r.error();
        rows.append(*r);
    }
    Result<QList<int>> candidates = lineageFilter(rows, t.branch);
    if (!candidates)
        return candidates.error();
    if (candidates->isEmpty()) {
        const std::vector<char> all = m_graph.ancestorMask(rows);
        QList<int> tips;
        for (int i = 0; i < m_graph.size(); ++i) {
            bool covered = !all[size_t(i)];
            for (int c : m_graph.children(i))
                covered = covered || all[size_t(c)];
            if (!covered)
                tips.append(i);
        }
        candidates = lineageFilter(tips, t.branch);
        if (!candidates)
            return candidates.error();
    }
    if (candidates->isEmpty())
        return revisionError(u"Relative revision %1 didn't produce %2 migrations"_s.arg(
            t.stepsText, t.stepsNumber));
    if (candidates->size() > 1)
        return revisionError(u"Ambiguous downgrade from multiple current revisions"_s);
    return m_graph.id(candidates->first());
}

Result<TargetResolver::Downgrade> TargetResolver::relativeDowngrade(const TargetText &t,
                                                                    const QStringList &rowTexts,
                                                                    bool noOverwalk,
                                                                    QString *warning) const
{
    const QString didNotProduce = u"Relative revision %1 didn't produce %2 migrations"_s;
    Downgrade d;
    d.branch = t.branch;
    if (t.steps >= 0) { // "-0" counts as non-negative, as int("-0") does in Alembic
        if (t.symbol.isEmpty())
            return revisionError(didNotProduce.arg(t.stepsText, t.stepsNumber));
        const Result<int> start = lookupOne(t.symbol, t.text);
        if (!start)
            return start.error();
        const Result<int> w = walkOne(*start < 0 ? BeforeBase : *start, t.steps, t.branch, noOverwalk);
        if (!w)
            return w.error();
        if (*w == Overwalk || *w == BeforeBase)
            return revisionError(u"Walked too far"_s);
        d.revision = *w >= 0 ? *w : -1;
        return d;
    }
    QString symbol = t.symbol;
    const bool fromRows = symbol.isEmpty();
    if (fromRows && t.hasBranch) {
        const Result<QString> row = downgradeRowOnBranch(t, rowTexts);
        if (!row)
            return row.error();
        symbol = *row;
    } else if (fromRows) {
        if (rowTexts.isEmpty())
            return revisionError(didNotProduce.arg(t.stepsText, t.stepsNumber));
        if (QSet<QString>(rowTexts.cbegin(), rowTexts.cend()).size() > 1 && warning)
            *warning = u"downgrade -1 from multiple heads is ambiguous; this usage will be "
                       u"disallowed in a future release."_s;
        symbol = rowTexts.first(); // the first row as read, and only its branch
        d.branch = symbol;
    }
    const Result<int> start =
        lookupOne(d.branch.isEmpty() ? symbol : d.branch + u'@' + symbol, t.text);
    if (!start)
        return start.error();
    const Result<int> w = walkOne(*start < 0 ? BeforeBase : *start, t.steps, {}, noOverwalk);
    if (!w)
        return w.error();
    if (*w == Overwalk || *w == BeforeBase)
        return revisionError(fromRows ? didNotProduce.arg(t.stepsText, t.stepsNumber)
                                      : u"Walked too far"_s);
    d.revision = *w >= 0 ? *w : -1;
    return d;
}

Result<QList<int>> TargetResolver::historyRange(const QString &range, const QList<int> &rows) const
{
    return HistoryRange(*this, m_graph).resolve(range, rows);
}

QList<int> TargetResolver::historyAll() const
{
    return Planner::headFirstOrder(m_graph, std::vector<char>(size_t(m_graph.size()), 1),
                                   m_graph.realHeads());
}

} // namespace Stepwise::Core
