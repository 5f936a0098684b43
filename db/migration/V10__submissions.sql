-- Requests sent twice do their work once: an API client's Idempotency-Key, a page form's token.
-- The first request's outcome is kept a day, keyed by a SHA-256 digest of who sent it and the key,
-- so that the same key answers the same again without doing anything.
CREATE TABLE submission (
  key_hash     CHAR(64)      NOT NULL,
  request_hash CHAR(64)      NOT NULL,
  state        VARCHAR(8)    NOT NULL,
  status       INT,
  content_type VARCHAR(200),
  location     VARCHAR(2000),
  body         LONGTEXT,
  created_at   DATETIME(6)   NOT NULL,
  CONSTRAINT pk_submission PRIMARY KEY (key_hash),
  CONSTRAINT ck_submission_state CHECK (state IN ('RUNNING', 'DONE')),
  CONSTRAINT ck_submission_done CHECK (state = 'RUNNING' OR status IS NOT NULL)
);
CREATE INDEX ix_submission_created ON submission (created_at);
