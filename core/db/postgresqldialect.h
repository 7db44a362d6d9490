#pragma once

#include "core/db/dialect.h"

namespace Stepwise::Core {

// PostgreSQL: transactional DDL, session-level advisory locks, RETURNING on Alembic's INSERT.
class PostgresqlDialect : public Dialect
{
public:
    QString name() const override;
    QString qtDriver() const override;
    QString splitterName() const override;
    int defaultPort() const override { return 5432; }
    bool asksForPassword() const override { return false; }
    bool hasTransactionalDdl() const override { return true; }

    QString insertHeadSql(const TableName &table, const QString &revision) const override;
    QString returningIdClause() const override;
    QVariant timestampValue(const QDateTime &utc) const override;
    QString timestampSelect(const QString &quotedColumn) const override;
    BoundSql tableExistsQuery(const TableName &table) const override;
    BoundSql tablesFormatQuery(const TableName &history) const override;

    bool hasSessionLock() const override { return true; }
    BoundSql tryLockQuery(const QString &lockName, qint64 key) const override;
    BoundSql unlockQuery(const QString &lockName, qint64 key) const override;
    BoundSql lockHolderQuery(const QString &lockName, qint64 key) const override;
    bool isLockTimeout(const QString &nativeCode) const override;

    Result<QStringList> connectOptions(const QList<UrlOption> &urlOptions) const override;
    QStringList defaultConnectOptions() const override;
    QString serverVersionQuery() const override;

protected:
    bool isReservedWord(const QString &lowerCaseWord) const override;
    QString historyIdColumn() const override;
    QString historyTimestampType() const override;
    QStringList markHistoryTableSql(const TableName &table, const QString &marker) const override;
};

} // namespace Stepwise::Core
