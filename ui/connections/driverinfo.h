#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Stepwise::Ui {

// What the UI shows about one Qt SQL driver: a friendly name, an icon, which fields a
// connection needs and which Debian package provides the driver when it is missing.
// Presentation only; SQL differences live in core/db's Dialect.
struct DriverInfo
{
    QString driver;      // Qt driver name: "QSQLITE"
    QString displayName; // "SQLite"
    QString iconName;    // ":/icons/driver-sqlite.svg"
    QString package;     // "libqt6sql6-sqlite"
    bool fileBased = false;
    bool usesSchemas = true;
    bool passwordFromLibpq = false; // PGPASSWORD / ~/.pgpass are honoured by the driver
    int defaultPort = -1;

    bool isInstalled() const;
};

// The drivers Stepwise knows, in the order the UI offers them.
const QList<DriverInfo> &knownDrivers();
// Info for a Qt driver name; unknown drivers get a generic entry.
DriverInfo driverInfo(const QString &driver);

} // namespace Stepwise::Ui
