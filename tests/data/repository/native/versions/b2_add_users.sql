-- revision: b2
-- parents: a1
-- message: Add users

-- migrate:up
CREATE TABLE users (id INT);

-- migrate:down
DROP TABLE users;
