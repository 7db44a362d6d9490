-- revision: 5e0b7a2d4f05
-- parents: 4d9a6f1c3e04
-- message: Create invoices
-- created: 2026-09-12T08:20:00Z
-- branch_labels: billing

-- migrate:up
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL UNIQUE REFERENCES orders (id),
    number TEXT NOT NULL UNIQUE,
    total_cents INTEGER NOT NULL DEFAULT 0,
    issued_at TEXT
);

-- migrate:down
DROP TABLE invoices;
