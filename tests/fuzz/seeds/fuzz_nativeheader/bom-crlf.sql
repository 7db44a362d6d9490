-- revision: c00000000003
-- parents: 
-- message: crlf

-- migrate:up
SELECT 1;
