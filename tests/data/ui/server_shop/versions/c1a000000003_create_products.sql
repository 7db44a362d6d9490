-- revision: c1a000000003
-- parents: c1a000000002
-- message: Create products

-- migrate:up
CREATE TABLE products (id INTEGER PRIMARY KEY, title VARCHAR(80) NOT NULL);

-- migrate:down
DROP TABLE products;
