-- revision: a1
-- parents:
-- message: Init
-- branch_labels: core

-- migrate:up
CREATE TABLE t (id INT);
