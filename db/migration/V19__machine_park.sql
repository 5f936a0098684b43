-- The shared machine park: each machine's booking rules, who is authorised on which machine, and
-- the bookings people make of machines through the one calendar, and the periods a machine is out
-- of order or in maintenance (held in the calendar too: nothing else can take the machine then). The calendar learns a PERSON
-- resource: whoever books a machine and is not an artisan (an artisan's time is already the
-- ARTISAN resource) cannot be in two places at once either.

ALTER TABLE reservation DROP CONSTRAINT ck_reservation_holder;
ALTER TABLE reservation ADD CONSTRAINT ck_reservation_holder
  CHECK (holder_type IN ('SESSION', 'VISIT', 'MACHINE_BOOKING', 'OUTAGE'));
ALTER TABLE reservation DROP CONSTRAINT ck_reservation_resource;
ALTER TABLE reservation ADD CONSTRAINT ck_reservation_resource
  CHECK (resource_type IN ('ROOM', 'MACHINE', 'ARTISAN', 'PERSON'));

-- A machine without a row is not bookable. The row is also what a booking locks, so that two
-- bookings of one machine check the weekly quota one after the other.
CREATE TABLE machine_booking_rules (
  machine_id        CHAR(36)    NOT NULL,
  manufacture_id    CHAR(36)    NOT NULL,
  bookable          BOOLEAN     NOT NULL,
  slot_minutes      INT         NOT NULL,
  min_minutes       INT         NOT NULL,
  max_minutes       INT         NOT NULL,
  weekly_hours      INT         NOT NULL,
  horizon_days      INT         NOT NULL,
  free_cancel_hours INT         NOT NULL,
  hourly_rate_cents INT         NOT NULL,
  updated_at        DATETIME(6) NOT NULL,
  updated_by        CHAR(36),
  version           BIGINT      NOT NULL,
  CONSTRAINT pk_machine_booking_rules PRIMARY KEY (machine_id),
  CONSTRAINT fk_machine_booking_rules FOREIGN KEY (machine_id) REFERENCES machine (id),
  CONSTRAINT ck_machine_rules_step CHECK (slot_minutes IN (15, 30, 60)),
  CONSTRAINT ck_machine_rules_lengths CHECK (
    min_minutes >= slot_minutes AND min_minutes <= max_minutes AND max_minutes <= 720
    AND MOD(min_minutes, slot_minutes) = 0 AND MOD(max_minutes, slot_minutes) = 0),
  CONSTRAINT ck_machine_rules_week CHECK (weekly_hours BETWEEN 1 AND 168),
  CONSTRAINT ck_machine_rules_horizon CHECK (horizon_days BETWEEN 1 AND 365),
  CONSTRAINT ck_machine_rules_cancel CHECK (free_cancel_hours BETWEEN 0 AND 720),
  CONSTRAINT ck_machine_rules_rate CHECK (hourly_rate_cents BETWEEN 0 AND 1000000)
);

-- One row per person and machine: granting again after a revocation or an expiry rewrites it (the
-- audit trail keeps the history). granted_by is null when a certificate granted it.
CREATE TABLE machine_authorisation (
  id                CHAR(36)     NOT NULL,
  machine_id        CHAR(36)     NOT NULL,
  manufacture_id    CHAR(36)     NOT NULL,
  account_id        CHAR(36)     NOT NULL,
  granted_by        CHAR(36),
  granted_at        DATETIME(6)  NOT NULL,
  reason            VARCHAR(500) NOT NULL,
  expires_on        DATE,
  certificate_id    CHAR(36),
  revoked_at        DATETIME(6),
  revoked_by        CHAR(36),
  revocation_reason VARCHAR(500),
  version           BIGINT       NOT NULL,
  CONSTRAINT pk_machine_authorisation PRIMARY KEY (id),
  CONSTRAINT uq_machine_authorisation UNIQUE (machine_id, account_id),
  CONSTRAINT fk_machine_authorisation_machine FOREIGN KEY (machine_id) REFERENCES machine (id),
  CONSTRAINT fk_machine_authorisation_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT ck_machine_authorisation_revoked CHECK (
    (revoked_at IS NULL AND revocation_reason IS NULL)
    OR (revoked_at IS NOT NULL AND revocation_reason IS NOT NULL))
);
CREATE INDEX ix_machine_authorisation_account ON machine_authorisation (account_id);

-- A booking of a machine by a person. Its time is held in the calendar (holder MACHINE_BOOKING)
-- while it is BOOKED; the row stays after a cancellation, for the usage statements. A waived
-- booking keeps when it was cancelled, if it was, but no longer counts as cancelled late.
CREATE TABLE machine_booking (
  id             CHAR(36)    NOT NULL,
  machine_id     CHAR(36)    NOT NULL,
  manufacture_id CHAR(36)    NOT NULL,
  account_id     CHAR(36)    NOT NULL,
  starts_at      DATETIME(6) NOT NULL,
  ends_at        DATETIME(6) NOT NULL,
  status         VARCHAR(12) NOT NULL,
  booked_by      CHAR(36)    NOT NULL,
  rate_cents     INT         NOT NULL,
  free_cancel_until DATETIME(6) NOT NULL,
  created_at     DATETIME(6) NOT NULL,
  cancelled_at   DATETIME(6),
  cancelled_by   CHAR(36),
  cancelled_late BOOLEAN     NOT NULL,
  version        BIGINT      NOT NULL,
  CONSTRAINT pk_machine_booking PRIMARY KEY (id),
  CONSTRAINT fk_machine_booking_machine FOREIGN KEY (machine_id) REFERENCES machine (id),
  CONSTRAINT fk_machine_booking_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT ck_machine_booking_time CHECK (starts_at < ends_at),
  CONSTRAINT ck_machine_booking_status CHECK (status IN ('BOOKED', 'CANCELLED', 'NO_SHOW', 'WAIVED')),
  CONSTRAINT ck_machine_booking_cancelled CHECK (
    (status = 'CANCELLED' AND cancelled_at IS NOT NULL)
    OR (status <> 'CANCELLED' AND cancelled_late = FALSE)),
  CONSTRAINT ck_machine_booking_rate CHECK (rate_cents >= 0)
);
CREATE INDEX ix_machine_booking_person ON machine_booking (account_id, machine_id, starts_at);
CREATE INDEX ix_machine_booking_machine ON machine_booking (machine_id, starts_at);

ALTER TABLE audit_entry DROP CONSTRAINT ck_audit_entry_action;
ALTER TABLE audit_entry ADD CONSTRAINT ck_audit_entry_action CHECK (action IN (
  'ACCOUNT_ACTIVATED', 'ACCOUNT_REFUSED', 'ACCOUNT_DEACTIVATED', 'ACCOUNT_REACTIVATED',
  'MANAGER_APPOINTED', 'MANAGER_REMOVED', 'CERTIFICATE_REVOKED', 'CERTIFICATE_REISSUED',
  'REGISTER_CORRECTED', 'REGISTER_CLOSED', 'DATA_EXPORTED', 'ACCOUNT_ERASED',
  'MACHINE_RULES_SET', 'AUTHORISATION_GRANTED', 'AUTHORISATION_REVOKED', 'MACHINE_BOOKED_FOR'));

-- A machine out of order or in maintenance for a period, held in the calendar (holder OUTAGE).
CREATE TABLE machine_outage (
  id             CHAR(36)     NOT NULL,
  machine_id     CHAR(36)     NOT NULL,
  manufacture_id CHAR(36)     NOT NULL,
  kind           VARCHAR(12)  NOT NULL,
  starts_at      DATETIME(6)  NOT NULL,
  ends_at        DATETIME(6)  NOT NULL,
  reason         VARCHAR(500) NOT NULL,
  declared_by    CHAR(36),
  declared_at    DATETIME(6)  NOT NULL,
  lifted_at      DATETIME(6),
  CONSTRAINT pk_machine_outage PRIMARY KEY (id),
  CONSTRAINT fk_machine_outage_machine FOREIGN KEY (machine_id) REFERENCES machine (id),
  CONSTRAINT ck_machine_outage_kind CHECK (kind IN ('OUT_OF_ORDER', 'MAINTENANCE')),
  CONSTRAINT ck_machine_outage_time CHECK (starts_at < ends_at)
);
CREATE INDEX ix_machine_outage_machine ON machine_outage (machine_id, starts_at);

-- The machines a training qualifies for: its certificate of completion authorises its holder on
-- them (and its revocation revokes what it granted).
CREATE TABLE training_qualifying_machine (
  training_id CHAR(36) NOT NULL,
  machine_id  CHAR(36) NOT NULL,
  CONSTRAINT pk_training_qualifying_machine PRIMARY KEY (training_id, machine_id),
  CONSTRAINT fk_training_qualifying_training FOREIGN KEY (training_id) REFERENCES training (id),
  CONSTRAINT fk_training_qualifying_machine FOREIGN KEY (machine_id) REFERENCES machine (id)
);
CREATE INDEX ix_training_qualifying_machine ON training_qualifying_machine (machine_id);

-- Someone asking to be told when a machine frees up within a window: the first booking of the
-- machine cancelled in that window tells them (first come, first served: nothing is held for them),
-- and the watch is done.
CREATE TABLE machine_watch (
  id             CHAR(36)    NOT NULL,
  machine_id     CHAR(36)    NOT NULL,
  manufacture_id CHAR(36)    NOT NULL,
  account_id     CHAR(36)    NOT NULL,
  starts_at      DATETIME(6) NOT NULL,
  ends_at        DATETIME(6) NOT NULL,
  created_at     DATETIME(6) NOT NULL,
  notified_at    DATETIME(6),
  CONSTRAINT pk_machine_watch PRIMARY KEY (id),
  CONSTRAINT fk_machine_watch_machine FOREIGN KEY (machine_id) REFERENCES machine (id),
  CONSTRAINT fk_machine_watch_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT ck_machine_watch_time CHECK (starts_at < ends_at)
);
CREATE INDEX ix_machine_watch_machine ON machine_watch (machine_id, notified_at, starts_at);
