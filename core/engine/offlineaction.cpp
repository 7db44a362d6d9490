#include "core/engine/offlineaction.h"

#include "core/engine/alembicdriver.h"

#include "core/base/version.h"
#include "core/engine/migrationsession.h"
#include "core/engine/offlinerenderer.h"
#include "core/engine/versionstore.h"
#include "core/graph/revisiongraph.h"
#include "core/graph/targetresolver.h"
#include "core/repository/projectconfig.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

OfflineAction::OfflineAction(Planner::Command command, QStringList targets, QStringList startRows)
    : m_command(command)
    , m_targets(std::move(targets))
    , m_startRows(std::move(startRows))
{
}

Result<OfflineAction> OfflineAction::fromTargetTexts(const RevisionGraph &graph,
                                                     Planner::Command command,
                                                     const QStringList &texts)
{
    // Offline mode starts from nothing, or from the one FROM revision (§2.5, §4.3).
    QString from;
    QStringList targets;
    for (const QString &text : texts) {
        const qsizetype colon = text.indexOf(u':');
        const QString f = colon < 0 ? QString() : text.left(colon);
        if (colon >= 0 && text.indexOf(u':', colon + 1) >= 0)
            return Error(ErrorCode::Target, u"Can't locate revision identified by '%1'"_s.arg(text));
        if (!targets.isEmpty() && f != from)
            return Error(ErrorCode::Usage, u"Stamp operation with --sql only supports a single "
                                           "starting revision at a time"_s);
        from = f;
        targets << (colon < 0 ? text : text.mid(colon + 1));
    }
    QStringList rows;
    if (!from.isEmpty()) {
        const Result<int> start = TargetResolver(graph).lookupOne(from, from);
        if (!start)
            return start.error();
        if (*start >= 0)
            rows << graph.id(*start);
    }
    return OfflineAction(command, targets, rows);
}

Result<OfflineAction::Script> OfflineAction::render(const RevisionGraph &graph,
                                                    const ProjectConfig &config,
                                                    const Dialect &dialect) const
{
    Result<Plan> plan = Planner::plan(graph, m_startRows, m_command, m_targets, PlanOptions{false});
    if (!plan)
        return plan.error();
    OfflineRenderer::Options options;
    options.transactionPerMigration = config.transactionPerMigration;
    options.historyTable = config.kind == ProjectConfig::Kind::Native;
    options.toolVersion = toolVersion();
    options.osUser = VersionStore::currentOsUser();
    options.checks = m_checks;
    Result<QString> sql = OfflineRenderer::render(graph, *plan, dialect, versionTablesFor(config),
                                                  m_startRows, options);
    if (!sql)
        return sql.error();
    return Script{std::move(*plan), std::move(*sql), {}};
}

Result<OfflineAction::Script> OfflineAction::renderThroughAlembic(const RevisionGraph &graph,
                                                                  const ProjectConfig &config,
                                                                  const ConnectionUrl &url,
                                                                  const PythonSetup &python) const
{
    Result<Plan> plan = Planner::plan(graph, m_startRows, m_command, m_targets, PlanOptions{false});
    if (!plan)
        return plan.error();
    Result<std::unique_ptr<AlembicDriver>> driver = AlembicDriver::start(python, config, &url);
    if (!driver)
        return driver.error();
    QString incomplete;
    Result<QString> sql = (*driver)->renderSql(graph, *plan, m_startRows, &incomplete);
    if (!sql)
        return sql.error();
    return Script{std::move(*plan), std::move(*sql), incomplete};
}

} // namespace Stepwise::Core
