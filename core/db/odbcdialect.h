#pragma once

#include "core/db/dialect.h"

namespace Stepwise::Core {

// Any other database through ODBC: standard SQL only, no session lock, no transactional DDL
// assumed; URL options become attributes of the ODBC connection string.
class OdbcDialect : public Dialect
{
public:
    QString name() const override;
    QString qtDriver() const override;
    QString splitterName() const override;
    UrlForm urlForm() const override { return UrlForm::DataSource; }
    bool hasTransactionalDdl() const override { return false; }

    bool generatesHistoryIds() const override { return false; }
    BoundSql tableExistsQuery(const TableName &table) const override;

    Result<QStringList> connectOptions(const QList<UrlOption> &urlOptions) const override;
    QString databaseName(const QString &urlDatabase,
                         const QList<UrlOption> &urlOptions) const override;

protected:
    bool isReservedWord(const QString &lowerCaseWord) const override;
    QString historyIdColumn() const override;
    QString historyTimestampType() const override;
    QString historyTextType() const override;
};

} // namespace Stepwise::Core
