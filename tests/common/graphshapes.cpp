#include "tests/common/graphshapes.h"

#include "core/repository/revisionwriter.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStringView>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Stepwise::Test {

namespace {

constexpr quint64 Mask48 = (quint64(1) << 48) - 1;

// Odd multipliers and xor-shifts are each invertible modulo 2^48, so this is a bijection on
// 48 bits: distinct counters give distinct ids, and the ids still look random.
quint64 mix48(quint64 x)
{
    x = (x * 0x9e3779b97f4a7c15ULL) & Mask48;
    x ^= x >> 23;
    x = (x * 0xbf58476d1ce4e5b9ULL) & Mask48;
    x ^= x >> 25;
    return x;
}

constexpr std::array<QStringView, 8> changeTemplates {
    u"add index on %1.%2",
    u"add %2 to %1",
    u"backfill %1.%2",
    u"drop unused column %1.%2",
    u"make %1.%2 not null",
    u"add check constraint on %1.%2",
    u"widen %1.%2",
    u"add foreign key %1.%2",
};
constexpr std::array<QStringView, 11> tables {
    u"orders",
    u"customers",
    u"invoices",
    u"products",
    u"payments",
    u"shipments",
    u"users",
    u"sessions",
    u"coupons",
    u"audit_log",
    u"refunds",
};
constexpr std::array<QStringView, 9> columns {
    u"created_at",
    u"updated_at",
    u"status",
    u"email",
    u"total_cents",
    u"customer_id",
    u"deleted_at",
    u"external_ref",
    u"currency",
};

QStringView table(int k)
{
    return tables.at(size_t(k) % tables.size());
}

Core::RevisionSection section(const QString &sql)
{
    Core::RevisionSection s;
    s.present = true;
    s.text = sql + u'\n';
    s.holdsCode = true;
    return s;
}

// Appends revisions in creation order: ids from a counter (salted per shape), `created` about
// a step apart and strictly increasing, messages varied from the word lists.
class Builder
{
public:
    Builder(quint64 salt, qint64 stepSecs, qsizetype reserve)
        : m_salt(salt << 32)
        , m_step(stepSecs)
        // Qt::UTC, not QTimeZone::utc(): ISODate then ends in "Z", as the writer renders it.
        , m_start(QDate(2023, 1, 9), QTime(9, 0), Qt::UTC)
    {
        m_list.reserve(reserve);
    }

    int size() const { return int(m_list.size()); }
    Core::RevisionList take() { return std::move(m_list); }

    QString add(const QStringList &parents, const QString &message = {},
        const QStringList &labels = {}, const QStringList &dependsOn = {})
    {
        const int k = size();
        Core::Revision r;
        r.id = QString::number(mix48(m_salt + quint64(k)), 16).rightJustified(12, u'0');
        r.parents = parents;
        r.dependsOn = dependsOn;
        r.branchLabels = labels;
        r.message = message.isEmpty() ? changeMessage(k) : message;
        r.longDoc = r.message;
        // Jitter below half a step keeps the order strict while the times look typed by hand.
        const qint64 jitter = qint64(mix48(quint64(k)) % quint64(std::max<qint64>(1, m_step / 2)));
        r.created = m_start.addSecs(k * m_step + jitter).toString(Qt::ISODate);
        r.relativePath = u"versions/"_s + Core::revisionFileName(r.id, r.message);
        r.format = Core::Revision::Format::Native;
        r.up = section(u"CREATE TABLE t_"_s + r.id + u" (id INTEGER PRIMARY KEY);"_s);
        r.down = section(u"DROP TABLE t_"_s + r.id + u';');
        m_list.append(std::move(r));
        return m_list.constLast().id;
    }

private:
    static QString changeMessage(int k)
    {
        return changeTemplates.at(size_t(k) % changeTemplates.size())
            .toString()
            .arg(table(k * 7 + k / 8), columns.at(size_t(k * 5 + k / 3) % columns.size()));
    }

    quint64 m_salt;
    qint64 m_step;
    QDateTime m_start;
    Core::RevisionList m_list;
};

// One long-lived branch's revisions, one per step: on its own line, or on a short side
// branch forked from the line and merged back into it two line revisions later.
enum class Step { Line, SideFork, SideNext, Merge };

QList<Step> linePlan(int revisions, const QList<int> &sidesAt)
{
    QList<Step> plan;
    while (plan.size() < revisions) {
        // A Line step must follow the merge, so the branch's head is on its line.
        if (sidesAt.contains(int(plan.size())) && revisions - plan.size() >= 6)
            plan << Step::SideFork << Step::Line << Step::SideNext << Step::Line << Step::Merge;
        else
            plan << Step::Line;
    }
    return plan;
}

struct LongBranch
{
    QString label;
    QList<Step> plan;
    QString tip;
    QString sideTip;
    int sides = 0;
};

void advance(Builder &b, LongBranch &branch, int step, const QStringList &dependsOn)
{
    const QStringList labels = step == 0 ? QStringList { branch.label } : QStringList();
    switch (branch.plan.at(step)) {
    case Step::Line:
        branch.tip = b.add({ branch.tip }, {}, labels, dependsOn);
        break;
    case Step::SideFork:
        branch.sideTip = b.add({ branch.tip }, {}, labels, dependsOn);
        break;
    case Step::SideNext:
        branch.sideTip = b.add({ branch.sideTip }, {}, labels, dependsOn);
        break;
    case Step::Merge:
        branch.tip = b.add({ branch.tip, branch.sideTip },
            u"merge %1 fixes into %2"_s.arg(table(3 * branch.sides++), branch.label), labels,
            dependsOn);
        break;
    }
}

} // namespace

Core::RevisionList twoLongLivedBranches()
{
    constexpr int BranchSize = 65;
    Builder b(1, 86'400, 2 + 2 * BranchSize);
    const QString base = b.add({}, u"initial schema"_s);
    const QString shared = b.add({ base }, u"add users and sessions"_s);
    LongBranch expand { u"expand"_s, linePlan(BranchSize, { 12, 40 }), shared, {} };
    LongBranch contract { u"contract"_s, linePlan(BranchSize, { 27 }), shared, {} };
    // The branches grow side by side, expand first each day, so contract's depends_on always
    // names an expand revision that exists and that expand later builds on (not a head).
    for (int step = 0; step < BranchSize; ++step) {
        advance(b, expand, step, {});
        const QStringList deps = (step + 1) % 10 == 0 ? QStringList { expand.tip } : QStringList();
        advance(b, contract, step, deps);
    }
    return b.take();
}

Core::RevisionList manyMerges()
{
    constexpr int Total = 600, Merges = 50, ThreeWay = 24, Tail = 3;
    // Feature lengths 2–8; the three-parent merge takes two features, so Merges + 1 of them.
    QList<int> lengths;
    int featureRevisions = 0;
    for (int f = 0; f <= Merges; ++f) {
        lengths.append(2 + (f * 3 + f / 7) % 7);
        featureRevisions += lengths.constLast();
    }
    const int mainRevisions = Total - 1 - Merges - featureRevisions - Tail;

    Builder b(2, 4 * 3600, Total);
    QString main = b.add({}, u"initial schema"_s);
    int feature = 0;
    for (int e = 0; e < Merges; ++e) {
        // Each episode gives the main line at least one revision, so the merge is needed.
        int onMain = mainRevisions / Merges + (e < mainRevisions % Merges ? 1 : 0);
        const int width = e == ThreeWay ? 2 : 1;
        QList<int> left;
        QStringList tips;
        for (int i = 0; i < width; ++i) {
            left.append(lengths.at(feature++));
            tips.append(QString());
        }
        // Round robin: the first feature, a main revision, the others (so the second feature
        // of the three-parent merge forks from a later main revision than the first).
        const auto work = [&](int i) {
            if (left.at(i) > 0) {
                tips[i] = b.add({ tips.at(i).isEmpty() ? main : tips.at(i) });
                --left[i];
            }
        };
        while (onMain > 0 || std::any_of(left.cbegin(), left.cend(), [](int n) { return n > 0; })) {
            work(0);
            if (onMain > 0) {
                main = b.add({ main });
                --onMain;
            }
            for (int i = 1; i < width; ++i)
                work(i);
        }
        const QString message = width == 1
            ? u"merge %1 feature into main"_s.arg(table(e))
            : u"merge %1 and %2 features into main"_s.arg(table(e), table(e + 1));
        main = b.add(QStringList { main } + tips, message);
    }
    for (int i = 0; i < Tail; ++i)
        main = b.add({ main });
    Q_ASSERT(b.size() == Total);
    return b.take();
}

Core::RevisionList branchEvery(int count, int every)
{
    if (count <= 0)
        return {};
    Builder b(3, 3600, count);
    QString tip = b.add({}, u"initial schema"_s);
    for (int j = 0; b.size() < count; ++j) {
        // every < 1 would never move on.
        const int periodEnd = b.size() + std::min(std::max(every, 1), count - b.size());
        if (every >= 4) {
            const int sideLength = std::min(2 + j % 4, every - 2);
            int during = std::min(1 + j % 3, every - 1 - sideLength);
            if (sideLength + during + 1 <= periodEnd - b.size()) {
                QString side = b.add({ tip });
                for (int left = sideLength - 1; left > 0 || during > 0;) {
                    if (during > 0) {
                        tip = b.add({ tip });
                        --during;
                    }
                    if (left > 0) {
                        side = b.add({ side });
                        --left;
                    }
                }
                tip = b.add({ tip, side }, u"merge %1 branch back"_s.arg(table(j)));
            }
        }
        while (b.size() < periodEnd)
            tip = b.add({ tip });
    }
    return b.take();
}

bool writeNativeProject(const QString &dir, const Core::RevisionList &revisions, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (const Core::Result<void> init = Core::initProject(dir, u"sqlite"_s); !init)
        return fail(init.error().toString());
    const QDir versions(QDir(dir).filePath(u"versions"_s));
    for (const Core::Revision &r : revisions) {
        Core::NewRevision n;
        n.id = r.id;
        n.parents = r.parents;
        n.message = r.message;
        n.branchLabels = r.branchLabels;
        n.dependsOn = r.dependsOn;
        n.created = QDateTime::fromString(r.created, Qt::ISODate);
        n.upSql = r.up.present ? r.up.text
                               : u"CREATE TABLE t_"_s + r.id + u" (id INTEGER PRIMARY KEY);"_s;
        n.downSql = r.down.present ? r.down.text : u"DROP TABLE t_"_s + r.id + u';';
        // Plain QFile, not writeNewRevision's QSaveFile and validation: the folder is new, and
        // 10,000 renames plus a scan of the project per file would take seconds.
        QFile file(versions.filePath(Core::revisionFileName(r.id, r.message)));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(file.fileName() + u": "_s + file.errorString());
        const QByteArray text = Core::renderNativeRevision(n).toUtf8();
        if (file.write(text) != text.size())
            return fail(file.fileName() + u": "_s + file.errorString());
        file.close();
        if (file.error() != QFileDevice::NoError)
            return fail(file.fileName() + u": "_s + file.errorString());
    }
    return true;
}

} // namespace Stepwise::Test
