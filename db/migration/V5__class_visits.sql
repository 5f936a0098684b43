-- Class visits: schools (by UAI), visit offers and the bookings teachers make of them.
-- Limits a booking was accepted on are kept on the booking and checked here as well as in code.

CREATE TABLE school (
  id         CHAR(36)     NOT NULL,
  uai        CHAR(8)      NOT NULL,
  name       VARCHAR(200) NOT NULL,
  city       VARCHAR(120) NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  version    BIGINT       NOT NULL,
  CONSTRAINT pk_school PRIMARY KEY (id),
  CONSTRAINT uq_school_uai UNIQUE (uai)
);

CREATE TABLE school_teacher (
  school_id  CHAR(36) NOT NULL,
  teacher_id CHAR(36) NOT NULL,
  CONSTRAINT pk_school_teacher PRIMARY KEY (school_id, teacher_id),
  CONSTRAINT fk_school_teacher_school FOREIGN KEY (school_id) REFERENCES school (id),
  CONSTRAINT fk_school_teacher_account FOREIGN KEY (teacher_id) REFERENCES account (id)
);
CREATE INDEX ix_school_teacher ON school_teacher (teacher_id);

CREATE TABLE visit_offer (
  id                   CHAR(36)      NOT NULL,
  artisan_id           CHAR(36)      NOT NULL,
  manufacture_id       CHAR(36)      NOT NULL,
  know_how_id          CHAR(36)      NOT NULL,
  domain               VARCHAR(16)   NOT NULL,
  room_id              CHAR(36)      NOT NULL,
  title                VARCHAR(200)  NOT NULL,
  description          VARCHAR(4000) NOT NULL,
  format               VARCHAR(24)   NOT NULL,
  duration_minutes     INT           NOT NULL,
  min_pupils           INT           NOT NULL,
  max_pupils           INT           NOT NULL,
  minimum_age          INT,
  safety_rules         VARCHAR(2000) NOT NULL,
  protective_equipment VARCHAR(500)  NOT NULL,
  latitude             DOUBLE,
  longitude            DOUBLE,
  withdrawn            BOOLEAN       NOT NULL,
  created_at           DATETIME(6)   NOT NULL,
  updated_at           DATETIME(6)   NOT NULL,
  version              BIGINT        NOT NULL,
  CONSTRAINT pk_visit_offer PRIMARY KEY (id),
  CONSTRAINT fk_visit_offer_artisan FOREIGN KEY (artisan_id) REFERENCES account (id),
  CONSTRAINT fk_visit_offer_manufacture FOREIGN KEY (manufacture_id) REFERENCES manufacture (id),
  CONSTRAINT fk_visit_offer_know_how FOREIGN KEY (know_how_id) REFERENCES know_how (id),
  CONSTRAINT fk_visit_offer_room FOREIGN KEY (room_id) REFERENCES room (id),
  CONSTRAINT ck_visit_offer_format CHECK (format IN ('GUIDED_VISIT', 'DEMONSTRATION', 'HANDS_ON_WORKSHOP')),
  CONSTRAINT ck_visit_offer_duration CHECK (duration_minutes BETWEEN 30 AND 480 AND MOD(duration_minutes, 15) = 0),
  CONSTRAINT ck_visit_offer_pupils CHECK (min_pupils >= 1 AND max_pupils >= min_pupils AND max_pupils <= 200),
  CONSTRAINT ck_visit_offer_age CHECK (minimum_age IS NULL OR minimum_age BETWEEN 0 AND 25)
);
CREATE INDEX ix_visit_offer_manufacture ON visit_offer (manufacture_id);
CREATE INDEX ix_visit_offer_artisan ON visit_offer (artisan_id);
CREATE INDEX ix_visit_offer_place ON visit_offer (latitude, longitude);

CREATE TABLE visit_offer_level (
  offer_id CHAR(36)    NOT NULL,
  level    VARCHAR(20) NOT NULL,
  CONSTRAINT pk_visit_offer_level PRIMARY KEY (offer_id, level),
  CONSTRAINT fk_visit_offer_level FOREIGN KEY (offer_id) REFERENCES visit_offer (id),
  CONSTRAINT ck_visit_offer_level CHECK (level IN ('PRIMARY_CYCLE_1', 'PRIMARY_CYCLE_2', 'PRIMARY_CYCLE_3', 'COLLEGE', 'LYCEE', 'VOCATIONAL'))
);

CREATE TABLE visit_offer_access (
  offer_id CHAR(36)    NOT NULL,
  need     VARCHAR(12) NOT NULL,
  CONSTRAINT pk_visit_offer_access PRIMARY KEY (offer_id, need),
  CONSTRAINT fk_visit_offer_access FOREIGN KEY (offer_id) REFERENCES visit_offer (id),
  CONSTRAINT ck_visit_offer_access CHECK (need IN ('MOTOR', 'VISUAL', 'HEARING', 'COGNITIVE'))
);

CREATE TABLE visit_offer_period (
  offer_id CHAR(36) NOT NULL,
  seq      INT      NOT NULL,
  from_day DATE     NOT NULL,
  to_day   DATE     NOT NULL,
  CONSTRAINT pk_visit_offer_period PRIMARY KEY (offer_id, seq),
  CONSTRAINT fk_visit_offer_period FOREIGN KEY (offer_id) REFERENCES visit_offer (id),
  CONSTRAINT ck_visit_offer_period CHECK (from_day <= to_day)
);

CREATE TABLE visit_offer_weekday (
  offer_id CHAR(36) NOT NULL,
  weekday  INT      NOT NULL,
  CONSTRAINT pk_visit_offer_weekday PRIMARY KEY (offer_id, weekday),
  CONSTRAINT fk_visit_offer_weekday FOREIGN KEY (offer_id) REFERENCES visit_offer (id),
  CONSTRAINT ck_visit_offer_weekday CHECK (weekday BETWEEN 1 AND 7)
);

CREATE TABLE visit_booking (
  id               CHAR(36)      NOT NULL,
  offer_id         CHAR(36)      NOT NULL,
  title            VARCHAR(200)  NOT NULL,
  manufacture_id   CHAR(36)      NOT NULL,
  artisan_id       CHAR(36)      NOT NULL,
  room_id          CHAR(36)      NOT NULL,
  teacher_id       CHAR(36)      NOT NULL,
  school_id        CHAR(36)      NOT NULL,
  level            VARCHAR(20)   NOT NULL,
  pupils           INT           NOT NULL,
  adults           INT           NOT NULL,
  comment          VARCHAR(2000) NOT NULL,
  first_wished_at  DATETIME(6)   NOT NULL,
  confirmed_start  DATETIME(6),
  confirmed_end    DATETIME(6),
  status           VARCHAR(16)   NOT NULL,
  answer_by        DATETIME(6)   NOT NULL,
  reason           VARCHAR(500),
  present_pupils   INT,
  present_adults   INT,
  attendance_confirmed_at DATETIME(6),
  max_pupils       INT           NOT NULL,
  room_capacity    INT           NOT NULL,
  pupils_per_adult INT           NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  updated_at       DATETIME(6)   NOT NULL,
  version          BIGINT        NOT NULL,
  CONSTRAINT pk_visit_booking PRIMARY KEY (id),
  CONSTRAINT fk_visit_booking_offer FOREIGN KEY (offer_id) REFERENCES visit_offer (id),
  CONSTRAINT fk_visit_booking_teacher FOREIGN KEY (teacher_id) REFERENCES account (id),
  CONSTRAINT fk_visit_booking_school FOREIGN KEY (school_id) REFERENCES school (id),
  CONSTRAINT fk_visit_booking_room FOREIGN KEY (room_id) REFERENCES room (id),
  CONSTRAINT ck_visit_booking_status CHECK (status IN ('REQUESTED', 'CONFIRMED', 'DECLINED', 'EXPIRED', 'CANCELLED', 'DONE')),
  CONSTRAINT ck_visit_booking_level CHECK (level IN ('PRIMARY_CYCLE_1', 'PRIMARY_CYCLE_2', 'PRIMARY_CYCLE_3', 'COLLEGE', 'LYCEE', 'VOCATIONAL')),
  CONSTRAINT ck_visit_booking_group CHECK (pupils >= 1 AND pupils <= max_pupils AND adults BETWEEN 1 AND 50 AND pupils + adults <= room_capacity),
  CONSTRAINT ck_visit_booking_ratio CHECK (pupils_per_adult >= 1 AND adults * pupils_per_adult >= pupils),
  CONSTRAINT ck_visit_booking_confirmed CHECK ((status IN ('CONFIRMED', 'DONE') AND confirmed_start IS NOT NULL AND confirmed_end > confirmed_start) OR (status NOT IN ('CONFIRMED', 'DONE'))),
  CONSTRAINT ck_visit_booking_done CHECK ((status = 'DONE' AND present_pupils IS NOT NULL AND present_adults IS NOT NULL AND present_pupils >= 0 AND present_adults >= 0 AND present_pupils + present_adults <= room_capacity) OR (status <> 'DONE' AND present_pupils IS NULL AND present_adults IS NULL)),
  CONSTRAINT ck_visit_booking_attendance CHECK (attendance_confirmed_at IS NULL OR status = 'DONE'),
  CONSTRAINT ck_visit_booking_reason CHECK (status NOT IN ('DECLINED', 'CANCELLED') OR reason IS NOT NULL)
);
CREATE INDEX ix_visit_booking_teacher ON visit_booking (teacher_id, first_wished_at);
CREATE INDEX ix_visit_booking_artisan ON visit_booking (artisan_id, first_wished_at);
CREATE INDEX ix_visit_booking_manufacture ON visit_booking (manufacture_id, first_wished_at);
CREATE INDEX ix_visit_booking_due ON visit_booking (status, answer_by);
CREATE INDEX ix_visit_booking_offer ON visit_booking (offer_id);

CREATE TABLE visit_booking_need (
  booking_id CHAR(36)    NOT NULL,
  need       VARCHAR(12) NOT NULL,
  CONSTRAINT pk_visit_booking_need PRIMARY KEY (booking_id, need),
  CONSTRAINT fk_visit_booking_need FOREIGN KEY (booking_id) REFERENCES visit_booking (id),
  CONSTRAINT ck_visit_booking_need CHECK (need IN ('MOTOR', 'VISUAL', 'HEARING', 'COGNITIVE'))
);

CREATE TABLE visit_booking_time (
  booking_id CHAR(36)    NOT NULL,
  seq        INT         NOT NULL,
  starts_at  DATETIME(6) NOT NULL,
  ends_at    DATETIME(6) NOT NULL,
  CONSTRAINT pk_visit_booking_time PRIMARY KEY (booking_id, seq),
  CONSTRAINT fk_visit_booking_time FOREIGN KEY (booking_id) REFERENCES visit_booking (id),
  CONSTRAINT ck_visit_booking_time CHECK (starts_at < ends_at AND seq BETWEEN 0 AND 2)
);

CREATE TABLE visit_booking_step (
  booking_id  CHAR(36)    NOT NULL,
  seq         INT         NOT NULL,
  happened_at DATETIME(6) NOT NULL,
  actor_id    CHAR(36),
  action      VARCHAR(20) NOT NULL,
  from_status VARCHAR(16),
  to_status   VARCHAR(16) NOT NULL,
  note        VARCHAR(500),
  CONSTRAINT pk_visit_booking_step PRIMARY KEY (booking_id, seq),
  CONSTRAINT fk_visit_booking_step FOREIGN KEY (booking_id) REFERENCES visit_booking (id),
  CONSTRAINT ck_visit_booking_step CHECK (action IN ('REQUEST', 'CONFIRM', 'DECLINE', 'CANCEL', 'MARK_DONE', 'CONFIRM_ATTENDANCE', 'EXPIRE'))
);
