-- revision: 8b3e0d5a7c08
-- parents: 6f1c8b3e5a06, a05f2a7c9e10
-- message: Merge billing into main line
-- created: 2026-09-18T13:00:00Z

-- migrate:up

-- migrate:down
