-- revision: c1a000000001
-- parents:
-- message: Create customers

-- migrate:up
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    email VARCHAR(120) NOT NULL,
    points INTEGER NOT NULL DEFAULT 0
);

-- migrate:down
DROP TABLE customers;
