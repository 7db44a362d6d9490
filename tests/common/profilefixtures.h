#pragma once
// Connection profiles built in code, for the core's settings format, Studio's ProfileStore,
// its connections dock and the CLI's --connection.
#include "core/db/connectionprofiles.h"

#include <QList>
#include <QString>

#include <utility>

namespace Stepwise::Test {

using namespace Qt::StringLiterals;

inline Core::ConnectionProfile profile(const QString &name, const QString &driver, const QString &host,
                                      int port, const QString &database, const QString &user = {},
                                      QList<std::pair<QString, QString>> options = {},
                                      bool savePassword = false)
{
    Core::ConnectionProfile p;
    p.name = name;
    p.driver = driver;
    p.host = host;
    p.port = port;
    p.database = database;
    p.user = user;
    p.options = std::move(options);
    p.savePassword = savePassword;
    return p;
}

// Three profiles: PostgreSQL with options and a saved password, SQLite, and MySQL with a name
// and a user that need quoting.
inline QList<Core::ConnectionProfile> sampleProfiles()
{
    return {
        profile(u"Production"_s, u"QPSQL"_s, u"db.example.com"_s, 5433, u"shop"_s, u"deploy"_s,
                    {{u"sslmode"_s, u"require"_s}, {u"connect_timeout"_s, u"5"_s}}, true),
        profile(u"Local"_s, u"QSQLITE"_s, {}, -1, u"/srv/data/local.db"_s),
        profile(u"Maria, with = and spaces"_s, u"QMYSQL"_s, u"127.0.0.1"_s, -1, u"app"_s, u"me@corp"_s),
    };
}

} // namespace Stepwise::Test
