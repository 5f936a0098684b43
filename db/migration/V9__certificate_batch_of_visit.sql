-- A batch of certificates may also issue the attestation of one class visit, once its teacher has
-- confirmed the numbers present: the batch records that the attestation is due, and why it failed
-- if it did, so that it can be run again.
ALTER TABLE certificate_batch ADD COLUMN visit_booking_id CHAR(36);
ALTER TABLE certificate_batch DROP CONSTRAINT ck_certificate_batch_scope;
ALTER TABLE certificate_batch ADD CONSTRAINT ck_certificate_batch_scope CHECK (
  session_id IS NOT NULL
  OR visit_booking_id IS NOT NULL
  OR (from_day IS NOT NULL AND to_day IS NOT NULL AND from_day <= to_day));
