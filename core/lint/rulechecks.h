#pragma once

// The rules' check functions, one per rule, grouped by category in rules<category>.cpp; the
// registry (lintrule.cpp) ties them to their codes. Internal to core/lint.
namespace Stepwise::Core::Lint {

class StatementContext;
class RevisionContext;

// Destructive and backward-incompatible (SW1xx)
void checkDropTable(StatementContext &c);
void checkDropColumn(StatementContext &c);
void checkDropSchema(StatementContext &c);
void checkTruncate(StatementContext &c);
void checkDropView(StatementContext &c);
void checkDropIndex(StatementContext &c);
void checkDropConstraint(StatementContext &c);
void checkDropType(StatementContext &c);
void checkDropObject(StatementContext &c);
void checkTypeNarrowing(StatementContext &c);
void checkRenameTable(StatementContext &c);
void checkRenameColumn(StatementContext &c);
void checkRenameObject(StatementContext &c);
void checkDropNotNull(StatementContext &c);
void checkDropDefault(StatementContext &c);

// Locks and rewrites (SW2xx)
void checkIndexConcurrently(StatementContext &c);
void checkDropIndexConcurrently(StatementContext &c);
void checkConcurrentlyInTransaction(StatementContext &c);
void checkConstraintNotValid(StatementContext &c);
void checkSetNotNullLock(StatementContext &c);
void checkTypeRewrite(StatementContext &c);
void checkAddColumnRewrite(StatementContext &c);
void checkKeyWithoutIndex(StatementContext &c);
void checkLockTimeout(StatementContext &c);
void checkMysqlCopy(StatementContext &c);
void checkMysqlEnumChange(StatementContext &c);
void checkSqliteRebuild(StatementContext &c);
void checkSqliteForeignKeys(StatementContext &c);
void checkPostgresRewrite(StatementContext &c);
void checkPostgresMaintenance(StatementContext &c);
void checkDomainConstraint(StatementContext &c);

// Data-dependent (SW3xx)
void checkAddNotNull(StatementContext &c);
void checkAddUnique(StatementContext &c);
void checkSetNotNullData(StatementContext &c);
void checkTypeChangeData(StatementContext &c);
void checkAddCheckData(StatementContext &c);

// Hygiene (SW4xx)
void finishDownUndo(RevisionContext &c);
void finishIrreversible(RevisionContext &c);
void checkFailureProne(StatementContext &c);
void checkTransactionControl(StatementContext &c);
void checkInlineReferences(StatementContext &c);
void checkEnumAddValue(StatementContext &c);
void checkResumableConcurrentIndex(StatementContext &c);
void checkIdentifierLength(StatementContext &c);

} // namespace Stepwise::Core::Lint
