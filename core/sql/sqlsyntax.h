#pragma once

#include <QString>
#include <QStringView>

namespace Stepwise::Core {

// The splitting rules a script follows. core/db maps its Dialect onto this, so that core/sql
// never depends on core/db.
enum class SqlSyntax { Generic, SQLite, PostgreSQL, MySQL };

// "sqlite", "postgresql"/"postgres", "mysql"/"mariadb", "generic"/"odbc", case-insensitive.
// An unknown name gives Generic and sets *ok to false.
SqlSyntax sqlSyntaxFromName(QStringView name, bool *ok = nullptr);

// The canonical lower-case name ("generic", "sqlite", "postgresql", "mysql").
QString sqlSyntaxName(SqlSyntax dialect);

} // namespace Stepwise::Core
