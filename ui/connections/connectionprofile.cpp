#include "connectionprofile.h"

#include "profileurl.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

QString ConnectionProfile::keychainKey() const
{
    return u"connection/"_s + name;
}

QString ConnectionProfile::displayUrl() const
{
    return profileToUrl(*this);
}

} // namespace Stepwise::Ui
