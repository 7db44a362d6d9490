2-- revision: e00000000005
-- parents:
-- message: dollar quotes

-- migrate:up
CREATE FUNCTION f() RETURNS trigger AS $body$
BEGIN
  ALTER TABLE x DROP COLUMN y; -- not a statement
  RETURN NEW;
END;
$body$ LANGUAGE plpgsql;
DO $$ BEGIN EXECUTE 'DROP TABLE z'; END $$;
CREATE TABLE s (id bigserial PRIMARY KEY, v jsonb DEFAULT $q$[]$q$::jsonb);
ALTER TABLE s ADD COLUMN w text DEFAULT E'a\'b';

-- migrate:down
DROP FUNCTION f();
DROP TABLE s;
