-- The audit trail: who activated, refused, deactivated or reactivated whom, who appointed or
-- removed a manager, who revoked or reissued which certificate, who corrected or closed a
-- register, who exported or erased their data; on whose behalf, from which address, when.
-- Written in the transaction of the act itself, never updated (append-only). People are kept by
-- id only and named when the trail is read: a person who leaves is no longer named in it.
CREATE TABLE audit_entry (
  id             VARCHAR(36)  NOT NULL,
  occurred_at    DATETIME(6)  NOT NULL,
  actor_id       VARCHAR(36),
  on_behalf_of   VARCHAR(36),
  address        VARCHAR(64),
  action         VARCHAR(32)  NOT NULL,
  subject_id     VARCHAR(64)  NOT NULL,
  subject_label  VARCHAR(300),
  manufacture_id VARCHAR(36),
  detail         VARCHAR(600),
  CONSTRAINT pk_audit_entry PRIMARY KEY (id),
  CONSTRAINT ck_audit_entry_action CHECK (action IN (
    'ACCOUNT_ACTIVATED', 'ACCOUNT_REFUSED', 'ACCOUNT_DEACTIVATED', 'ACCOUNT_REACTIVATED',
    'MANAGER_APPOINTED', 'MANAGER_REMOVED', 'CERTIFICATE_REVOKED', 'CERTIFICATE_REISSUED',
    'REGISTER_CORRECTED', 'REGISTER_CLOSED', 'DATA_EXPORTED', 'ACCOUNT_ERASED'))
);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_id, occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor_id, occurred_at);
CREATE INDEX ix_audit_entry_manufacture ON audit_entry (manufacture_id, occurred_at);
