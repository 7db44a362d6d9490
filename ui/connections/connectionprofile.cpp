// Ui::ConnectionProfile is core/db's profile (core/db/connectionprofiles.h) under the UI's name.
#include "ui/connections/connectionprofile.h"
