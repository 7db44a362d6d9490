-- revision: c1a000000004
-- parents: c1a000000003
-- message: Add a note to orders

-- migrate:up
ALTER TABLE orders ADD COLUMN note VARCHAR(200);

-- migrate:down
ALTER TABLE orders DROP COLUMN note;
