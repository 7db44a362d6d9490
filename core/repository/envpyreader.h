#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stepwise::Core {

// What an Alembic env.py passes to context.configure() as literals (alembic-semantics §8 ⚑):
// version_table, version_table_schema, transaction_per_migration. A keyword passed as
// anything but a literal (a variable, an expression), or with different literals in
// different calls, is left unset and explained in notes. Pure: bytes in, data out.
struct EnvPyOptions
{
    std::optional<QString> versionTable;
    std::optional<QString> versionTableSchema; // set to an empty string by "=None"
    std::optional<bool> transactionPerMigration;
    QStringList notes;
};

class EnvPyReader
{
public:
    static EnvPyOptions read(QByteArrayView bytes, const QString &relativePath);
};

} // namespace Stepwise::Core
