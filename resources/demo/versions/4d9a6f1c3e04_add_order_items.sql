-- revision: 4d9a6f1c3e04
-- parents: 3c8f5e0b2d03
-- message: Add order items
-- created: 2026-09-08T16:45:00Z

-- migrate:up
CREATE TABLE order_items (
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents INTEGER NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

-- migrate:down
DROP TABLE order_items;
