2-- revision: a00000000001
-- parents:
-- message: alter table actions

-- migrate:up
ALTER TABLE users ADD COLUMN email text NOT NULL, DROP COLUMN legacy;
ALTER TABLE users ALTER COLUMN age TYPE bigint USING age::bigint;
ALTER TABLE users ALTER COLUMN name SET NOT NULL;
ALTER TABLE users RENAME COLUMN nick TO handle;
ALTER TABLE IF EXISTS ONLY public.users RENAME TO people;
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES people (id) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk;
ALTER TABLE orders ADD CONSTRAINT qty_pos CHECK (qty > 0), ADD PRIMARY KEY (id), ADD UNIQUE (code);
ALTER TABLE orders ALTER COLUMN note DROP NOT NULL, SET SCHEMA archive;
TRUNCATE orders;
DROP TABLE legacy CASCADE;

-- migrate:down
ALTER TABLE people RENAME TO users;
ALTER TABLE users DROP COLUMN email;
