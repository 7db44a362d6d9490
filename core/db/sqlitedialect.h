#pragma once

#include "core/db/dialect.h"

namespace Stepwise::Core {

// SQLite: no transactional DDL by Alembic's flag, no session lock. A run serialises its steps
// with BEGIN IMMEDIATE (the database's write lock) and a busy timeout.
class SqliteDialect : public Dialect
{
public:
    QString name() const override;
    QString qtDriver() const override;
    QString splitterName() const override;
    UrlForm urlForm() const override { return UrlForm::File; }
    bool asksForPassword() const override { return false; }
    bool hasTransactionalDdl() const override { return false; }
    bool rollsBackDdl() const override { return true; }

    QString beginStepSql() const override;
    BoundSql tableExistsQuery(const TableName &table) const override;
    BoundSql tablesFormatQuery(const TableName &history) const override;
    bool remakesHistoryTable() const override { return true; }
    QString currentTimestampSql() const override;
    QString busyTimeoutSql(int ms) const override;
    bool isLockTimeout(const QString &nativeCode) const override;

    Result<QStringList> connectOptions(const QList<UrlOption> &urlOptions) const override;
    QStringList defaultConnectOptions() const override;
    QStringList sessionSetupSql() const override;
    QString serverVersionQuery() const override;

protected:
    bool isReservedWord(const QString &lowerCaseWord) const override;
    QString historyIdColumn() const override;
    QString historyTimestampType() const override;
    QString historyMarkerLine(const QString &marker) const override;
};

} // namespace Stepwise::Core
