-- revision: c3
-- parents: b2
-- message: Windows file

-- migrate:up
SELECT 1;
