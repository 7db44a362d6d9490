-- revision: 2b7e4d9a1c02
-- parents: 1f3a9c2b7d01
-- message: Create products
-- created: 2026-09-02T14:30:00Z

-- migrate:up
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0)
);
INSERT INTO products (sku, title, price_cents) VALUES
    ('MUG-001', 'Stepwise mug', 1200),
    ('TEE-002', 'Migration tee; size M', 2400);

-- migrate:down
DROP TABLE products;
