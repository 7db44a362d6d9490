-- revision: a00000000001
-- parents:
-- message: one
-- created: 2026-01-01 10:00:00

-- migrate:up
CREATE TABLE one (id INTEGER PRIMARY KEY);

-- migrate:down
DROP TABLE one;
