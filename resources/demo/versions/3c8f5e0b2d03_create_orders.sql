-- revision: 3c8f5e0b2d03
-- parents: 2b7e4d9a1c02
-- message: Create orders
-- created: 2026-09-05T10:00:00Z

-- migrate:up
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    placed_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX ix_orders_customer ON orders (customer_id);

-- migrate:down
DROP INDEX ix_orders_customer;
DROP TABLE orders;
