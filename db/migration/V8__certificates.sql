-- Certificates: the minimum attendance of a training, the platform's signing keys, the status
-- lists through which certificates are revoked, the certificates themselves (their credential and
-- their PDF, stored once) and the batches that issue them.

-- The minimum share of the planned hours that earns a certificate of completion.
ALTER TABLE training ADD COLUMN min_attendance_percent INT NOT NULL DEFAULT 80;
ALTER TABLE training ADD CONSTRAINT ck_training_min_attendance CHECK (min_attendance_percent BETWEEN 0 AND 100);

-- Signing keys. A key the platform generated keeps its private JWK here; a key given by the
-- configuration (a PEM file) keeps only its public JWK, so that what it signed still verifies
-- after it is replaced. At most one key is active: active_guard is 'A' for it, NULL for the others,
-- under a unique key, so that two instances starting together cannot both make one.
CREATE TABLE issuer_key (
  kid          VARCHAR(64)   NOT NULL,
  public_jwk   VARCHAR(4000) NOT NULL,
  private_jwk  TEXT,
  origin       VARCHAR(12)   NOT NULL,
  active       BOOLEAN       NOT NULL,
  active_guard CHAR(1),
  created_at   DATETIME(6)   NOT NULL,
  CONSTRAINT pk_issuer_key PRIMARY KEY (kid),
  CONSTRAINT uq_issuer_key_active UNIQUE (active_guard),
  CONSTRAINT ck_issuer_key_origin CHECK (origin IN ('GENERATED', 'CONFIGURED')),
  CONSTRAINT ck_issuer_key_private CHECK ((origin = 'GENERATED' AND private_jwk IS NOT NULL) OR (origin = 'CONFIGURED' AND private_jwk IS NULL)),
  CONSTRAINT ck_issuer_key_active CHECK ((active = TRUE AND active_guard = 'A') OR (active = FALSE AND active_guard IS NULL))
);

-- Bitstring status lists: indexes are handed out under a lock of the list's row; the latest signed
-- status list credential is kept with it, signed again at each revocation.
CREATE TABLE status_list (
  list_number INT          NOT NULL,
  size        INT          NOT NULL,
  next_index  INT          NOT NULL,
  credential  TEXT,
  signed_at   DATETIME(6),
  CONSTRAINT pk_status_list PRIMARY KEY (list_number),
  CONSTRAINT ck_status_list_size CHECK (size >= 131072 AND MOD(size, 8) = 0),
  CONSTRAINT ck_status_list_next CHECK (next_index BETWEEN 0 AND size)
);
INSERT INTO status_list (list_number, size, next_index) VALUES (1, 131072, 0);

-- One certificate per recipient and subject while it is valid: live_key is the subject and the
-- recipient while valid, NULL once revoked, under a unique key (NULLs never collide).
CREATE TABLE certificate (
  id                     CHAR(36)      NOT NULL,
  code                   CHAR(12)      NOT NULL,
  kind                   VARCHAR(28)   NOT NULL,
  subject_type           VARCHAR(16)   NOT NULL,
  subject_id             CHAR(36)      NOT NULL,
  recipient_id           CHAR(36)      NOT NULL,
  manufacture_id         CHAR(36)      NOT NULL,
  recipient_name         VARCHAR(200)  NOT NULL,
  title                  VARCHAR(200)  NOT NULL,
  action_nature          VARCHAR(100)  NOT NULL,
  know_how               VARCHAR(200)  NOT NULL,
  craft                  VARCHAR(200)  NOT NULL,
  from_day               DATE          NOT NULL,
  to_day                 DATE          NOT NULL,
  attended_minutes       INT           NOT NULL,
  planned_minutes        INT           NOT NULL,
  trainer_name           VARCHAR(200)  NOT NULL,
  manufacture_name       VARCHAR(200)  NOT NULL,
  manufacture_address    VARCHAR(400)  NOT NULL,
  manufacture_identifier VARCHAR(100)  NOT NULL,
  issued_on              DATE          NOT NULL,
  content_digest         CHAR(64)      NOT NULL,
  issued_at              DATETIME(6)   NOT NULL,
  credential             TEXT          NOT NULL,
  kid                    VARCHAR(64)   NOT NULL,
  pdf                    MEDIUMBLOB    NOT NULL,
  pdf_sha256             CHAR(64)      NOT NULL,
  status_list            INT           NOT NULL,
  status_index           INT           NOT NULL,
  live_key               VARCHAR(80),
  revoked_at             DATETIME(6),
  revoked_by             CHAR(36),
  revocation_reason      VARCHAR(500),
  superseded_by          CHAR(36),
  CONSTRAINT pk_certificate PRIMARY KEY (id),
  CONSTRAINT uq_certificate_code UNIQUE (code),
  CONSTRAINT uq_certificate_status UNIQUE (status_list, status_index),
  CONSTRAINT uq_certificate_live UNIQUE (live_key),
  CONSTRAINT fk_certificate_recipient FOREIGN KEY (recipient_id) REFERENCES account (id),
  CONSTRAINT fk_certificate_manufacture FOREIGN KEY (manufacture_id) REFERENCES manufacture (id),
  CONSTRAINT fk_certificate_key FOREIGN KEY (kid) REFERENCES issuer_key (kid),
  CONSTRAINT fk_certificate_status_list FOREIGN KEY (status_list) REFERENCES status_list (list_number),
  CONSTRAINT ck_certificate_kind CHECK (kind IN ('CERTIFICATE_OF_COMPLETION', 'ATTESTATION_OF_ATTENDANCE', 'VISIT_ATTESTATION')),
  CONSTRAINT ck_certificate_subject CHECK (subject_type IN ('TRAINING_SESSION', 'VISIT_BOOKING')),
  CONSTRAINT ck_certificate_minutes CHECK (planned_minutes > 0 AND attended_minutes BETWEEN 0 AND planned_minutes),
  CONSTRAINT ck_certificate_index CHECK (status_index >= 0),
  CONSTRAINT ck_certificate_days CHECK (from_day <= to_day),
  CONSTRAINT ck_certificate_live CHECK ((revoked_at IS NULL AND live_key IS NOT NULL) OR (revoked_at IS NOT NULL AND live_key IS NULL AND revocation_reason IS NOT NULL))
);
CREATE INDEX ix_certificate_recipient ON certificate (recipient_id, issued_at);
CREATE INDEX ix_certificate_subject ON certificate (subject_type, subject_id);
CREATE INDEX ix_certificate_manufacture ON certificate (manufacture_id);

-- Batches of issuing, run in the background, whose progress a page follows: the certificates of a
-- session, of a manufacture's sessions over a period, or the attestation of one class visit once
-- its teacher has confirmed the numbers present (so that a failed one can be run again).
CREATE TABLE certificate_batch (
  id             CHAR(36)      NOT NULL,
  manufacture_id CHAR(36)      NOT NULL,
  session_id     CHAR(36),
  visit_booking_id CHAR(36),
  from_day       DATE,
  to_day         DATE,
  requested_by   CHAR(36),
  state          VARCHAR(10)   NOT NULL,
  total          INT           NOT NULL,
  done           INT           NOT NULL,
  failed         INT           NOT NULL,
  issued         INT           NOT NULL,
  error_summary  VARCHAR(2000),
  created_at     DATETIME(6)   NOT NULL,
  started_at     DATETIME(6),
  finished_at    DATETIME(6),
  CONSTRAINT pk_certificate_batch PRIMARY KEY (id),
  CONSTRAINT fk_certificate_batch_manufacture FOREIGN KEY (manufacture_id) REFERENCES manufacture (id),
  CONSTRAINT ck_certificate_batch_state CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
  CONSTRAINT ck_certificate_batch_scope CHECK (session_id IS NOT NULL OR visit_booking_id IS NOT NULL OR (from_day IS NOT NULL AND to_day IS NOT NULL AND from_day <= to_day)),
  CONSTRAINT ck_certificate_batch_counts CHECK (total >= 0 AND done >= 0 AND failed >= 0 AND done + failed <= total AND issued >= 0)
);
CREATE INDEX ix_certificate_batch_manufacture ON certificate_batch (manufacture_id, created_at);
