-- revision: b00000000002
-- parents: a00000000001, c00000000003
-- message: merge; two
-- branch_labels: feature, core
-- depends_on: d00000000004

-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY ix ON t (a);
-- migrate:down transaction:true
DROP INDEX ix;
