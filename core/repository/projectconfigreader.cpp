#include "core/repository/projectconfigreader.h"

#include "core/repository/envpyreader.h"
#include "core/repository/inifile.h"
#include "core/repository/pyprojectreader.h"

#include "core/base/tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

namespace {

const QString stepwiseIniName = u"stepwise.ini"_s;
const QString alembicIniName = u"alembic.ini"_s;
const QString flaskIniName = u"migrations/alembic.ini"_s;
const QString pyprojectName = u"pyproject.toml"_s;

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"true"_s || t == u"yes"_s || t == u"on"_s || t == u"1"_s)
        return true;
    if (t == u"false"_s || t == u"no"_s || t == u"off"_s || t == u"0"_s)
        return false;
    return std::nullopt;
}

// Seconds as a plain non-negative number ("2", "0.5"); "30s" is refused rather than guessed at.
std::optional<std::chrono::milliseconds> parseSeconds(const QString &text)
{
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    if (!ok || seconds < 0 || seconds > 1e9)
        return std::nullopt;
    return std::chrono::milliseconds(qint64(seconds * 1000 + 0.5));
}

QString resolve(const QString &baseDir, const QString &path)
{
    return QDir::cleanPath(QDir(baseDir).absoluteFilePath(path));
}

// "postgresql+psycopg2://…" -> "postgresql"
QString dialectFromUrl(const QString &url)
{
    const qsizetype scheme = url.indexOf(u"://"_s);
    if (scheme <= 0)
        return {};
    QString name = url.first(scheme);
    name = name.first(name.indexOf(u'+') < 0 ? name.size() : name.indexOf(u'+')).toLower();
    return name == u"postgres"_s ? u"postgresql"_s : name;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, Tr::tr("cannot read: %1").arg(file.errorString()), path);
    return file.readAll();
}

Result<ProjectConfig> fromStepwiseIni(const IniFile &ini, const QString &iniDir)
{
    ProjectConfig config;
    config.kind = ProjectConfig::Kind::Native;
    config.projectDir = iniDir;
    config.iniPath = iniDir + u'/' + stepwiseIniName;
    const QString versions = ini.value(u"repository"_s, u"versions"_s).value_or(u"versions"_s);
    for (const QStringView folder : QStringView(versions).split(u',')) {
        if (!folder.trimmed().isEmpty())
            config.versionLocations.append(resolve(iniDir, folder.trimmed().toString()));
    }
    if (config.versionLocations.isEmpty())
        return Error(ErrorCode::Config, Tr::tr("[repository] versions names no folder"),
            stepwiseIniName, ini.entry(u"repository"_s, u"versions"_s)->line);
    config.url = ini.value(u"database"_s, u"url"_s).value_or(QString());
    if (ProjectConfigReader::urlHasPassword(config.url)) {
        config.notes.append(Tr::tr("stepwise.ini: [database] url holds a password; it is not "
                                   "used (keep passwords out of project files)"));
        config.url.clear();
    }
    config.shadowUrl = ini.value(u"database"_s, u"shadow_url"_s).value_or(QString());
    if (ProjectConfigReader::urlHasPassword(config.shadowUrl)) {
        config.notes.append(Tr::tr("stepwise.ini: [database] shadow_url holds a password; it is not "
                                   "used (keep passwords out of project files)"));
        config.shadowUrl.clear();
    }
    config.dialect = ini.value(u"repository"_s, u"dialect"_s).value_or(QString());
    if (config.dialect.isEmpty())
        config.dialect = dialectFromUrl(config.url);
    auto text = [&](const QString &key, const QString &fallback) {
        const QString v = ini.value(u"database"_s, key).value_or(QString());
        return v.isEmpty() ? fallback : v;
    };
    config.versionTable = text(u"version_table"_s, u"stepwise_version"_s);
    config.historyTable = text(u"history_table"_s, u"stepwise_history"_s);
    config.versionTableSchema = text(u"version_table_schema"_s, QString());
    if (const auto tpm = ini.entry(u"database"_s, u"transaction_per_migration"_s);
        tpm && !tpm->value.isEmpty()) {
        const std::optional<bool> value = parseBool(tpm->value);
        if (!value)
            return Error(ErrorCode::Config,
                Tr::tr("transaction_per_migration must be true or false, not '%1'").arg(tpm->value),
                stepwiseIniName, tpm->line);
        config.transactionPerMigration = *value;
    }
    for (const auto &[key, field] : {std::pair{u"lock_timeout"_s, &config.lockTimeout},
                                     std::pair{u"statement_timeout"_s, &config.statementTimeout}}) {
        const auto entry = ini.entry(u"database"_s, key);
        if (!entry || entry->value.isEmpty())
            continue;
        const std::optional<std::chrono::milliseconds> value = parseSeconds(entry->value);
        if (!value)
            return Error(ErrorCode::Config,
                Tr::tr("%1 must be a number of seconds, not '%2'").arg(key, entry->value),
                stepwiseIniName, entry->line);
        *field = value;
    }
    return config;
}

// Alembic's version_locations splitting (config.py / script/base.py): the separator named by
// path_separator (≥ 1.16) or version_path_separator, else spaces and commas.
Result<QStringList> splitLocations(const IniFile &ini, const QString &value)
{
    std::optional<IniFile::Entry> separator = ini.entry(u"alembic"_s, u"path_separator"_s);
    if (!separator)
        separator = ini.entry(u"alembic"_s, u"version_path_separator"_s);
    QStringList parts;
    if (!separator) {
        for (const QStringView part : QStringView(value).split(u','))
            for (const QStringView word : part.split(u' '))
                parts.append(word.toString());
    } else {
        const QString name = separator->value;
        QChar c;
        if (name == u"space"_s)
            c = u' ';
        else if (name == u"newline"_s)
            c = u'\n';
        else if (name == u"os"_s)
            c = QDir::listSeparator();
        else if (name == u":"_s || name == u"colon"_s)
            c = u':';
        else if (name == u";"_s || name == u"semicolon"_s)
            c = u';';
        else
            return Error(ErrorCode::Config,
                Tr::tr("'%1' is not a valid value for %2; expected 'space', 'newline', "
                       "'os', ':', ';'")
                    .arg(name, separator->key),
                alembicIniName, separator->line);
        parts = value.split(c);
    }
    QStringList locations;
    for (const QString &part : std::as_const(parts)) {
        if (!part.trimmed().isEmpty())
            locations.append(part.trimmed());
    }
    return locations;
}

} // namespace

bool ProjectConfigReader::urlHasPassword(const QString &url)
{
    const qsizetype scheme = url.indexOf(u"://"_s);
    if (scheme < 0)
        return false;
    const qsizetype authorityStart = scheme + 3;
    qsizetype authorityEnd = url.indexOf(u'/', authorityStart);
    if (authorityEnd < 0)
        authorityEnd = url.size();
    const qsizetype at = url.lastIndexOf(u'@', authorityEnd - 1);
    if (at < authorityStart)
        return false;
    const qsizetype colon = url.indexOf(u':', authorityStart);
    return colon >= 0 && colon < at && colon + 1 < at; // "user:@host" has an empty password
}

Result<ProjectConfig> ProjectConfigReader::parseStepwiseIni(
    QByteArrayView bytes, const QString &iniDir)
{
    Result<IniFile> ini = IniFile::parse(bytes, IniFile::Syntax::Stepwise, stepwiseIniName);
    if (!ini)
        return ini.error();
    return fromStepwiseIni(*ini, iniDir);
}

Result<ProjectConfig> ProjectConfigReader::parseAlembicIni(QByteArrayView bytes,
    const QString &iniDir, bool flaskLayout, const PyprojectAlembic *pyproject)
{
    const bool tomlOnly = pyproject && bytes.isEmpty();
    const QString iniName = flaskLayout ? flaskIniName : tomlOnly ? pyprojectName : alembicIniName;
    Result<IniFile> parsed = IniFile::parse(bytes, IniFile::Syntax::Python, iniName);
    if (!parsed)
        return parsed.error();
    const IniFile &ini = *parsed;
    const QHash<QString, QString> vars { { u"here"_s, iniDir } };
    ProjectConfig config;
    config.kind = ProjectConfig::Kind::Alembic;
    config.projectDir = flaskLayout ? QDir::cleanPath(iniDir + u"/.."_s) : iniDir;
    config.iniPath = iniDir + u'/' + (tomlOnly ? pyprojectName : alembicIniName);
    config.versionTable = u"alembic_version"_s;
    config.transactionPerMigration = false; // Alembic's default
    // [tool.alembic] values, %(here)s being the folder of pyproject.toml (= the ini's).
    auto toml = [&](const QString &key) {
        QStringList values = pyproject ? pyproject->strings.value(key) : QStringList();
        for (QString &v : values)
            v.replace(u"%(here)s"_s, iniDir);
        return values;
    };
    // The ini first, then pyproject.toml.
    auto get = [&](const QString &key) -> Result<std::optional<QString>> {
        Result<std::optional<QString>> value = ini.interpolated(u"alembic"_s, key, vars);
        if (value && !value->has_value() && !toml(key).isEmpty())
            return std::optional<QString>(toml(key).constFirst());
        return value;
    };
    auto lineOf = [&](const QString &key) {
        if (const auto e = ini.entry(u"alembic"_s, key))
            return e->line;
        return pyproject ? pyproject->lines.value(key) : 0;
    };
    const Result<std::optional<QString>> script = get(u"script_location"_s);
    if (!script)
        return script.error();
    if (!script->has_value() || (*script)->isEmpty()) {
        if (!flaskLayout) // Alembic's message, verbatim
            return Error(
                ErrorCode::Config, u"No 'script_location' key found in configuration."_s, iniName);
        config.scriptLocation = iniDir; // Flask-Migrate: the folder holding alembic.ini
    } else if (!QDir::isAbsolutePath(**script) && (*script)->contains(u':')) {
        return Error(ErrorCode::Unsupported,
            Tr::tr("script_location '%1' names a Python package; Stepwise needs a "
                   "folder path")
                .arg(**script),
            iniName, lineOf(u"script_location"_s));
    } else {
        // Alembic resolves it against the working directory; projects are run from the
        // ini's folder, so that is where Stepwise starts.
        config.scriptLocation = resolve(iniDir, **script);
    }
    config.flaskMigrate = flaskLayout; // or an env.py that reads Flask's app (applyEnvPy)
    const Result<std::optional<QString>> locations =
        ini.interpolated(u"alembic"_s, u"version_locations"_s, vars);
    if (!locations)
        return locations.error();
    if (!locations->has_value() && !toml(u"version_locations"_s).isEmpty()) {
        for (const QString &part : toml(u"version_locations"_s)) // a TOML list: no separator
            config.versionLocations.append(resolve(iniDir, part));
    } else if (locations->has_value() && !(*locations)->trimmed().isEmpty()) {
        const Result<QStringList> parts = splitLocations(ini, **locations);
        if (!parts)
            return parts.error();
        for (const QString &part : *parts)
            config.versionLocations.append(resolve(iniDir, part));
    } else {
        config.versionLocations.append(config.scriptLocation + u"/versions"_s);
    }
    if (const auto recursive = ini.entry(u"alembic"_s, u"recursive_version_locations"_s)) {
        const std::optional<bool> value = parseBool(recursive->value);
        if (!value)
            return Error(ErrorCode::Config,
                Tr::tr("recursive_version_locations must be true or false, not '%1'")
                    .arg(recursive->value),
                iniName, recursive->line);
        config.recursiveVersionLocations = *value;
    } else if (pyproject && pyproject->booleans.contains(u"recursive_version_locations"_s)) {
        config.recursiveVersionLocations =
            pyproject->booleans.value(u"recursive_version_locations"_s);
    }
    const Result<std::optional<QString>> url = get(u"sqlalchemy.url"_s);
    if (url && url->has_value()) {
        if (urlHasPassword(**url))
            config.notes.append(Tr::tr("%1: sqlalchemy.url holds a password, so it is not used "
                                       "as the default target")
                                    .arg(iniName));
        else
            config.url = **url;
        config.dialect = dialectFromUrl(**url);
    }
    return config;
}

namespace {

// Alembic skips configured locations that do not exist, and reads a location listed twice
// only once ("File … loaded twice! ignoring"); native projects read a repeated folder once too.
void keepExistingLocations(ProjectConfig &config)
{
    QStringList kept;
    QSet<QString> seen;
    for (const QString &folder : std::as_const(config.versionLocations)) {
        const QFileInfo info(folder);
        if (!info.isDir())
            continue;
        if (seen.contains(info.canonicalFilePath())) {
            config.notes.append(Tr::tr("version location '%1' is listed twice; it is read once")
                                    .arg(QDir(config.projectDir).relativeFilePath(folder)));
            continue;
        }
        seen.insert(info.canonicalFilePath());
        kept.append(folder);
    }
    config.versionLocations = kept;
}

Result<ProjectConfig> readNative(const QString &dir)
{
    const Result<QByteArray> bytes = readFile(dir + u'/' + stepwiseIniName);
    if (!bytes)
        return bytes.error();
    const Result<IniFile> ini = IniFile::parse(*bytes, IniFile::Syntax::Stepwise, stepwiseIniName);
    if (!ini)
        return ini.error();
    Result<ProjectConfig> config = fromStepwiseIni(*ini, dir);
    if (!config)
        return config;
    const auto entry = ini->entry(u"repository"_s, u"versions"_s);
    for (const QString &folder : std::as_const(config->versionLocations)) {
        if (!QFileInfo(folder).isDir())
            return Error(ErrorCode::Config,
                Tr::tr("versions folder '%1' does not exist")
                    .arg(QDir(dir).relativeFilePath(folder)),
                stepwiseIniName, entry ? entry->line : 0);
    }
    keepExistingLocations(*config); // all exist; drops a folder listed twice
    return config;
}

void applyEnvPy(ProjectConfig &config)
{
    const QString envPy = config.scriptLocation + u"/env.py"_s;
    if (!QFileInfo::exists(envPy))
        return;
    const Result<QByteArray> bytes = readFile(envPy);
    if (!bytes)
        return;
    const EnvPyOptions options =
        EnvPyReader::read(*bytes, QDir(config.projectDir).relativeFilePath(envPy));
    if (options.versionTable && !options.versionTable->isEmpty())
        config.versionTable = *options.versionTable;
    if (options.versionTableSchema)
        config.versionTableSchema = *options.versionTableSchema;
    if (options.transactionPerMigration)
        config.transactionPerMigration = *options.transactionPerMigration;
    config.notes += options.notes;
    // Flask-Migrate's env.py takes the engine from the app (`current_app`, its `flask` import),
    // also when the migrations folder itself is opened.
    if (bytes->contains("current_app") || bytes->contains("from flask import"))
        config.flaskMigrate = true;
}

// pyproject.toml's [tool.alembic], when the folder has one.
Result<PyprojectAlembic> readPyproject(const QString &dir)
{
    const QString path = dir + u'/' + pyprojectName;
    if (!QFileInfo::exists(path))
        return PyprojectAlembic {};
    const Result<QByteArray> bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    return PyprojectReader::read(*bytes, pyprojectName);
}

Result<ProjectConfig> readAlembic(const QString &iniDir, bool flaskLayout)
{
    // A pyproject.toml Stepwise cannot read must not stop an alembic.ini project: say so.
    PyprojectAlembic pyproject;
    QString pyprojectProblem;
    if (!flaskLayout) {
        const Result<PyprojectAlembic> read = readPyproject(iniDir);
        if (read)
            pyproject = *read;
        else
            pyprojectProblem = Tr::tr("%1: [tool.alembic] not read: %2")
                                   .arg(pyprojectName, read.error().toString());
    }
    const bool haveIni = QFileInfo::exists(iniDir + u'/' + alembicIniName);
    const Result<QByteArray> bytes =
        haveIni ? readFile(iniDir + u'/' + alembicIniName) : Result<QByteArray>(QByteArray());
    if (!bytes)
        return bytes.error();
    Result<ProjectConfig> config = ProjectConfigReader::parseAlembicIni(
        *bytes, iniDir, flaskLayout, pyproject.present ? &pyproject : nullptr);
    if (!config)
        return config;
    if (!pyprojectProblem.isEmpty())
        config->notes.append(pyprojectProblem);
    if (!QFileInfo(config->scriptLocation).isDir()) // Alembic's message, verbatim
        return Error(ErrorCode::Config,
            u"Path doesn't exist: '"_s + config->scriptLocation
                + u"'.  Please use the 'init' command to create a new scripts folder."_s,
            QDir(config->projectDir).relativeFilePath(config->iniPath));
    const QString defaultVersions = config->scriptLocation + u"/versions"_s;
    const bool explicitLocations = config->versionLocations != QStringList { defaultVersions };
    if (!explicitLocations && !QFileInfo(defaultVersions).isDir())
        return Error(ErrorCode::Config,
            Tr::tr("versions folder '%1' does not exist")
                .arg(QDir(config->projectDir).relativeFilePath(defaultVersions)));
    keepExistingLocations(*config);
    applyEnvPy(*config);
    return config;
}

bool hasPyprojectAlembic(const QDir &dir)
{
    const Result<PyprojectAlembic> pyproject = readPyproject(dir.absolutePath());
    return pyproject.ok() && pyproject->present;
}

bool holdsProject(const QDir &dir)
{
    return dir.exists(stepwiseIniName) || dir.exists(alembicIniName) || dir.exists(flaskIniName)
        || hasPyprojectAlembic(dir);
}

} // namespace

Result<ProjectConfig> ProjectConfigReader::read(const QString &dir)
{
    const QString abs = QDir::cleanPath(QDir(dir).absolutePath());
    const QDir d(abs);
    // A folder with both files is a Stepwise project that keeps its Alembic past beside it.
    if (d.exists(stepwiseIniName))
        return readNative(abs);
    if (d.exists(alembicIniName))
        return readAlembic(abs, false);
    if (d.exists(flaskIniName))
        return readAlembic(abs + u"/migrations"_s, true);
    if (hasPyprojectAlembic(d))
        return readAlembic(abs, false);
    return Error(ErrorCode::Config,
        Tr::tr("%1 is not a Stepwise or Alembic project: it has no stepwise.ini, "
               "alembic.ini or migrations/alembic.ini")
            .arg(QDir::toNativeSeparators(abs)));
}

Result<QString> findProjectDir(const QString &startDir)
{
    if (!startDir.isEmpty()) {
        const QDir dir(startDir);
        if (!dir.exists())
            return Error(ErrorCode::Config, Tr::tr("folder %1 does not exist").arg(startDir));
        if (!holdsProject(dir))
            return Error(ErrorCode::Config,
                Tr::tr("%1 is not a Stepwise or Alembic project: it has no "
                       "stepwise.ini, alembic.ini or migrations/alembic.ini")
                    .arg(startDir));
        return QDir::cleanPath(dir.absolutePath());
    }
    QDir dir = QDir::current();
    do {
        if (holdsProject(dir))
            return QDir::cleanPath(dir.absolutePath());
    } while (dir.cdUp());
    return Error(ErrorCode::Config,
        Tr::tr("no Stepwise or Alembic project (stepwise.ini, alembic.ini or "
               "migrations/alembic.ini) in %1 or its parents")
            .arg(QDir::currentPath()));
}

} // namespace Stepwise::Core
