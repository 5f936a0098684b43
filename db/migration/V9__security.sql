-- Defences found missing when the platform was probed from outside.

-- Failed logins, counted per account and source address and per source address, so that password
-- guessing is slowed down and then blocked on every instance alike. The key is a SHA-256 digest:
-- neither e-mail addresses nor IP addresses are kept.
CREATE TABLE login_throttle (
  throttle_key  CHAR(64)    NOT NULL,
  failures      INT         NOT NULL,
  first_failure DATETIME(6) NOT NULL,
  last_failure  DATETIME(6) NOT NULL,
  blocked_until DATETIME(6),
  CONSTRAINT pk_login_throttle PRIMARY KEY (throttle_key),
  CONSTRAINT ck_login_throttle_failures CHECK (failures >= 1),
  CONSTRAINT ck_login_throttle_times CHECK (first_failure <= last_failure)
);
CREATE INDEX ix_login_throttle_first ON login_throttle (first_failure);

-- A recognition is a link on the public page of a know-how: only web addresses may stay. One the
-- page editor let through (javascript:, data:, a relative path) is removed with its recognition.
UPDATE know_how
   SET recognition = NULL, recognition_url = NULL
 WHERE recognition_url IS NOT NULL
   AND LOWER(recognition_url) NOT LIKE 'http://%'
   AND LOWER(recognition_url) NOT LIKE 'https://%';
ALTER TABLE know_how ADD CONSTRAINT ck_know_how_recognition_web CHECK (
  recognition_url IS NULL
  OR LOWER(recognition_url) LIKE 'http://%'
  OR LOWER(recognition_url) LIKE 'https://%');
