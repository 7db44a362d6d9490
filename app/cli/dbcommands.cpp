// Commands that read or change a database: upgrade, downgrade, stamp (online and --sql),
// current, check, history -i, show current.
#include "cliapp.h"
#include "terminal.h"

#include "core/base/version.h"
#include "core/db/connectionprofiles.h"
#include "core/db/connectionurl.h"
#include "core/db/dialect.h"
#include "core/engine/migrationsession.h"
#include "core/engine/offlinerenderer.h"
#include "core/engine/versionstore.h"
#include "core/graph/alembicformat.h"
#include "core/graph/target.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

using namespace Qt::StringLiterals;
using namespace Stepwise::Core;

namespace Stepwise::Cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QJsonArray toJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

const char *directionName(PlanStep::Direction d)
{
    return d == PlanStep::Up ? "up" : d == PlanStep::Down ? "down" : "stamp";
}

} // namespace

// The saved profile of --connection NAME, as a URL (never with a password) and whether
// Studio saved its password in the OS keychain.
Result<CliApp::Profile> CliApp::connectionProfile() const
{
    const std::unique_ptr<QSettings> settings = ConnectionProfiles::studioSettings();
    const QList<ConnectionProfile> profiles = ConnectionProfiles::read(*settings);
    const Result<ConnectionProfile> found = ConnectionProfiles::find(profiles, m_line.value(u"connection"_s));
    if (!found)
        return found.error();
    return Profile{ConnectionProfiles::toUrl(*found), found->keychainKey(),
                   found->savePassword && found->driver != u"QSQLITE"_s};
}

Result<ConnectionUrl> CliApp::databaseUrl(const ProjectConfig &config) const
{
    if (m_line.isSet(u"connection"_s)) {
        const Result<Profile> profile = connectionProfile();
        if (!profile)
            return profile.error();
        Result<ConnectionUrl> url = ConnectionUrl::parse(profile->url, QDir::currentPath());
        if (!url)
            return url.error();
        // A password Studio saved in the keychain, unless STEPWISE_PASSWORD overrides it;
        // without a keychain service, quietly on to libpq's sources or the prompt.
        if (profile->keychain && qEnvironmentVariableIsEmpty("STEPWISE_PASSWORD")) {
            QString error;
            const std::optional<QString> saved = readKeychainPassword(
                ConnectionProfiles::keychainService(), profile->keychainKey, &error);
            if (saved)
                url->setPassword(*saved);
            else if (verbose() && !quiet())
                QTextStream(stderr) << tr("note: no saved password from the keychain (%1)").arg(error)
                                    << '\n';
        }
        return url;
    }
    if (m_line.isSet(u"url"_s))
        return ConnectionUrl::parse(m_line.value(u"url"_s), QDir::currentPath());
    if (!config.url.isEmpty())
        return ConnectionUrl::parse(config.url, config.projectDir);
    return Error(ErrorCode::Config,
                 config.kind == ProjectConfig::Kind::Alembic
                     ? tr("No database URL: pass --url or --connection (sqlalchemy.url in "
                          "alembic.ini is used only when it holds no password)")
                     : tr("No database URL: pass --url or --connection, or set [database] url in "
                          "stepwise.ini"));
}

// The dialect an offline script is written for: --url's or --connection's, else the
// project's URL, else its `dialect` setting.
Result<const Dialect *> CliApp::offlineDialect(const ProjectConfig &config) const
{
    QString scheme;
    if (m_line.isSet(u"connection"_s)) {
        const Result<Profile> profile = connectionProfile();
        if (!profile)
            return profile.error();
        scheme = profile->url.section(u':', 0, 0);
    } else if (m_line.isSet(u"url"_s)) {
        scheme = m_line.value(u"url"_s).section(u':', 0, 0);
    } else if (!config.url.isEmpty()) {
        scheme = config.url.section(u':', 0, 0);
    } else if (!config.dialect.isEmpty()) {
        scheme = config.dialect;
    }
    if (scheme.isEmpty())
        return Error(ErrorCode::Config, tr("--sql needs a dialect: pass --url or --connection, or "
                                           "set [repository] dialect in stepwise.ini"));
    const Dialect *d = Dialect::forScheme(scheme);
    if (!d)
        return Error(ErrorCode::Config, tr("Unknown database kind '%1'").arg(scheme));
    return d;
}

int CliApp::runUpgrade()
{
    if (m_line.arguments.size() > 1)
        return usageError(tr("'upgrade' takes one target"));
    return runMigration(Planner::Command::Upgrade,
                        m_line.arguments.isEmpty() ? QStringList{u"heads"_s} : m_line.arguments);
}

int CliApp::runDowngrade()
{
    if (m_line.arguments.size() != 1)
        return usageError(tr("'downgrade' takes one target"));
    return runMigration(Planner::Command::Downgrade, m_line.arguments);
}

int CliApp::runStamp()
{
    if (m_line.arguments.isEmpty())
        return usageError(tr("'stamp' needs at least one revision"));
    return runMigration(Planner::Command::Stamp, m_line.arguments);
}

int CliApp::runMigration(Planner::Command command, const QStringList &targets)
{
    const bool offline = m_line.isSet(u"sql"_s);
    bool range = false;
    for (const QString &t : targets)
        range = range || t.contains(u':');
    if (range && !offline)
        return fail(Error(ErrorCode::Usage, u"Range revision not allowed"_s)); // Alembic's text
    if (offline && command == Planner::Command::Downgrade && !range)
        return fail(Error(ErrorCode::Usage, u"downgrade with --sql requires <fromrev>:<torev>"_s));
    if (offline && m_line.isSet(u"purge"_s))
        return fail(Error(ErrorCode::Usage, u"Can't use --purge with --sql mode"_s));
    if (offline && m_line.isSet(u"resume"_s))
        return usageError(tr("--resume runs against a database; it cannot be combined with --sql"));
    const auto loaded = load(false);
    if (!loaded)
        return m_exitCode;
    const ProjectConfig &config = loaded->project.config;
    if (config.kind == ProjectConfig::Kind::Alembic && command != Planner::Command::Stamp)
        return fail(Error(ErrorCode::Unsupported,
                          tr("This is an Alembic project: running its Python revisions is not "
                             "supported yet. Use alembic to upgrade or downgrade; stepwise can "
                             "stamp, show current and check it.")));
    if (offline)
        return runOffline(*loaded, command, targets);
    return runOnline(*loaded, command, targets);
}

int CliApp::runOffline(const Loaded &loaded, Planner::Command command, const QStringList &texts)
{
    const ProjectConfig &config = loaded.project.config;
    const Result<const Dialect *> dialect = offlineDialect(config);
    if (!dialect)
        return fail(dialect.error());
    // Offline mode starts from nothing, or from the one FROM revision (§2.5, §4.3).
    QString from;
    QStringList targets;
    for (const QString &text : texts) {
        const qsizetype colon = text.indexOf(u':');
        const QString f = colon < 0 ? QString() : text.left(colon);
        if (colon >= 0 && text.indexOf(u':', colon + 1) >= 0)
            return fail(Error(ErrorCode::Target, u"Can't locate revision identified by '%1'"_s.arg(text)));
        if (!targets.isEmpty() && f != from)
            return fail(Error(ErrorCode::Usage, u"Stamp operation with --sql only supports a single "
                                                "starting revision at a time"_s));
        from = f;
        targets << (colon < 0 ? text : text.mid(colon + 1));
    }
    QStringList rows;
    if (!from.isEmpty()) {
        const Result<int> start = TargetResolver(loaded.graph).lookupOne(from, from);
        if (!start)
            return fail(start.error());
        if (*start >= 0)
            rows << loaded.graph.id(*start);
    }
    const Result<Plan> plan = Planner::plan(loaded.graph, rows, command, targets,
                                            PlanOptions{false});
    if (!plan)
        return fail(plan.error());
    OfflineRenderer::Options options;
    options.transactionPerMigration = config.transactionPerMigration;
    options.historyTable = config.kind == ProjectConfig::Kind::Native;
    options.toolVersion = toolVersion();
    options.osUser = VersionStore::currentOsUser();
    const Result<QString> sql = OfflineRenderer::render(loaded.graph, *plan, **dialect,
                                                        versionTablesFor(config), rows, options);
    if (!sql)
        return fail(sql.error());
    if (!quiet())
        for (const PlanStep &s : plan->steps)
            m_err << AlembicFormat::runningLine(loaded.graph, s) << '\n';
    m_out << *sql;
    return 0;
}

int CliApp::runOnline(const Loaded &loaded, Planner::Command command, const QStringList &targets)
{
    const ProjectConfig &config = loaded.project.config;
    const Result<ConnectionUrl> url = databaseUrl(config);
    if (!url)
        return fail(url.error());
    TerminalPasswordProvider passwords;
    auto session = MigrationSession::open(*url, config, loaded.graph, &passwords);
    if (!session)
        return fail(session.error());
    MigrationSession::Options options;
    options.transactionPerMigration = config.transactionPerMigration;
    options.resume = m_line.isSet(u"resume"_s);
    if (m_line.isSet(u"lock-timeout"_s)) {
        bool ok = false;
        const double seconds = m_line.value(u"lock-timeout"_s).toDouble(&ok);
        if (!ok || seconds < 0)
            return usageError(tr("--lock-timeout takes a number of seconds"));
        options.lockTimeout = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    CliProgress progress(loaded.graph, m_err, quiet() || json());
    const Result<MigrationSession::Outcome> outcome = (*session)->run(
        command, targets, options, PlanOptions{m_line.isSet(u"purge"_s)}, &progress);
    if (!outcome) {
        progress.failed(outcome.error());
        return fail(outcome.error());
    }
    if (json()) {
        QJsonArray steps;
        for (const RunReport::Step &s : outcome->report.steps)
            steps.append(QJsonObject{{u"revision"_s, s.revision},
                                     {u"direction"_s, QString::fromLatin1(directionName(s.direction))},
                                     {u"duration_ms"_s, s.durationMs}});
        m_out << QJsonDocument(QJsonObject{{u"ok"_s, true},
                                           {u"steps"_s, steps},
                                           {u"heads"_s, toJson(outcome->report.rowsAfter)},
                                           {u"cancelled"_s, outcome->report.cancelled}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    }
    return outcome->report.cancelled ? 1 : 0;
}

// Reads the heads without creating anything; fills *rows or returns an exit code.
std::optional<int> CliApp::readRows(const Loaded &loaded, QStringList *rows, QString *display)
{
    const Result<ConnectionUrl> url = databaseUrl(loaded.project.config);
    if (!url)
        return fail(url.error());
    if (display)
        *display = url->alembicDisplay();
    TerminalPasswordProvider passwords;
    auto session = MigrationSession::open(*url, loaded.project.config, loaded.graph, &passwords);
    if (!session)
        return fail(session.error());
    const Result<QStringList> heads = (*session)->readHeads();
    if (!heads)
        return fail(heads.error());
    *rows = *heads;
    return std::nullopt;
}

int CliApp::runCurrent()
{
    if (!m_line.arguments.isEmpty())
        return usageError(tr("'current' takes no arguments"));
    const auto loaded = load();
    if (!loaded)
        return m_exitCode;
    QStringList rows;
    QString display;
    if (const std::optional<int> code = readRows(*loaded, &rows, &display))
        return *code;
    if (json()) {
        m_out << QJsonDocument(QJsonObject{{u"ok"_s, true}, {u"heads"_s, toJson(rows)}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return 0;
    }
    const Result<QString> text = AlembicFormat::current(loaded->graph, rows, verbose(), display);
    if (!text)
        return fail(text.error());
    m_out << *text;
    return 0;
}

int CliApp::runHistoryWithRows()
{
    const auto loaded = load();
    if (!loaded)
        return m_exitCode;
    QStringList rows;
    if (const std::optional<int> code = readRows(*loaded, &rows, nullptr))
        return *code;
    const Result<QString> text = AlembicFormat::history(loaded->graph, m_line.value(u"rev-range"_s),
                                                        verbose(), true, rows);
    if (!text)
        return fail(text.error());
    m_out << *text;
    return 0;
}

int CliApp::runShowCurrent()
{
    const auto loaded = load();
    if (!loaded)
        return m_exitCode;
    QStringList rows;
    if (const std::optional<int> code = readRows(*loaded, &rows, nullptr))
        return *code;
    const Result<QString> text = AlembicFormat::show(loaded->graph, u"current"_s, rows);
    if (!text)
        return fail(text.error());
    m_out << *text;
    return 0;
}

// Applied revisions whose up section changed since (drift), and revisions the database has
// applied that no file defines any more. Exit 1 when there is either.
int CliApp::runCheck()
{
    if (!m_line.arguments.isEmpty())
        return usageError(tr("'check' takes no arguments"));
    const auto loaded = load(false);
    if (!loaded)
        return m_exitCode;
    const Result<ConnectionUrl> url = databaseUrl(loaded->project.config);
    if (!url)
        return fail(url.error());
    TerminalPasswordProvider passwords;
    auto session = MigrationSession::open(*url, loaded->project.config, loaded->graph, &passwords);
    if (!session)
        return fail(session.error());
    const Result<QStringList> rows = (*session)->readHeads();
    if (!rows)
        return fail(rows.error());
    const Result<QHash<QString, QString>> applied = (*session)->store().lastAppliedChecksums();
    if (!applied)
        return fail(applied.error());
    const RevisionGraph &g = loaded->graph;
    QJsonArray drifted, missing;
    QStringList lines;
    QStringList appliedIds = applied->keys();
    std::sort(appliedIds.begin(), appliedIds.end());
    for (const QString &id : std::as_const(appliedIds)) {
        const int i = g.indexOf(id);
        if (i < 0) {
            missing.append(QJsonObject{{u"revision"_s, id}});
            lines << tr("missing: %1 was applied but no file defines it").arg(id);
            continue;
        }
        const QString recorded = applied->value(id);
        const QString now = g.revision(i).up.checksum;
        if (!recorded.isEmpty() && recorded != now) {
            drifted.append(QJsonObject{{u"revision"_s, id}, {u"path"_s, g.revision(i).relativePath},
                                       {u"applied_checksum"_s, recorded}, {u"file_checksum"_s, now}});
            lines << tr("drifted: %1 (%2): its up section changed since it was applied")
                         .arg(id, g.revision(i).relativePath);
        }
    }
    for (const QString &row : *rows) {
        if (g.indexOf(row) < 0 && !applied->contains(row)) {
            missing.append(QJsonObject{{u"revision"_s, row}});
            lines << tr("missing: %1 is in the heads table but no file defines it").arg(row);
        }
    }
    const bool clean = drifted.isEmpty() && missing.isEmpty();
    if (json()) {
        m_out << QJsonDocument(QJsonObject{{u"ok"_s, clean}, {u"drifted"_s, drifted},
                                           {u"missing"_s, missing}, {u"heads"_s, toJson(*rows)}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        for (const QString &l : std::as_const(lines))
            m_out << l << '\n';
        if (clean && !quiet())
            m_out << QCoreApplication::translate("cli", "No drift: %n applied revision(s) match their files.", nullptr,
                        int(applied->size()))
                  << '\n';
    }
    return clean ? 0 : 1;
}

} // namespace Stepwise::Cli
