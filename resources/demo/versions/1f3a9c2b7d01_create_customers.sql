-- revision: 1f3a9c2b7d01
-- parents:
-- message: Create customers
-- created: 2026-09-01T09:12:00Z

-- migrate:up
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);

-- migrate:down
DROP TABLE customers;
