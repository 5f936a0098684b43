-- Why an account may not log in, and who decided it: an artisan refused by a manager of their
-- manufacture, an account deactivated by the admin or a manager, or reactivated. The reason is shown
-- to the person when they log in with the right password.
ALTER TABLE account ADD COLUMN status_reason VARCHAR(500);
ALTER TABLE account ADD COLUMN status_changed_at DATETIME(6);
ALTER TABLE account ADD COLUMN status_changed_by CHAR(36);
ALTER TABLE account DROP CONSTRAINT ck_account_status;
ALTER TABLE account ADD CONSTRAINT ck_account_status
  CHECK (status IN ('PENDING', 'ACTIVE', 'DISABLED', 'REFUSED'));
-- a refusal always says why
ALTER TABLE account ADD CONSTRAINT ck_account_refusal
  CHECK (status <> 'REFUSED' OR status_reason IS NOT NULL);
