-- revision: a05f2a7c9e10
-- parents: 9c4f1e6b8d09
-- message: Normalise customer emails to lower case
-- created: 2026-09-29T07:55:00Z

-- migrate:up
-- Data migration: the original spelling of each address is not kept, so there is no way
-- back. Without a down section the revision is irreversible; a downgrade stops before it.
UPDATE customers SET email = lower(trim(email));
