#include "ui/connections/driverinfo.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace Stepwise::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Stepwise::Ui::DriverInfo)
};

QList<DriverInfo> makeDrivers()
{
    DriverInfo sqlite { u"QSQLITE"_s, Tr::tr("SQLite"), u":/icons/driver-sqlite.svg"_s,
                        u"libqt6sql6-sqlite"_s };
    sqlite.fileBased = true;
    sqlite.usesSchemas = false;
    DriverInfo postgres { u"QPSQL"_s, Tr::tr("PostgreSQL"), u":/icons/driver-postgresql.svg"_s,
                          u"libqt6sql6-psql"_s };
    postgres.passwordFromLibpq = true;
    postgres.defaultPort = 5432;
    DriverInfo mysql { u"QMYSQL"_s, Tr::tr("MySQL / MariaDB"), u":/icons/driver-mysql.svg"_s,
                       u"libqt6sql6-mysql"_s };
    mysql.usesSchemas = false;
    mysql.defaultPort = 3306;
    DriverInfo odbc { u"QODBC"_s, Tr::tr("ODBC data source"), u":/icons/driver-odbc.svg"_s,
                      u"libqt6sql6-odbc"_s };
    return { sqlite, postgres, mysql, odbc };
}

} // namespace

bool DriverInfo::isInstalled() const
{
    return QSqlDatabase::isDriverAvailable(driver);
}

const QList<DriverInfo> &knownDrivers()
{
    static const QList<DriverInfo> drivers = makeDrivers();
    return drivers;
}

DriverInfo driverInfo(const QString &driver)
{
    for (const DriverInfo &info : knownDrivers()) {
        if (info.driver == driver)
            return info;
    }
    return DriverInfo { driver, driver, u":/icons/driver-odbc.svg"_s, QString() };
}

} // namespace Stepwise::Ui
