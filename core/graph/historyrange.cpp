// history -r LOWER:UPPER (alembic-semantics.md §2.5, §5.3), following Alembic's
// walk_revisions → _collect_upgrade_revisions(inclusive=True, implicit_base=False,
// assert_relative_length=False), quirks included (`-r-4:` / `-r-5:` in a 4-revision line).
#include "core/graph/historyrange.h"

#include "core/graph/planner.h"
#include "core/graph/revisiongraph.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

constexpr int Overwalk = -3;

bool negativeInt(const QString &text, qint64 *value)
{
    static const QRegularExpression re(u"^\\s*-(\\d+(?:_\\d+)*)\\s*$"_s,
                                       QRegularExpression::UseUnicodePropertiesOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    qint64 v = 0;
    for (const QChar c : m.captured(1))
        if (c != u'_')
            v = std::min<qint64>(v * 10 + c.digitValue(), qint64(1) << 40);
    *value = -v;
    return v > 0;
}

} // namespace

QString HistoryRange::RangeEnd::display() const
{
    if (!isRows)
        return text;
    // Alembic formats the rows tuple with Python's repr.
    QStringList quoted;
    for (const QString &s : items)
        quoted.append(u'\'' + s + u'\'');
    return u'(' + quoted.join(u", "_s) + (items.size() == 1 ? u",)"_s : u")"_s);
}

Result<QList<int>> HistoryRange::resolve(const QString &range, const QList<int> &rows) const
{
    const QString trimmed = range.trimmed();
    const QStringList parts = trimmed.split(u':');
    if (parts.size() != 2) {
        // Alembic's line (two colons crash Alembic); the detail quotes what was given.
        return Error(ErrorCode::Target,
                     u"History range requires [start]:[end], [start]:, or :[end]"_s)
            .withDetail(parts.size() < 2
                            ? u"History range '%1' has no ':'"_s.arg(range)
                            : u"History range '%1' has more than one ':'"_s.arg(range));
    }
    auto end = [&](const QString &text, const QString &fallback) {
        RangeEnd e;
        e.text = text.isEmpty() ? fallback : text;
        if (text == u"current" && !rows.isEmpty()) {
            e.isRows = true;
            e.items = m_graph.ids(rows);
        } else if (text == u"current") {
            e.text = fallback; // no rows: Alembic passes an empty tuple, i.e. the default
        }
        return e;
    };
    RangeEnd lower = end(parts.at(0), u"base"_s);
    RangeEnd upper = end(parts.at(1), u"heads"_s);
    // Alembic substitutes the rows on one side only, the upper side first.
    if (lower.isRows && upper.isRows)
        lower = RangeEnd{u"current"_s, {}, false};
    return between(lower, upper);
}

Result<QList<int>> HistoryRange::lookupEnd(const RangeEnd &end) const
{
    if (!end.isRows)
        return m_resolver.lookup(end.text);
    return m_resolver.rowIndices(end.items);
}

namespace {

// The CLI names the range's upper end in the multiple-heads message, whatever failed.
Error namingUpper(const Error &e, const QString &argument)
{
    if (!e.detail().startsWith(u"Multiple heads are present for given argument"_s))
        return e;
    Error m = TargetResolver::multipleHeads(argument, {});
    return m.withDetail(e.detail());
}

} // namespace

// Steps 1 and 2: the upper end (relative forms walk up from the lower end), narrowed to the
// label of a lower end "L@…".
Result<QList<int>> HistoryRange::upperEnd(const RangeEnd &lower, const RangeEnd &upper) const
{
    const QString argument = upper.display();
    const TargetText ut = TargetText::parse(upper.text);
    const QStringList lowerItems = lower.isRows ? lower.items : QStringList{lower.text};
    const Result<QList<int>> r = upper.isRows ? m_resolver.rowIndices(upper.items)
        : !ut.relative                        ? m_resolver.lookup(upper.text, argument)
                                              : m_resolver.relativeUpgrade(ut, lowerItems, false);
    if (!r)
        return namingUpper(r.error(), argument);
    QList<int> targets = *r;
    if (!lower.isRows && lower.text.contains(u'@')) {
        QString branch = lower.text.left(lower.text.indexOf(u'@'));
        const Result<int> b = m_resolver.lookupOne(branch, argument);
        if (!b)
            return namingUpper(b.error(), argument);
        // A revision used as the label stands for its one label (Alembic asserts there is one).
        if (*b >= 0 && m_graph.id(*b) == branch && m_graph.labels(*b).size() == 1)
            branch = m_graph.labels(*b).first();
        QList<int> kept;
        for (int t : std::as_const(targets))
            if (m_graph.hasLabel(t, branch))
                kept.append(t);
        targets = kept;
    }
    return targets;
}

// Step 3: the lower end. [L@]-N walks down from the real heads (those whose label set holds
// L) and may overwalk; Alembic then re-reads LOWER as a downgrade target relative to UPPER's
// text (hence "Can't locate revision identified by 'heads'" for -r-5: on a 4-revision line).
Result<QList<int>> HistoryRange::lowerEnd(const RangeEnd &lower, const RangeEnd &upper,
                                                const std::vector<char> &needed) const
{
    const QString argument = upper.display();
    QList<int> current;
    qint64 n = 0;
    const qsizetype at = lower.isRows ? -1 : lower.text.indexOf(u'@');
    const QString branch = at >= 0 ? lower.text.left(at) : QString();
    if (!lower.isRows && negativeInt(lower.text.mid(at + 1), &n)) {
        for (int h : m_graph.realHeads()) {
            if (!branch.isEmpty() && !m_graph.hasLabel(h, branch))
                continue;
            const Result<int> w = m_resolver.walkOne(h, n, {}, true);
            if (!w)
                return w.error();
            current.append(*w);
        }
    } else {
        const Result<QList<int>> r = lookupEnd(lower);
        if (!r)
            return namingUpper(r.error(), argument);
        current = *r;
    }
    for (int c : std::as_const(current))
        if (c != Overwalk && (c < 0 || !needed[size_t(c)]))
            return Error(ErrorCode::Target,
                         u"Requested range %1:%2 does not refer to ancestor/descendant revisions "
                         u"along the same branch"_s.arg(lower.display(), argument))
                .withDetail(u"Revision %1 is not an ancestor of revision %2"_s.arg(
                    lower.display(), argument));
    if (!current.isEmpty() && current.first() == Overwalk) {
        const QStringList upperItems = upper.isRows ? upper.items : QStringList{upper.text};
        const Result<TargetResolver::Downgrade> d =
            m_resolver.relativeDowngrade(TargetText::parse(lower.text), upperItems, false, nullptr);
        if (!d)
            return namingUpper(d.error(), argument);
        current = d->revision >= 0 ? QList<int>{d->revision} : QList<int>();
    }
    return current;
}

Result<QList<int>> HistoryRange::between(const RangeEnd &lower, const RangeEnd &upper) const
{
    const Result<QList<int>> targets = upperEnd(lower, upper);
    if (!targets)
        return targets.error();
    if (const Result<void> o = TargetResolver::checkOverlap(m_graph, *targets); !o)
        return o.error();
    std::vector<char> needed = m_graph.ancestorMask(*targets);
    const Result<QList<int>> current = lowerEnd(lower, upper, needed);
    if (!current)
        return current.error();
    if (const Result<void> o = TargetResolver::checkOverlap(m_graph, *current); !o)
        return o.error();
    // Step 4: what the targets require minus what the lower end implies, plus the lower end
    // itself, kept to the lower end's versioned descendants.
    const std::vector<char> implied = m_graph.ancestorMask(*current);
    for (int i = 0; i < m_graph.size(); ++i)
        if (implied[size_t(i)])
            needed[size_t(i)] = 0;
    for (int c : *current)
        if (c >= 0)
            needed[size_t(c)] = 1;
    if (!current->isEmpty()) {
        const std::vector<char> above = m_graph.descendantMask(*current, false);
        for (int i = 0; i < m_graph.size(); ++i)
            needed[size_t(i)] = needed[size_t(i)] && above[size_t(i)];
    }
    return Planner::headFirstOrder(m_graph, needed, *targets);
}

} // namespace Stepwise::Core
