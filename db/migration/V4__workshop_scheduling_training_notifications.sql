-- Trainings in the workshop: rooms, machines and opening hours of the manufactures, the one
-- calendar of reservations, trainings with their sessions and enrolments, notifications and the
-- mail outbox, calendar feeds; and the birth date of accounts (age limits).

ALTER TABLE account ADD COLUMN birth_date DATE;

CREATE TABLE room (
  id                    CHAR(36)     NOT NULL,
  manufacture_id        CHAR(36)     NOT NULL,
  name                  VARCHAR(120) NOT NULL,
  capacity              INT          NOT NULL,
  wheelchair_accessible BOOLEAN      NOT NULL,
  created_at            DATETIME(6)  NOT NULL,
  version               BIGINT       NOT NULL,
  CONSTRAINT pk_room PRIMARY KEY (id),
  CONSTRAINT uq_room_name UNIQUE (manufacture_id, name),
  CONSTRAINT fk_room_manufacture FOREIGN KEY (manufacture_id) REFERENCES manufacture (id),
  CONSTRAINT ck_room_capacity CHECK (capacity BETWEEN 1 AND 500)
);

CREATE TABLE machine (
  id                     CHAR(36)     NOT NULL,
  manufacture_id         CHAR(36)     NOT NULL,
  room_id                CHAR(36),
  name                   VARCHAR(120) NOT NULL,
  kind                   VARCHAR(80)  NOT NULL,
  requires_authorisation BOOLEAN      NOT NULL,
  minimum_age            INT,
  created_at             DATETIME(6)  NOT NULL,
  version                BIGINT       NOT NULL,
  CONSTRAINT pk_machine PRIMARY KEY (id),
  CONSTRAINT uq_machine_name UNIQUE (manufacture_id, name),
  CONSTRAINT fk_machine_manufacture FOREIGN KEY (manufacture_id) REFERENCES manufacture (id),
  CONSTRAINT fk_machine_room FOREIGN KEY (room_id) REFERENCES room (id),
  CONSTRAINT ck_machine_age CHECK (minimum_age IS NULL OR minimum_age BETWEEN 0 AND 99)
);

-- Weekly opening periods in Paris time (weekday 1 = Monday) and closure days.
CREATE TABLE opening_period (
  manufacture_id CHAR(36) NOT NULL,
  weekday        INT      NOT NULL,
  opens          TIME     NOT NULL,
  closes         TIME     NOT NULL,
  CONSTRAINT pk_opening_period PRIMARY KEY (manufacture_id, weekday, opens),
  CONSTRAINT fk_opening_period FOREIGN KEY (manufacture_id) REFERENCES manufacture (id),
  CONSTRAINT ck_opening_period_day CHECK (weekday BETWEEN 1 AND 7),
  CONSTRAINT ck_opening_period_hours CHECK (opens < closes)
);
-- manufactures opened before opening hours existed: weekdays 09:00-18:00, like new ones
INSERT INTO opening_period (manufacture_id, weekday, opens, closes) SELECT id, 1, TIME '09:00:00', TIME '18:00:00' FROM manufacture;
INSERT INTO opening_period (manufacture_id, weekday, opens, closes) SELECT id, 2, TIME '09:00:00', TIME '18:00:00' FROM manufacture;
INSERT INTO opening_period (manufacture_id, weekday, opens, closes) SELECT id, 3, TIME '09:00:00', TIME '18:00:00' FROM manufacture;
INSERT INTO opening_period (manufacture_id, weekday, opens, closes) SELECT id, 4, TIME '09:00:00', TIME '18:00:00' FROM manufacture;
INSERT INTO opening_period (manufacture_id, weekday, opens, closes) SELECT id, 5, TIME '09:00:00', TIME '18:00:00' FROM manufacture;

CREATE TABLE closure_day (
  manufacture_id CHAR(36)     NOT NULL,
  closed_on      DATE         NOT NULL,
  reason         VARCHAR(200) NOT NULL,
  CONSTRAINT pk_closure_day PRIMARY KEY (manufacture_id, closed_on),
  CONSTRAINT fk_closure_day FOREIGN KEY (manufacture_id) REFERENCES manufacture (id)
);

-- The one calendar. A reservation holds a resource for a time; every quarter hour it covers is
-- a row of reserved_grain, whose primary key makes any double booking impossible.
CREATE TABLE reservation (
  id             CHAR(36)     NOT NULL,
  resource_type  VARCHAR(16)  NOT NULL,
  resource_id    CHAR(36)     NOT NULL,
  resource_label VARCHAR(200) NOT NULL,
  manufacture_id CHAR(36),
  starts_at      DATETIME(6)  NOT NULL,
  ends_at        DATETIME(6)  NOT NULL,
  holder_type    VARCHAR(20)  NOT NULL,
  holder_id      CHAR(36)     NOT NULL,
  label          VARCHAR(300) NOT NULL,
  created_at     DATETIME(6)  NOT NULL,
  CONSTRAINT pk_reservation PRIMARY KEY (id),
  CONSTRAINT ck_reservation_resource CHECK (resource_type IN ('ROOM', 'MACHINE', 'ARTISAN')),
  CONSTRAINT ck_reservation_holder CHECK (holder_type IN ('SESSION', 'VISIT', 'MACHINE_BOOKING')),
  CONSTRAINT ck_reservation_time CHECK (starts_at < ends_at)
);
CREATE INDEX ix_reservation_resource ON reservation (resource_type, resource_id, starts_at);
CREATE INDEX ix_reservation_manufacture ON reservation (manufacture_id, starts_at);
CREATE INDEX ix_reservation_holder ON reservation (holder_type, holder_id);

CREATE TABLE reserved_grain (
  resource_type  VARCHAR(16) NOT NULL,
  resource_id    CHAR(36)    NOT NULL,
  grain          BIGINT      NOT NULL,
  reservation_id CHAR(36)    NOT NULL,
  CONSTRAINT pk_reserved_grain PRIMARY KEY (resource_type, resource_id, grain),
  CONSTRAINT fk_reserved_grain FOREIGN KEY (reservation_id) REFERENCES reservation (id)
);
CREATE INDEX ix_reserved_grain_reservation ON reserved_grain (reservation_id);

CREATE TABLE calendar_feed (
  token_hash CHAR(64)    NOT NULL,
  owner_type VARCHAR(16) NOT NULL,
  owner_id   CHAR(36)    NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_calendar_feed PRIMARY KEY (token_hash),
  CONSTRAINT uq_calendar_feed_owner UNIQUE (owner_type, owner_id),
  CONSTRAINT ck_calendar_feed_owner CHECK (owner_type IN ('ACCOUNT', 'ROOM'))
);

CREATE TABLE training (
  id               CHAR(36)      NOT NULL,
  artisan_id       CHAR(36)      NOT NULL,
  manufacture_id   CHAR(36)      NOT NULL,
  know_how_id      CHAR(36)      NOT NULL,
  title            VARCHAR(200)  NOT NULL,
  objectives       VARCHAR(4000) NOT NULL,
  level            VARCHAR(16)   NOT NULL,
  duration_hours   INT           NOT NULL,
  min_participants INT           NOT NULL,
  max_participants INT           NOT NULL,
  minimum_age      INT,
  price_cents      INT           NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  version          BIGINT        NOT NULL,
  CONSTRAINT pk_training PRIMARY KEY (id),
  CONSTRAINT fk_training_artisan FOREIGN KEY (artisan_id) REFERENCES account (id),
  CONSTRAINT fk_training_manufacture FOREIGN KEY (manufacture_id) REFERENCES manufacture (id),
  CONSTRAINT fk_training_know_how FOREIGN KEY (know_how_id) REFERENCES know_how (id),
  CONSTRAINT ck_training_level CHECK (level IN ('BEGINNER', 'INTERMEDIATE', 'ADVANCED')),
  CONSTRAINT ck_training_duration CHECK (duration_hours > 0),
  CONSTRAINT ck_training_participants CHECK (min_participants >= 1 AND max_participants >= min_participants AND max_participants <= 100),
  CONSTRAINT ck_training_age CHECK (minimum_age IS NULL OR minimum_age BETWEEN 0 AND 99),
  CONSTRAINT ck_training_price CHECK (price_cents >= 0)
);
CREATE INDEX ix_training_know_how ON training (know_how_id);
CREATE INDEX ix_training_manufacture ON training (manufacture_id);
CREATE INDEX ix_training_artisan ON training (artisan_id);

CREATE TABLE training_prerequisite (
  training_id     CHAR(36) NOT NULL,
  prerequisite_id CHAR(36) NOT NULL,
  CONSTRAINT pk_training_prerequisite PRIMARY KEY (training_id, prerequisite_id),
  CONSTRAINT fk_training_prerequisite_training FOREIGN KEY (training_id) REFERENCES training (id),
  CONSTRAINT fk_training_prerequisite_required FOREIGN KEY (prerequisite_id) REFERENCES training (id),
  CONSTRAINT ck_training_prerequisite_self CHECK (training_id <> prerequisite_id)
);

-- A session counts its confirmed seats: the check keeps them within its seats whatever happens.
CREATE TABLE training_session (
  id                 CHAR(36)     NOT NULL,
  training_id        CHAR(36)     NOT NULL,
  artisan_id         CHAR(36)     NOT NULL,
  manufacture_id     CHAR(36)     NOT NULL,
  know_how_id        CHAR(36)     NOT NULL,
  title              VARCHAR(200) NOT NULL,
  room_id            CHAR(36)     NOT NULL,
  seats              INT          NOT NULL,
  enrolment_deadline DATETIME(6)  NOT NULL,
  starts_at          DATETIME(6)  NOT NULL,
  ends_at            DATETIME(6)  NOT NULL,
  status             VARCHAR(16)  NOT NULL,
  cancel_reason      VARCHAR(500),
  enrolment_closed   BOOLEAN      NOT NULL,
  confirmed_count    INT          NOT NULL,
  queue_counter      INT          NOT NULL,
  latitude           DOUBLE,
  longitude          DOUBLE,
  created_at         DATETIME(6)  NOT NULL,
  version            BIGINT       NOT NULL,
  CONSTRAINT pk_training_session PRIMARY KEY (id),
  CONSTRAINT fk_session_training FOREIGN KEY (training_id) REFERENCES training (id),
  CONSTRAINT fk_session_room FOREIGN KEY (room_id) REFERENCES room (id),
  CONSTRAINT ck_session_status CHECK (status IN ('SCHEDULED', 'CANCELLED')),
  CONSTRAINT ck_session_seats CHECK (seats BETWEEN 1 AND 100),
  CONSTRAINT ck_session_confirmed CHECK (confirmed_count BETWEEN 0 AND seats),
  CONSTRAINT ck_session_deadline CHECK (enrolment_deadline <= starts_at),
  CONSTRAINT ck_session_time CHECK (starts_at < ends_at)
);
CREATE INDEX ix_session_start ON training_session (status, starts_at);
CREATE INDEX ix_session_manufacture ON training_session (manufacture_id, starts_at);
CREATE INDEX ix_session_know_how ON training_session (know_how_id, starts_at);
CREATE INDEX ix_session_training ON training_session (training_id, starts_at);
CREATE INDEX ix_session_artisan ON training_session (artisan_id, starts_at);
CREATE INDEX ix_session_place ON training_session (latitude, longitude);
CREATE INDEX ix_session_deadline ON training_session (enrolment_closed, enrolment_deadline);

CREATE TABLE session_slot (
  session_id CHAR(36)    NOT NULL,
  seq        INT         NOT NULL,
  starts_at  DATETIME(6) NOT NULL,
  ends_at    DATETIME(6) NOT NULL,
  CONSTRAINT pk_session_slot PRIMARY KEY (session_id, seq),
  CONSTRAINT fk_session_slot FOREIGN KEY (session_id) REFERENCES training_session (id),
  CONSTRAINT ck_session_slot_time CHECK (starts_at < ends_at)
);

CREATE TABLE session_machine (
  session_id CHAR(36) NOT NULL,
  machine_id CHAR(36) NOT NULL,
  CONSTRAINT pk_session_machine PRIMARY KEY (session_id, machine_id),
  CONSTRAINT fk_session_machine_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  CONSTRAINT fk_session_machine_machine FOREIGN KEY (machine_id) REFERENCES machine (id)
);

-- One enrolment per apprentice and session; a waiting number is unique in its session.
CREATE TABLE enrolment (
  id            CHAR(36)    NOT NULL,
  session_id    CHAR(36)    NOT NULL,
  apprentice_id CHAR(36)    NOT NULL,
  status        VARCHAR(16) NOT NULL,
  queue_number  INT,
  created_at    DATETIME(6) NOT NULL,
  confirmed_at  DATETIME(6),
  cancelled_at  DATETIME(6),
  version       BIGINT      NOT NULL,
  CONSTRAINT pk_enrolment PRIMARY KEY (id),
  CONSTRAINT uq_enrolment UNIQUE (session_id, apprentice_id),
  CONSTRAINT uq_enrolment_queue UNIQUE (session_id, queue_number),
  CONSTRAINT fk_enrolment_session FOREIGN KEY (session_id) REFERENCES training_session (id),
  CONSTRAINT fk_enrolment_apprentice FOREIGN KEY (apprentice_id) REFERENCES account (id),
  CONSTRAINT ck_enrolment_status CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
  CONSTRAINT ck_enrolment_queue CHECK ((status = 'WAITLISTED' AND queue_number IS NOT NULL) OR (status <> 'WAITLISTED' AND queue_number IS NULL))
);
CREATE INDEX ix_enrolment_apprentice ON enrolment (apprentice_id);
CREATE INDEX ix_enrolment_session_status ON enrolment (session_id, status, queue_number);

CREATE TABLE notification (
  id           CHAR(36)      NOT NULL,
  recipient_id CHAR(36)      NOT NULL,
  kind         VARCHAR(40)   NOT NULL,
  title        VARCHAR(300)  NOT NULL,
  body         VARCHAR(2000) NOT NULL,
  link         VARCHAR(500),
  created_at   DATETIME(6)   NOT NULL,
  read_at      DATETIME(6),
  CONSTRAINT pk_notification PRIMARY KEY (id),
  CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES account (id)
);
CREATE INDEX ix_notification_recipient ON notification (recipient_id, created_at);

CREATE TABLE outgoing_mail (
  id              CHAR(36)      NOT NULL,
  notification_id CHAR(36),
  recipient       VARCHAR(254)  NOT NULL,
  subject         VARCHAR(300)  NOT NULL,
  body            VARCHAR(4000) NOT NULL,
  calendar        VARCHAR(8000),
  status          VARCHAR(16)   NOT NULL,
  attempts        INT           NOT NULL,
  next_attempt_at DATETIME(6)   NOT NULL,
  sent_at         DATETIME(6),
  last_error      VARCHAR(1000),
  created_at      DATETIME(6)   NOT NULL,
  version         BIGINT        NOT NULL,
  CONSTRAINT pk_outgoing_mail PRIMARY KEY (id),
  CONSTRAINT fk_outgoing_mail_notification FOREIGN KEY (notification_id) REFERENCES notification (id),
  CONSTRAINT ck_outgoing_mail_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX ix_outgoing_mail_due ON outgoing_mail (status, next_attempt_at);
CREATE INDEX ix_outgoing_mail_recipient ON outgoing_mail (recipient);
