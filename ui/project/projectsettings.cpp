#include "ui/project/projectsettings.h"

#include "core/repository/projectconfig.h"

#include <QDir>
#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

// One QSettings group per project folder; the path is encoded so its slashes do not become
// sub-groups.
QString groupFor(const QString &projectDir)
{
    const QString canonical = QDir(projectDir).canonicalPath();
    return u"projectSettings/"_s
        + QString::fromLatin1(QUrl::toPercentEncoding(canonical.isEmpty() ? projectDir : canonical));
}

} // namespace

ProjectSettings ProjectSettings::load(const QString &projectDir)
{
    QSettings settings;
    settings.beginGroup(groupFor(projectDir));
    ProjectSettings s;
    s.python = settings.value(u"python"_s).toString();
    s.flaskApp = settings.value(u"flaskApp"_s).toString();
    return s;
}

void ProjectSettings::save(const QString &projectDir) const
{
    QSettings settings;
    settings.beginGroup(groupFor(projectDir));
    const auto put = [&settings](const QString &key, const QString &value) {
        if (value.isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value);
    };
    put(u"python"_s, python.trimmed());
    put(u"flaskApp"_s, flaskApp.trimmed());
}

Core::PythonSetup ProjectSettings::pythonSetup() const
{
    Core::PythonSetup setup;
    setup.python = python.isEmpty() ? qEnvironmentVariable("STEPWISE_PYTHON") : python;
    setup.flaskApp = flaskApp;
    return setup;
}

Core::PythonSetup studioPythonSetup(const Core::ProjectConfig &config)
{
    return ProjectSettings::load(config.projectDir).pythonSetup();
}

} // namespace Stepwise::Ui
