#pragma once

#include "core/db/dialect.h"

namespace Stepwise::Core {

// MySQL and MariaDB: backtick quoting, DDL commits implicitly (no transactional DDL),
// GET_LOCK named locks.
class MysqlDialect : public Dialect
{
public:
    QString name() const override;
    QString qtDriver() const override;
    QString splitterName() const override;
    int defaultPort() const override { return 3306; }
    bool hasTransactionalDdl() const override { return false; }
    bool ddlCommitsImplicitly() const override { return true; }
    QString autocommitSql(bool on) const override;

    QString quoteString(const QString &value) const override;
    QString timestampSelect(const QString &quotedColumn) const override;
    BoundSql tableExistsQuery(const TableName &table) const override;
    BoundSql tablesFormatQuery(const TableName &history) const override;
    QStringList upgradeHistoryTableSql(const TableName &history,
                                       const QStringList &missingColumns) const override;
    QString currentTimestampSql() const override;

    bool hasSessionLock() const override { return true; }
    BoundSql tryLockQuery(const QString &lockName, qint64 key) const override;
    BoundSql unlockQuery(const QString &lockName, qint64 key) const override;
    BoundSql lockHolderQuery(const QString &lockName, qint64 key) const override;
    bool isLockTimeout(const QString &nativeCode) const override;

    Result<QStringList> connectOptions(const QList<UrlOption> &urlOptions) const override;
    QStringList defaultConnectOptions() const override;
    QStringList sessionSetupSql() const override;
    QString serverVersionQuery() const override;

protected:
    QChar openQuote() const override { return u'`'; }
    QChar closeQuote() const override { return u'`'; }
    bool isReservedWord(const QString &lowerCaseWord) const override;
    QString historyIdColumn() const override;
    QString historyTimestampType() const override;
    QString historyTableOptions(const QString &marker) const override;
    QStringList markHistoryTableSql(const TableName &table, const QString &marker) const override;
};

} // namespace Stepwise::Core
