-- "Mot de passe oublié": a link that sets a new password, valid one hour and used once. Only the
-- SHA-256 digest of the link's secret is kept: whoever reads the table cannot use a link.
CREATE TABLE password_reset (
  token_hash CHAR(64)    NOT NULL,
  account_id CHAR(36)    NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  used_at    DATETIME(6),
  CONSTRAINT pk_password_reset PRIMARY KEY (token_hash),
  CONSTRAINT fk_password_reset_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT ck_password_reset_times CHECK (expires_at > created_at),
  CONSTRAINT ck_password_reset_used CHECK (used_at IS NULL OR used_at >= created_at)
);
CREATE INDEX ix_password_reset_account ON password_reset (account_id, created_at);
