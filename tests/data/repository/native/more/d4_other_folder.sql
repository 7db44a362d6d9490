-- revision: d4
-- parents: c3
-- message: From the second folder
-- colour: blue

-- migrate:up
SELECT 4;
