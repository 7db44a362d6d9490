2-- revision: c00000000003
-- parents: b00000000002
-- message: suppressions

-- migrate:up
-- stepwise:ignore SW101 the table was emptied by the previous release
DROP TABLE old_audit;
ALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT 0; -- stepwise:ignore SW302, SW201 small table
/* stepwise:ignore SW999 */ CREATE INDEX ix ON t (c);
-- stepwise:ignore SW408 nothing
UPDATE t SET c = 1;
DELETE FROM t; -- stepwise:ignore
-- stepwise:ignore SW103 after the last statement

-- migrate:down
DROP INDEX ix;
