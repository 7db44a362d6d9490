#include "core/sql/sqldialect.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

SqlDialect sqlDialectFromName(QStringView name, bool *ok)
{
    struct Alias
    {
        QStringView name;
        SqlDialect dialect;
    };
    static constexpr Alias aliases[] = {
        { u"sqlite", SqlDialect::SQLite },
        { u"sqlite3", SqlDialect::SQLite },
        { u"postgresql", SqlDialect::PostgreSQL },
        { u"postgres", SqlDialect::PostgreSQL },
        { u"mysql", SqlDialect::MySQL },
        { u"mariadb", SqlDialect::MySQL },
        { u"generic", SqlDialect::Generic },
        { u"odbc", SqlDialect::Generic },
    };
    const QStringView trimmed = name.trimmed();
    for (const Alias &alias : aliases) {
        if (trimmed.compare(alias.name, Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return alias.dialect;
        }
    }
    if (ok)
        *ok = false;
    return SqlDialect::Generic;
}

QString sqlDialectName(SqlDialect dialect)
{
    switch (dialect) {
    case SqlDialect::SQLite:
        return u"sqlite"_s;
    case SqlDialect::PostgreSQL:
        return u"postgresql"_s;
    case SqlDialect::MySQL:
        return u"mysql"_s;
    case SqlDialect::Generic:
        break;
    }
    return u"generic"_s;
}

} // namespace Stepwise::Core
