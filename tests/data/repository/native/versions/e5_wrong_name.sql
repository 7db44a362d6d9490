-- revision: e9
-- parents: d4

-- migrate:up
SELECT 5;
