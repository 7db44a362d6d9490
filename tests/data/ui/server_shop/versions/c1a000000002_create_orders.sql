-- revision: c1a000000002
-- parents: c1a000000001
-- message: Create orders

-- migrate:up
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
);
CREATE INDEX ix_orders_customer ON orders (customer_id);

-- migrate:down
DROP TABLE orders;
