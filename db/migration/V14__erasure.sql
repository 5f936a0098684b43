-- The right to be forgotten. An account deleted by its owner stays as a row (registers,
-- certificates and bookings keep its id) with a neutral label for name, an address that can
-- receive nothing, and no password; its status says so.
ALTER TABLE account DROP CONSTRAINT ck_account_status;
ALTER TABLE account ADD CONSTRAINT ck_account_status
  CHECK (status IN ('PENDING', 'ACTIVE', 'DISABLED', 'REFUSED', 'ERASED'));

-- A certificate whose holder deleted their account keeps its code, its facts and its status, but
-- no longer the signed credential nor the PDF, which carry the name: only their SHA-256 digests,
-- so that a copy the person kept can still be checked.
ALTER TABLE certificate ADD COLUMN credential_sha256 CHAR(64);
ALTER TABLE certificate ADD COLUMN erased_at DATETIME(6);
