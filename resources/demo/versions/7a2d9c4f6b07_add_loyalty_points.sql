-- revision: 7a2d9c4f6b07
-- parents: 4d9a6f1c3e04
-- message: Add loyalty points to customers
-- created: 2026-09-16T09:40:00Z

-- migrate:up
ALTER TABLE customers ADD COLUMN loyalty_points INTEGER NOT NULL DEFAULT 0;
CREATE INDEX ix_customers_loyalty ON customers (loyalty_points);

-- migrate:down
DROP INDEX ix_customers_loyalty;
ALTER TABLE customers DROP COLUMN loyalty_points;
