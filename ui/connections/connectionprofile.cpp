// Ui::ConnectionProfile is core/db's profile (core/db/connectionprofiles.h) under the UI's name.
#include "connectionprofile.h"
