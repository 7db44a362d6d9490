#pragma once

#include "core/engine/databasestate.h"

#include <QString>

namespace Stepwise::Ui {

// The connected database's state as Studio last read it: core's DatabaseState, and whether the
// read succeeded (valid) or why not (error). Read on the database worker thread, handed to the
// GUI thread by value.
struct DatabaseStatus : Core::DatabaseState
{
    bool valid = false; // read successfully
    QString error;      // why not
};

} // namespace Stepwise::Ui
