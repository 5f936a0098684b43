-- A running batch says it is alive: its runner writes the time at each step. A batch whose runner
-- has been silent for longer than passeurs.certificate.batch-stale-seconds (its instance died
-- mid-way) is taken over by the periodic work of another instance, which runs it again from the
-- start (issuing is idempotent). runs counts the runners that took it.
ALTER TABLE certificate_batch ADD COLUMN heartbeat_at DATETIME(6);
ALTER TABLE certificate_batch ADD COLUMN runs INT NOT NULL DEFAULT 0;
UPDATE certificate_batch SET runs = 1, heartbeat_at = started_at WHERE state <> 'QUEUED';
ALTER TABLE certificate_batch ADD CONSTRAINT ck_certificate_batch_runs CHECK (runs >= 0);
CREATE INDEX ix_certificate_batch_state ON certificate_batch (state, heartbeat_at);
