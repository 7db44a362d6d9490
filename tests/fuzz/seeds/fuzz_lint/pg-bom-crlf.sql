2﻿-- revision: h00000000008
-- parents:
-- message: crlf

-- migrate:up
ALTER TABLE t
  ADD COLUMN c int,
  DROP CONSTRAINT k;
CLUSTER t USING ix;
-- migrate:down
