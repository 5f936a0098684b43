-- Attendance registers of training sessions: one entry per participant and half-day, corrections
-- added as new entries that supersede the former (never overwritten); signatures of participants
-- (their own action during the half-day, or the trainer's changing QR code) and of the trainer.

CREATE TABLE attendance_entry (
  id             CHAR(36)     NOT NULL,
  session_id     CHAR(36)     NOT NULL,
  slot           INT          NOT NULL,
  participant_id CHAR(36)     NOT NULL,
  seq            INT          NOT NULL,
  status         VARCHAR(10)  NOT NULL,
  late_minutes   INT,
  remark         VARCHAR(500) NOT NULL,
  entered_by     CHAR(36)     NOT NULL,
  entered_at     DATETIME(6)  NOT NULL,
  entered_from   VARCHAR(100) NOT NULL,
  CONSTRAINT pk_attendance_entry PRIMARY KEY (id),
  CONSTRAINT uq_attendance_entry UNIQUE (session_id, slot, participant_id, seq),
  CONSTRAINT fk_attendance_entry_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  CONSTRAINT fk_attendance_entry_participant FOREIGN KEY (participant_id) REFERENCES account (id),
  CONSTRAINT ck_attendance_entry_status CHECK (status IN ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT')),
  CONSTRAINT ck_attendance_entry_late CHECK ((status = 'LATE' AND late_minutes BETWEEN 1 AND 300) OR (status <> 'LATE' AND late_minutes IS NULL)),
  CONSTRAINT ck_attendance_entry_slot CHECK (slot >= 0 AND seq >= 1)
);
CREATE INDEX ix_attendance_entry_participant ON attendance_entry (participant_id);

CREATE TABLE attendance_signature (
  id         CHAR(36)     NOT NULL,
  session_id CHAR(36)     NOT NULL,
  slot       INT          NOT NULL,
  signer_id  CHAR(36)     NOT NULL,
  role       VARCHAR(12)  NOT NULL,
  method     VARCHAR(8)   NOT NULL,
  signed_at  DATETIME(6)  NOT NULL,
  signed_from VARCHAR(100) NOT NULL,
  CONSTRAINT pk_attendance_signature PRIMARY KEY (id),
  CONSTRAINT uq_attendance_signature UNIQUE (session_id, slot, signer_id),
  CONSTRAINT fk_attendance_signature_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  CONSTRAINT fk_attendance_signature_signer FOREIGN KEY (signer_id) REFERENCES account (id),
  CONSTRAINT ck_attendance_signature_role CHECK (role IN ('PARTICIPANT', 'TRAINER')),
  CONSTRAINT ck_attendance_signature_method CHECK (method IN ('SELF', 'QR', 'TRAINER'))
);

-- Secrets the platform draws for itself at first use (e.g. the key of the attendance QR codes).
CREATE TABLE platform_secret (
  name       VARCHAR(40) NOT NULL,
  secret     VARCHAR(200) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_platform_secret PRIMARY KEY (name)
);
