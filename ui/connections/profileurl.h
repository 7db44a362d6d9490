#pragma once

#include "ui/connections/connectionprofile.h"

#include <QString>

namespace Stepwise::Ui {

// A profile written as a SQLAlchemy-style URL, never with a password:
// "postgresql://user@host:5432/db?sslmode=require", "sqlite:////abs/file.db".
QString profileToUrl(const ConnectionProfile &profile);

// A profile read from such a URL (a password in it is dropped and reported in *droppedPassword).
// On failure returns an invalid profile and sets *error.
// Relative SQLite paths are resolved against baseDirectory.
ConnectionProfile profileFromUrl(const QString &url, QString *error,
                                 bool *droppedPassword = nullptr, const QString &baseDirectory = {});

} // namespace Stepwise::Ui
