-- revision: a05f2a7c9e10
-- parents: 7a2d9c4f6b07
-- message: Normalise customer emails to lower case
-- created: 2026-09-17T07:55:00Z

-- migrate:up
-- Data migration: the original spelling of each address is not kept, so there is no way
-- back. Without a down section the revision is irreversible; a downgrade stops before it.
UPDATE customers SET email = lower(trim(email));
