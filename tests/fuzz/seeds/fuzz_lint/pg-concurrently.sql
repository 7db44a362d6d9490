2-- revision: b00000000002
-- parents: a00000000001
-- message: concurrent index

-- migrate:up transaction:false
SET lock_timeout = '5s';
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_users_email ON users (lower(email));
CREATE INDEX ix_orders_user ON orders USING btree (user_id) WHERE deleted_at IS NULL;
DROP INDEX CONCURRENTLY IF EXISTS ix_old;
REINDEX INDEX CONCURRENTLY ix_users_email;
-- migrate:down transaction:false
DROP INDEX CONCURRENTLY ix_users_email;
DROP INDEX ix_orders_user;
