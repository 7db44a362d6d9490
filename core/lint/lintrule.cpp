#include "core/lint/lintrule.h"

#include "core/lint/rulechecks.h"

#include <QCoreApplication>

namespace Stepwise::Core {

namespace {

using namespace Lint;

constexpr quint8 G = 1u << unsigned(SqlSyntax::Generic);
constexpr quint8 S = 1u << unsigned(SqlSyntax::SQLite);
constexpr quint8 P = 1u << unsigned(SqlSyntax::PostgreSQL);
constexpr quint8 M = 1u << unsigned(SqlSyntax::MySQL);
constexpr quint8 All = G | S | P | M;

constexpr LintSeverity E = LintSeverity::Error;
constexpr LintSeverity W = LintSeverity::Warning;
constexpr LintSeverity N = LintSeverity::Notice;

constexpr LintCategory Destructive = LintCategory::Destructive;
constexpr LintCategory Locking = LintCategory::Locking;
constexpr LintCategory Data = LintCategory::DataDependent;
constexpr LintCategory Hygiene = LintCategory::Hygiene;

// The registry: the one table of rules. docs/lint.md documents each row with an example, and
// tests/core/tst_lint.cpp holds a triggering, a safe and a suppressed case for each (rule,
// dialect) pair: a row added here without them fails that test.
const LintRule rules[] = {
    // --- Destructive and backward-incompatible
    { "SW101", "drop-table", E, Destructive, All, QT_TRANSLATE_NOOP("Stepwise", "Table dropped"),
        QT_TRANSLATE_NOOP("Stepwise",
            "DROP TABLE deletes the table and every row in it. A downgrade can "
            "create the table again but not its data, and clients still using it "
            "fail at once."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Stop using the table in a release first and keep a copy of its data "
            "(or rename it and drop it in a later revision once nothing misses it); "
            "then suppress the finding, giving the reason."),
        checkDropTable, nullptr },
    { "SW102", "drop-column", E, Destructive, All, QT_TRANSLATE_NOOP("Stepwise", "Column dropped"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Dropping a column deletes its value in every row, and clients that "
            "still select or insert it fail until they are deployed without it."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Deploy clients that no longer use the column first (ignore it in the "
            "ORM), then drop it in a later revision; keep a copy if the data may be "
            "needed."),
        checkDropColumn, nullptr },
    { "SW103", "drop-schema", E, Destructive, P | M | G,
        QT_TRANSLATE_NOOP("Stepwise", "Schema or database dropped"),
        QT_TRANSLATE_NOOP("Stepwise",
            "DROP SCHEMA and DROP DATABASE remove every object in it with all its "
            "data; CASCADE also takes objects elsewhere that depend on them."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Drop the objects one by one in revisions that say what is lost, after "
            "exporting what may be needed."),
        checkDropSchema, nullptr },
    { "SW104", "truncate", E, Destructive, P | M | G,
        QT_TRANSLATE_NOOP("Stepwise", "Table truncated"),
        QT_TRANSLATE_NOOP("Stepwise",
            "TRUNCATE deletes every row at once (with CASCADE, of the tables that "
            "reference it too), locks the table exclusively, and no down section "
            "can bring the rows back."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Delete only the rows that must go (DELETE ... WHERE, in batches); if "
            "the table must really be emptied, suppress the finding with the "
            "reason."),
        checkTruncate, nullptr },
    { "SW105", "drop-view", W, Destructive, All, QT_TRANSLATE_NOOP("Stepwise", "View dropped"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Clients and other views that select from the view fail once it is "
            "gone; a materialized view also loses its stored rows."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Drop the view once no client uses it; to change it, use CREATE OR "
            "REPLACE VIEW with compatible columns."),
        checkDropView, nullptr },
    { "SW106", "drop-index", W, Destructive, All, QT_TRANSLATE_NOOP("Stepwise", "Index dropped"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Queries that relied on the index turn into scans, which can overload "
            "the database; a unique index also stops enforcing uniqueness."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Check that the index is unused first (pg_stat_user_indexes, "
            "sys.schema_unused_indexes) and build any replacement before dropping "
            "it."),
        checkDropIndex, nullptr },
    { "SW107", "drop-constraint", W, Destructive, P | M | G,
        QT_TRANSLATE_NOOP("Stepwise", "Constraint dropped"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Without the primary key, unique, foreign key or check constraint the "
            "database stops enforcing it: invalid rows can arrive at once, and "
            "adding the constraint back later may fail on them."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Drop it only once the rule is enforced elsewhere or replaced; to "
            "change a constraint, add the new one first (NOT VALID, then "
            "VALIDATE), then drop the old one."),
        checkDropConstraint, nullptr },
    { "SW108", "drop-type", W, Destructive, P, QT_TRANSLATE_NOOP("Stepwise", "Type dropped"),
        QT_TRANSLATE_NOOP("Stepwise",
            "DROP TYPE and DROP DOMAIN fail while a column uses the type, and with "
            "CASCADE drop those columns with their data."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Move the columns to another type first, then drop the unused type "
            "without CASCADE."),
        checkDropType, nullptr },
    { "SW109", "drop-object", N, Destructive, All,
        QT_TRANSLATE_NOOP("Stepwise", "Function, trigger, sequence or other object dropped"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Dropping a function, procedure, trigger, sequence, extension, policy or "
            "similar object breaks what calls or relies on it: triggers stop "
            "enforcing their rules, defaults that call nextval() fail, policies stop "
            "filtering rows."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Make sure nothing depends on it (application code, column defaults, "
            "other functions); create its replacement first if the behaviour must "
            "go on."),
        checkDropObject, nullptr },
    { "SW110", "type-narrowing", E, Destructive, P | M | G,
        QT_TRANSLATE_NOOP("Stepwise", "Column type narrowed"),
        QT_TRANSLATE_NOOP("Stepwise",
            "The new type holds fewer values than the old one (shorter text, a "
            "smaller integer, fewer digits, enum values removed): PostgreSQL and "
            "strict MySQL refuse the change when a row does not fit, and MySQL "
            "without strict mode cuts the values silently."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Check that the data fits first, or add a column of the narrower type, "
            "copy what fits, switch clients and drop the old column later."),
        checkTypeNarrowing, nullptr },
    { "SW111", "rename-table", W, Destructive, All, QT_TRANSLATE_NOOP("Stepwise", "Table renamed"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Running clients use the old name and fail from the moment the rename "
            "commits until they are redeployed; the two cannot happen at the same "
            "instant."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Expand and contract: keep the old name working (a view or updatable "
            "view under it), move clients to the new name, and remove the old one "
            "in a later revision."),
        checkRenameTable, nullptr },
    { "SW112", "rename-column", W, Destructive, All,
        QT_TRANSLATE_NOOP("Stepwise", "Column renamed"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Running clients select and insert the old column name and fail until "
            "they are redeployed."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Add the new column, write both, copy the values, move readers to the "
            "new column, then drop the old one in a later revision."),
        checkRenameColumn, nullptr },
    { "SW113", "rename-object", N, Destructive, P | M | G,
        QT_TRANSLATE_NOOP("Stepwise", "Index, constraint, view, type or schema renamed"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Renaming an index, constraint, view, type, sequence or schema, or "
            "moving an object to another schema, breaks what names it: queries, "
            "index hints, ON CONFLICT ON CONSTRAINT, search paths."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Rename only objects no client names; otherwise provide the new name "
            "alongside the old one first."),
        checkRenameObject, nullptr },
    { "SW114", "drop-not-null", N, Destructive, P | G,
        QT_TRANSLATE_NOOP("Stepwise", "NOT NULL dropped"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Clients that assume the column always has a value read NULLs as soon "
            "as other clients write them, and NOT NULL cannot be put back while any "
            "are there."),
        QT_TRANSLATE_NOOP("Stepwise", "Deploy readers that handle NULL before this change."),
        checkDropNotNull, nullptr },
    { "SW115", "drop-default", N, Destructive, P | M | G,
        QT_TRANSLATE_NOOP("Stepwise", "Column default dropped"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Inserts that leave the column out get NULL from now on, or fail when "
            "the column is NOT NULL: clients deployed before the change rely on the "
            "default."),
        QT_TRANSLATE_NOOP(
            "Stepwise", "Drop the default only once every client sets the column itself."),
        checkDropDefault, nullptr },

    // --- Locks and table rewrites
    { "SW201", "index-without-concurrently", W, Locking, P,
        QT_TRANSLATE_NOOP("Stepwise", "Index built without CONCURRENTLY"),
        QT_TRANSLATE_NOOP("Stepwise",
            "CREATE INDEX without CONCURRENTLY holds a SHARE lock on the table for "
            "the whole build: inserts, updates and deletes wait until it is done, "
            "minutes on a large table."),
        QT_TRANSLATE_NOOP("Stepwise",
            "CREATE INDEX CONCURRENTLY, in a section marked \"-- migrate:up "
            "transaction:false\". On a table created in the same section the plain "
            "form is fine."),
        checkIndexConcurrently, nullptr },
    { "SW202", "drop-index-without-concurrently", W, Locking, P,
        QT_TRANSLATE_NOOP("Stepwise", "Index dropped without CONCURRENTLY"),
        QT_TRANSLATE_NOOP("Stepwise",
            "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the "
            "index's table: while it waits for running queries, every new query on "
            "the table queues behind it."),
        QT_TRANSLATE_NOOP(
            "Stepwise", "DROP INDEX CONCURRENTLY, in a section marked transaction:false."),
        checkDropIndexConcurrently, nullptr },
    { "SW203", "concurrently-in-transaction", E, Locking, P,
        QT_TRANSLATE_NOOP("Stepwise", "CONCURRENTLY inside a transaction"),
        QT_TRANSLATE_NOOP("Stepwise",
            "PostgreSQL refuses CREATE INDEX, DROP INDEX, REINDEX and DETACH "
            "PARTITION with CONCURRENTLY inside a transaction block, and Stepwise "
            "runs a section in one unless its marker says transaction:false."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Put the statement in a section marked \"-- migrate:up "
            "transaction:false\" (best alone in its revision), without BEGIN "
            "around it."),
        checkConcurrentlyInTransaction, nullptr },
    { "SW204", "constraint-without-not-valid", W, Locking, P,
        QT_TRANSLATE_NOOP("Stepwise", "Foreign key or check added without NOT VALID"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Adding a foreign key or check constraint checks every existing row "
            "while holding a lock that blocks writes (for a foreign key, on both "
            "tables)."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Add it with NOT VALID (new rows are checked at once, the lock is "
            "brief), then VALIDATE CONSTRAINT in a later statement: validating takes "
            "a lock that lets reads and writes go on."),
        checkConstraintNotValid, nullptr },
    { "SW205", "set-not-null", W, Locking, P,
        QT_TRANSLATE_NOOP("Stepwise", "SET NOT NULL scans the table under an exclusive lock"),
        QT_TRANSLATE_NOOP("Stepwise",
            "SET NOT NULL reads the whole table looking for NULLs while holding an "
            "ACCESS EXCLUSIVE lock: no reads or writes until it is done."),
        QT_TRANSLATE_NOOP("Stepwise",
            "ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE "
            "CONSTRAINT c; then SET NOT NULL, which PostgreSQL 12 and later prove "
            "from the valid check without a scan (drop the check afterwards)."),
        checkSetNotNullLock, nullptr },
    { "SW206", "type-change-rewrite", W, Locking, P,
        QT_TRANSLATE_NOOP("Stepwise", "Column type change rewrites the table"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Changing a column's type rewrites the table and rebuilds its indexes "
            "under an ACCESS EXCLUSIVE lock, except varchar(n) to a longer varchar "
            "or text and numeric to a larger precision with the same scale."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Add a column of the new type, fill it in batches (kept in step by a "
            "trigger), switch clients, then drop the old column; or keep to a change "
            "that needs no rewrite."),
        checkTypeRewrite, nullptr },
    { "SW207", "add-column-rewrite", W, Locking, P,
        QT_TRANSLATE_NOOP("Stepwise", "New column rewrites the table"),
        QT_TRANSLATE_NOOP("Stepwise",
            "A new column whose value is computed per row rewrites the table under "
            "an ACCESS EXCLUSIVE lock: a volatile DEFAULT (random(), "
            "gen_random_uuid(), clock_timestamp(), nextval() and so serial types), a "
            "STORED generated column, an identity column. A constant or stable "
            "DEFAULT (0, 'x', now()) is only recorded in the catalog."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Add the column without that default, then SET DEFAULT for new rows and "
            "fill the existing rows in batches."),
        checkAddColumnRewrite, nullptr },
    { "SW208", "add-key-without-index", W, Locking, P,
        QT_TRANSLATE_NOOP(
            "Stepwise", "Primary key or unique constraint builds its index under lock"),
        QT_TRANSLATE_NOOP("Stepwise",
            "ADD PRIMARY KEY or ADD UNIQUE builds a unique index while holding an "
            "ACCESS EXCLUSIVE lock on the table: no reads or writes for the whole "
            "build."),
        QT_TRANSLATE_NOOP("Stepwise",
            "CREATE UNIQUE INDEX CONCURRENTLY first (transaction:false), then ADD "
            "CONSTRAINT c PRIMARY KEY USING INDEX idx (or UNIQUE USING INDEX), which "
            "holds the lock only briefly."),
        checkKeyWithoutIndex, nullptr },
    { "SW209", "missing-lock-timeout", N, Locking, P | M,
        QT_TRANSLATE_NOOP("Stepwise", "No short lock timeout before a locking change"),
        QT_TRANSLATE_NOOP("Stepwise",
            "A schema change first waits for its table's lock, and while it waits "
            "every other query on the table queues behind it. Without a short lock "
            "timeout that wait (PostgreSQL: unlimited; MySQL's lock_wait_timeout: a "
            "year; Stepwise's runs: 30 s unless configured) is an outage."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Start the section with SET lock_timeout = '2s' (MySQL: SET SESSION "
            "lock_wait_timeout = 2), or set lock_timeout under [database] in "
            "stepwise.ini or --lock-timeout to 5 s or less; retry when it times "
            "out."),
        checkLockTimeout, nullptr },
    { "SW210", "mysql-table-copy", W, Locking, M,
        QT_TRANSLATE_NOOP("Stepwise", "Change copies or locks the table (MySQL)"),
        QT_TRANSLATE_NOOP("Stepwise",
            "MySQL and MariaDB make this change by copying the table row by row "
            "(ALGORITHM=COPY) or rebuilding it while writes wait: a column's type or "
            "character set, the primary key, ENGINE= and FORCE. FULLTEXT and SPATIAL "
            "indexes block writes while they build."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Ask for ALGORITHM=INSTANT or ALGORITHM=INPLACE, LOCK=NONE so that the "
            "server refuses rather than copies, or make the change with an online "
            "schema change tool (gh-ost, pt-online-schema-change)."),
        checkMysqlCopy, nullptr },
    { "SW211", "mysql-enum-change", W, Locking, M,
        QT_TRANSLATE_NOOP("Stepwise", "ENUM or SET values removed, reordered or inserted (MySQL)"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Changing an ENUM or SET list is instant only when values are appended "
            "and the storage size stays (ENUM up to 255 values, SET within its byte "
            "boundary); removing, reordering or inserting values copies the table, "
            "and reordering also changes how rows sort and the numbers they hold."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Only append values at the end of the list; leave unused values in "
            "place."),
        checkMysqlEnumChange, nullptr },
    { "SW212", "sqlite-table-rebuild", N, Locking, S,
        QT_TRANSLATE_NOOP("Stepwise", "Table rebuilt by copying (SQLite)"),
        QT_TRANSLATE_NOOP("Stepwise",
            "A rebuild (new table, copy the rows, drop the old table, rename) "
            "copies every row while holding the database's write lock, and loses "
            "the old table's indexes and triggers unless they are created again."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Use ALTER TABLE ADD COLUMN, RENAME COLUMN or DROP COLUMN where they "
            "suffice; otherwise follow SQLite's twelve steps: foreign keys off "
            "outside the transaction, indexes, triggers and views created again, "
            "PRAGMA foreign_key_check before committing."),
        checkSqliteRebuild, nullptr },
    { "SW213", "sqlite-foreign-keys-in-transaction", E, Locking, S,
        QT_TRANSLATE_NOOP("Stepwise", "PRAGMA foreign_keys inside a transaction (SQLite)"),
        QT_TRANSLATE_NOOP("Stepwise",
            "PRAGMA foreign_keys does nothing inside a transaction, and Stepwise "
            "runs this section in one: foreign keys stay on, so dropping a table "
            "during a rebuild runs ON DELETE actions on the rows that reference it, "
            "or fails."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Mark the section transaction:false and write PRAGMA foreign_keys = OFF "
            "before its own BEGIN and PRAGMA foreign_keys = ON after its COMMIT."),
        checkSqliteForeignKeys, nullptr },
    { "SW214", "table-rewrite", W, Locking, P,
        QT_TRANSLATE_NOOP("Stepwise", "Statement rewrites the whole table"),
        QT_TRANSLATE_NOOP("Stepwise",
            "SET LOGGED or UNLOGGED, SET ACCESS METHOD, SET TABLESPACE, VACUUM FULL "
            "and CLUSTER rewrite the whole table under an ACCESS EXCLUSIVE lock: no "
            "reads or writes until the copy is done."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Run it in a maintenance window, or use pg_repack, which rewrites tables "
            "online, instead of VACUUM FULL and CLUSTER."),
        checkPostgresRewrite, nullptr },
    { "SW215", "blocking-maintenance", W, Locking, P,
        QT_TRANSLATE_NOOP("Stepwise", "REINDEX, DETACH PARTITION or REFRESH without CONCURRENTLY"),
        QT_TRANSLATE_NOOP("Stepwise",
            "REINDEX and DETACH PARTITION without CONCURRENTLY block writes to the "
            "table, and REFRESH MATERIALIZED VIEW without it blocks reads of the "
            "view, for as long as they take."),
        QT_TRANSLATE_NOOP("Stepwise",
            "REINDEX ... CONCURRENTLY and DETACH PARTITION ... CONCURRENTLY (in a "
            "transaction:false section), REFRESH MATERIALIZED VIEW CONCURRENTLY (the "
            "view needs a unique index)."),
        checkPostgresMaintenance, nullptr },
    { "SW216", "domain-constraint", W, Locking, P,
        QT_TRANSLATE_NOOP("Stepwise", "Domain constraint added without NOT VALID"),
        QT_TRANSLATE_NOOP("Stepwise",
            "ALTER DOMAIN ... ADD CONSTRAINT checks every column of every table "
            "that uses the domain, holding locks that block writes to them."),
        QT_TRANSLATE_NOOP(
            "Stepwise", "Add it with NOT VALID, then ALTER DOMAIN ... VALIDATE CONSTRAINT."),
        checkDomainConstraint, nullptr },

    // --- Data-dependent: may fail on the rows in production
    { "SW301", "add-not-null-without-default", E, Data, All,
        QT_TRANSLATE_NOOP("Stepwise", "NOT NULL column added without a default"),
        QT_TRANSLATE_NOOP("Stepwise",
            "A new NOT NULL column without DEFAULT has no value for the existing "
            "rows: PostgreSQL refuses it as soon as the table has a row, SQLite "
            "always, and MySQL and MariaDB fill in 0, '' or a zero date silently."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Give it a DEFAULT, or add it nullable, fill it, then make it NOT NULL "
            "(in PostgreSQL through a NOT VALID check, see SW205)."),
        checkAddNotNull, nullptr },
    { "SW302", "add-unique", W, Data, All,
        QT_TRANSLATE_NOOP("Stepwise", "Unique index, unique constraint or primary key added"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Adding a unique index, unique constraint or primary key fails if the "
            "existing rows hold duplicates (or NULLs, for a primary key), which a "
            "test database seldom shows."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Look for duplicates first (GROUP BY ... HAVING count(*) > 1) and clean "
            "them up in an earlier revision."),
        checkAddUnique, nullptr },
    { "SW303", "set-not-null-may-fail", W, Data, P | M | G,
        QT_TRANSLATE_NOOP("Stepwise", "Column made NOT NULL"),
        QT_TRANSLATE_NOOP(
            "Stepwise", "Making a column NOT NULL fails if an existing row holds NULL in it."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Fill the NULLs first in the same section (UPDATE t SET c = ... WHERE c "
            "IS NULL), or prove there are none with a validated CHECK (c IS NOT "
            "NULL)."),
        checkSetNotNullData, nullptr },
    { "SW304", "type-change-may-fail", W, Data, P | M | G,
        QT_TRANSLATE_NOOP("Stepwise", "Column type changed: values may not convert"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Whether the existing values convert to the new type depends on them: "
            "text that is not a number, numbers that do not fit, dates in another "
            "format. The revision does not show the old type as one the new type "
            "holds (a down section that changes it back names it)."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Check that the values convert before the revision runs, or add a new "
            "column, convert in batches and switch."),
        checkTypeChangeData, nullptr },
    // PostgreSQL: SW204 reports these (with NOT VALID as the way out).
    { "SW305", "add-check-may-fail", W, Data, M | G,
        QT_TRANSLATE_NOOP("Stepwise", "Check constraint or foreign key added to a table with rows"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Adding a CHECK constraint or a FOREIGN KEY reads every existing row: the "
            "statement fails if one fails the check or points at a parent row that is "
            "not there, which a test database seldom shows."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Find the rows first (SELECT ... WHERE NOT (check), or a LEFT JOIN to the "
            "parent table) and fix them in an earlier revision."),
        checkAddCheckData, nullptr },

    // --- Hygiene: the revision as a whole
    { "SW401", "down-does-not-undo", W, Hygiene, All,
        QT_TRANSLATE_NOOP("Stepwise", "Down section does not undo the up section"),
        QT_TRANSLATE_NOOP("Stepwise",
            "A downgrade should leave the schema as it was before the upgrade; an "
            "object the up section creates, drops, renames or changes is not "
            "dropped, created again, renamed back or changed back by the down "
            "section, so a downgrade leaves it behind and the next upgrade may fail "
            "on it."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Add the statement that undoes it to the down section; if it cannot be "
            "undone, suppress the finding with the reason."),
        nullptr, finishDownUndo },
    { "SW402", "irreversible", W, Hygiene, All,
        QT_TRANSLATE_NOOP("Stepwise", "Up section without a working down section"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Without a down section the revision is irreversible and a downgrade "
            "through it stops; an empty one records the downgrade while the changes "
            "stay in the database."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Write the down section; if the change cannot be undone, keep it "
            "irreversible on purpose and say so with \"-- stepwise:ignore SW402 "
            "reason\" on the up section's first statement."),
        nullptr, finishIrreversible },
    { "SW403", "failure-prone-not-last", W, Hygiene, All,
        QT_TRANSLATE_NOOP(
            "Stepwise", "Statement that may fail followed by others outside a transaction"),
        QT_TRANSLATE_NOOP("Stepwise",
            "This section does not run as one transaction (MySQL and MariaDB commit "
            "each DDL statement; transaction:false; generic ODBC), and this "
            "statement may fail on the data. If it does, the statements before it "
            "stay applied and those after it do not run: the schema is left half "
            "way, in a state no revision describes, until the data is fixed and the "
            "run resumed."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Make the statement that may fail the last of its section, or give it a "
            "revision of its own, and check the data before running."),
        checkFailureProne, nullptr },
    { "SW404", "transaction-control", E, Hygiene, All,
        QT_TRANSLATE_NOOP("Stepwise", "BEGIN, COMMIT or ROLLBACK in a section"),
        QT_TRANSLATE_NOOP("Stepwise",
            "Stepwise runs a transactional section in a transaction of its own and "
            "records the step in it: a COMMIT ends it early (what follows runs "
            "outside, and a failure then leaves the history wrong), BEGIN is refused "
            "or ignored, ROLLBACK throws away part of the step. In a section marked "
            "transaction:false, a BEGIN without COMMIT leaves a transaction open."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Leave transaction control to Stepwise; for statements that must run "
            "outside a transaction, mark the section transaction:false and close "
            "every transaction it opens."),
        checkTransactionControl, nullptr },
    { "SW405", "mysql-inline-references", N, Hygiene, M,
        QT_TRANSLATE_NOOP("Stepwise", "Inline REFERENCES ignored (MySQL)"),
        QT_TRANSLATE_NOOP("Stepwise",
            "MySQL reads a REFERENCES clause written on a column and ignores it: no "
            "foreign key is created (MariaDB 10.5 and later do create one)."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Declare the foreign key as a table constraint: FOREIGN KEY (col) "
            "REFERENCES other (id)."),
        checkInlineReferences, nullptr },
    { "SW406", "enum-value-in-transaction", N, Hygiene, P,
        QT_TRANSLATE_NOOP("Stepwise", "Enum value added inside a transaction"),
        QT_TRANSLATE_NOOP("Stepwise",
            "ALTER TYPE ... ADD VALUE in a transactional section: PostgreSQL before "
            "12 refuses it, and later versions do not let the same transaction use "
            "the new value, so a later statement of the section that does fails. No "
            "down section can remove the value again, and without BEFORE or AFTER it "
            "sorts last."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Add the value in a section of its own marked transaction:false (or a "
            "revision of its own) before the statements that use it, with BEFORE or "
            "AFTER when the order matters."),
        checkEnumAddValue, nullptr },
    { "SW407", "concurrent-index-not-resumable", N, Hygiene, P,
        QT_TRANSLATE_NOOP("Stepwise", "Failed concurrent index build blocks a resumed run"),
        QT_TRANSLATE_NOOP("Stepwise",
            "A CREATE INDEX CONCURRENTLY that fails (duplicates, a deadlock, a "
            "cancelled run) leaves an INVALID index behind; when the run is resumed "
            "the statement runs again and fails because the index exists, and IF NOT "
            "EXISTS keeps the invalid index silently."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Precede it with DROP INDEX CONCURRENTLY IF EXISTS of the same name, so "
            "that a resumed run starts clean."),
        checkResumableConcurrentIndex, nullptr },
    { "SW408", "bad-suppression", W, Hygiene, All,
        QT_TRANSLATE_NOOP("Stepwise", "stepwise:ignore comment that does not work"),
        QT_TRANSLATE_NOOP("Stepwise",
            "A stepwise:ignore comment names codes that exist, gives a reason, and "
            "suppresses a finding of its statement; otherwise it documents nothing "
            "or hides a typo."),
        QT_TRANSLATE_NOOP("Stepwise",
            "\"-- stepwise:ignore SW201 the table has 40 rows\" on the statement, on "
            "the line before it, or at the end of its line."),
        nullptr, nullptr }, // checked where suppressions are matched (linter.cpp)
    { "SW409", "identifier-too-long", W, Hygiene, P | M,
        QT_TRANSLATE_NOOP("Stepwise", "Name longer than the database keeps"),
        QT_TRANSLATE_NOOP("Stepwise",
            "PostgreSQL cuts names longer than 63 bytes with only a notice, so the "
            "object gets another name than the one written, and statements and the "
            "down section that use the full name miss it or meet another object cut "
            "to the same name; MySQL refuses names over 64 characters."),
        QT_TRANSLATE_NOOP("Stepwise",
            "Use a shorter name (ix_users_email rather than every column spelled "
            "out)."),
        checkIdentifierLength, nullptr },
};

QString translate(const char *text)
{
    return QCoreApplication::translate("Stepwise", text);
}

} // namespace

QString LintRule::translatedTitle() const
{
    return translate(title);
}

QString LintRule::translatedExplanation() const
{
    return translate(explanation);
}

QString LintRule::translatedSafeAlternative() const
{
    return translate(safeAlternative);
}

std::span<const LintRule> lintRules()
{
    return rules;
}

const LintRule *findLintRule(QStringView code)
{
    for (const LintRule &rule : rules) {
        if (code.compare(QLatin1StringView(rule.code), Qt::CaseInsensitive) == 0)
            return &rule;
    }
    return nullptr;
}

QString lintSeverityName(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Error:
        return QStringLiteral("error");
    case LintSeverity::Warning:
        return QStringLiteral("warning");
    case LintSeverity::Notice:
        break;
    }
    return QStringLiteral("notice");
}

} // namespace Stepwise::Core
