#include "core/sql/sqlsyntax.h"

using namespace Qt::StringLiterals;

namespace Stepwise::Core {

SqlSyntax sqlSyntaxFromName(QStringView name, bool *ok)
{
    struct Alias
    {
        QStringView name;
        SqlSyntax dialect;
    };
    static constexpr Alias aliases[] = {
        { u"sqlite", SqlSyntax::SQLite },
        { u"sqlite3", SqlSyntax::SQLite },
        { u"postgresql", SqlSyntax::PostgreSQL },
        { u"postgres", SqlSyntax::PostgreSQL },
        { u"mysql", SqlSyntax::MySQL },
        { u"mariadb", SqlSyntax::MySQL },
        { u"generic", SqlSyntax::Generic },
        { u"odbc", SqlSyntax::Generic },
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
    return SqlSyntax::Generic;
}

QString sqlSyntaxName(SqlSyntax dialect)
{
    switch (dialect) {
    case SqlSyntax::SQLite:
        return u"sqlite"_s;
    case SqlSyntax::PostgreSQL:
        return u"postgresql"_s;
    case SqlSyntax::MySQL:
        return u"mysql"_s;
    case SqlSyntax::Generic:
        break;
    }
    return u"generic"_s;
}

} // namespace Stepwise::Core
