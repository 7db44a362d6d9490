#include "ui/connections/profileurl.h"

#include "core/db/connectionprofiles.h"
#include "core/db/connectionurl.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

// The URL form is core/db's (ConnectionProfiles::toUrl), shared with the CLI's --connection.
QString profileToUrl(const ConnectionProfile &profile)
{
    return Core::ConnectionProfiles::toUrl(profile);
}

ConnectionProfile profileFromUrl(const QString &text, QString *error, bool *droppedPassword,
                                 const QString &baseDirectory)
{
    const auto parsed = Core::ConnectionUrl::parse(text.trimmed(), baseDirectory);
    if (!parsed) {
        *error = parsed.error().message();
        return {};
    }
    if (droppedPassword)
        *droppedPassword = parsed->passwordInUrl();
    return Core::ConnectionProfiles::fromUrl(*parsed);
}

} // namespace Stepwise::Ui
