-- Apprenticeship matching: masters' offers with their transmission plan, apprentices' profiles and
-- ranked applications, masters' rankings, matching rounds with their input and result, matches to
-- accept or decline, and the apprenticeships that follow.

CREATE TABLE apprenticeship_offer (
  id              CHAR(36)      NOT NULL,
  master_id       CHAR(36)      NOT NULL,
  manufacture_id  CHAR(36)      NOT NULL,
  know_how_id     CHAR(36)      NOT NULL,
  title           VARCHAR(200)  NOT NULL,
  description     VARCHAR(4000) NOT NULL,
  places          INT           NOT NULL,
  start_date      DATE          NOT NULL,
  duration_months INT           NOT NULL,
  days_per_week   INT           NOT NULL,
  required_level  VARCHAR(16)   NOT NULL,
  minimum_age     INT,
  latitude        DOUBLE,
  longitude       DOUBLE,
  status          VARCHAR(12)   NOT NULL,
  places_held     INT           NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  version         BIGINT        NOT NULL,
  CONSTRAINT pk_apprenticeship_offer PRIMARY KEY (id),
  CONSTRAINT fk_apprenticeship_offer_master FOREIGN KEY (master_id) REFERENCES account (id),
  CONSTRAINT fk_apprenticeship_offer_manufacture FOREIGN KEY (manufacture_id) REFERENCES manufacture (id),
  CONSTRAINT fk_apprenticeship_offer_know_how FOREIGN KEY (know_how_id) REFERENCES know_how (id),
  CONSTRAINT ck_apprenticeship_offer_places CHECK (places BETWEEN 1 AND 20),
  CONSTRAINT ck_apprenticeship_offer_held CHECK (places_held BETWEEN 0 AND places),
  CONSTRAINT ck_apprenticeship_offer_duration CHECK (duration_months BETWEEN 1 AND 60),
  CONSTRAINT ck_apprenticeship_offer_days CHECK (days_per_week BETWEEN 1 AND 6),
  CONSTRAINT ck_apprenticeship_offer_level CHECK (required_level IN ('NOVICE', 'BEGINNER', 'INTERMEDIATE', 'ADVANCED')),
  CONSTRAINT ck_apprenticeship_offer_age CHECK (minimum_age IS NULL OR minimum_age BETWEEN 14 AND 99),
  CONSTRAINT ck_apprenticeship_offer_status CHECK (status IN ('OPEN', 'CLOSED'))
);
CREATE INDEX ix_apprenticeship_offer_manufacture ON apprenticeship_offer (manufacture_id, status);
CREATE INDEX ix_apprenticeship_offer_master ON apprenticeship_offer (master_id);
CREATE INDEX ix_apprenticeship_offer_status ON apprenticeship_offer (status, start_date);

CREATE TABLE apprenticeship_offer_milestone (
  offer_id CHAR(36)     NOT NULL,
  seq      INT          NOT NULL,
  title    VARCHAR(300) NOT NULL,
  CONSTRAINT pk_apprenticeship_offer_milestone PRIMARY KEY (offer_id, seq),
  CONSTRAINT fk_apprenticeship_offer_milestone FOREIGN KEY (offer_id) REFERENCES apprenticeship_offer (id)
);

CREATE TABLE apprentice_profile (
  apprentice_id  CHAR(36)      NOT NULL,
  home_city      VARCHAR(120)  NOT NULL,
  latitude       DOUBLE        NOT NULL,
  longitude      DOUBLE        NOT NULL,
  travel_km      INT           NOT NULL,
  available_from DATE          NOT NULL,
  level          VARCHAR(16)   NOT NULL,
  experience     VARCHAR(2000) NOT NULL,
  motivation     VARCHAR(2000) NOT NULL,
  updated_at     DATETIME(6)   NOT NULL,
  version        BIGINT        NOT NULL,
  CONSTRAINT pk_apprentice_profile PRIMARY KEY (apprentice_id),
  CONSTRAINT fk_apprentice_profile FOREIGN KEY (apprentice_id) REFERENCES account (id),
  CONSTRAINT ck_apprentice_profile_travel CHECK (travel_km BETWEEN 0 AND 1000),
  CONSTRAINT ck_apprentice_profile_level CHECK (level IN ('NOVICE', 'BEGINNER', 'INTERMEDIATE', 'ADVANCED'))
);

CREATE TABLE apprentice_craft_interest (
  apprentice_id CHAR(36)    NOT NULL,
  craft_code    VARCHAR(64) NOT NULL,
  CONSTRAINT pk_apprentice_craft_interest PRIMARY KEY (apprentice_id, craft_code),
  CONSTRAINT fk_apprentice_craft_interest FOREIGN KEY (apprentice_id) REFERENCES apprentice_profile (apprentice_id)
);

CREATE TABLE apprentice_know_how_interest (
  apprentice_id CHAR(36) NOT NULL,
  know_how_id   CHAR(36) NOT NULL,
  CONSTRAINT pk_apprentice_know_how_interest PRIMARY KEY (apprentice_id, know_how_id),
  CONSTRAINT fk_apprentice_know_how_interest FOREIGN KEY (apprentice_id) REFERENCES apprentice_profile (apprentice_id)
);

-- An apprentice's ranked list: at most 10 offers, each once, ranks 1..10 without repeats.
CREATE TABLE application_choice (
  apprentice_id CHAR(36) NOT NULL,
  choice_rank   INT      NOT NULL,
  offer_id      CHAR(36) NOT NULL,
  CONSTRAINT pk_application_choice PRIMARY KEY (apprentice_id, choice_rank),
  CONSTRAINT uq_application_choice_offer UNIQUE (apprentice_id, offer_id),
  CONSTRAINT fk_application_choice_apprentice FOREIGN KEY (apprentice_id) REFERENCES account (id),
  CONSTRAINT fk_application_choice_offer FOREIGN KEY (offer_id) REFERENCES apprenticeship_offer (id),
  CONSTRAINT ck_application_choice_rank CHECK (choice_rank BETWEEN 0 AND 9)
);
CREATE INDEX ix_application_choice_offer ON application_choice (offer_id);

-- A master's ranking of the applicants to an offer: a priority (1 first; equal priorities are ties)
-- or unacceptable.
CREATE TABLE master_ranking (
  offer_id      CHAR(36) NOT NULL,
  apprentice_id CHAR(36) NOT NULL,
  priority      INT,
  unacceptable  BOOLEAN  NOT NULL,
  CONSTRAINT pk_master_ranking PRIMARY KEY (offer_id, apprentice_id),
  CONSTRAINT fk_master_ranking_offer FOREIGN KEY (offer_id) REFERENCES apprenticeship_offer (id),
  CONSTRAINT fk_master_ranking_apprentice FOREIGN KEY (apprentice_id) REFERENCES account (id),
  CONSTRAINT ck_master_ranking CHECK ((unacceptable = TRUE AND priority IS NULL) OR (unacceptable = FALSE AND priority >= 1))
);

-- A matching round: who ran it, over which offers (one manufacture's, or the platform's), the seed
-- of its lottery, its input as it was read, its progress and its figures.
CREATE TABLE matching_round (
  id                CHAR(36)    NOT NULL,
  manufacture_id    CHAR(36),
  seed              BIGINT      NOT NULL,
  status            VARCHAR(12) NOT NULL,
  started_by        CHAR(36)    NOT NULL,
  started_at        DATETIME(6) NOT NULL,
  finished_at       DATETIME(6),
  respond_by        DATETIME(6) NOT NULL,
  applicants        INT         NOT NULL,
  offers            INT         NOT NULL,
  places            INT         NOT NULL,
  matched           INT         NOT NULL,
  rare_places       INT         NOT NULL,
  rare_matched      INT         NOT NULL,
  input             LONGTEXT,
  error             VARCHAR(1000),
  version           BIGINT      NOT NULL,
  CONSTRAINT pk_matching_round PRIMARY KEY (id),
  CONSTRAINT fk_matching_round_manufacture FOREIGN KEY (manufacture_id) REFERENCES manufacture (id),
  CONSTRAINT ck_matching_round_status CHECK (status IN ('RUNNING', 'DONE', 'FAILED'))
);
CREATE INDEX ix_matching_round_manufacture ON matching_round (manufacture_id, started_at);

-- A round's progress, apart from the round: it is written in transactions of its own while the
-- round's result is being saved (whose rows lock the round's row through their foreign keys).
CREATE TABLE matching_round_progress (
  round_id CHAR(36)    NOT NULL,
  phase    VARCHAR(16) NOT NULL,
  done     INT         NOT NULL,
  total    INT         NOT NULL,
  CONSTRAINT pk_matching_round_progress PRIMARY KEY (round_id),
  CONSTRAINT ck_matching_round_progress CHECK (done BETWEEN 0 AND total)
);

-- One running round at a time per scope ('*' for the platform): the key refuses a second.
CREATE TABLE matching_round_lock (
  scope    VARCHAR(36) NOT NULL,
  round_id CHAR(36)    NOT NULL,
  CONSTRAINT pk_matching_round_lock PRIMARY KEY (scope)
);

-- What each applicant of a round got: an offer, or none.
CREATE TABLE round_outcome (
  round_id      CHAR(36) NOT NULL,
  apprentice_id CHAR(36) NOT NULL,
  offer_id      CHAR(36),
  explanation   VARCHAR(4000) NOT NULL,
  CONSTRAINT pk_round_outcome PRIMARY KEY (round_id, apprentice_id),
  CONSTRAINT fk_round_outcome_round FOREIGN KEY (round_id) REFERENCES matching_round (id)
);
CREATE INDEX ix_round_outcome_apprentice ON round_outcome (apprentice_id);

-- A place proposed by a round, for the apprentice to accept or decline before respond_by.
CREATE TABLE apprenticeship_match (
  id            CHAR(36)    NOT NULL,
  round_id      CHAR(36)    NOT NULL,
  offer_id      CHAR(36)    NOT NULL,
  apprentice_id CHAR(36)    NOT NULL,
  status        VARCHAR(12) NOT NULL,
  respond_by    DATETIME(6) NOT NULL,
  decided_at    DATETIME(6),
  created_at    DATETIME(6) NOT NULL,
  version       BIGINT      NOT NULL,
  CONSTRAINT pk_apprenticeship_match PRIMARY KEY (id),
  CONSTRAINT uq_apprenticeship_match UNIQUE (round_id, apprentice_id),
  CONSTRAINT fk_apprenticeship_match_round FOREIGN KEY (round_id) REFERENCES matching_round (id),
  CONSTRAINT fk_apprenticeship_match_offer FOREIGN KEY (offer_id) REFERENCES apprenticeship_offer (id),
  CONSTRAINT fk_apprenticeship_match_apprentice FOREIGN KEY (apprentice_id) REFERENCES account (id),
  CONSTRAINT ck_apprenticeship_match_status CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED', 'EXPIRED'))
);
CREATE INDEX ix_apprenticeship_match_apprentice ON apprenticeship_match (apprentice_id, status);
CREATE INDEX ix_apprenticeship_match_offer ON apprenticeship_match (offer_id, status);
CREATE INDEX ix_apprenticeship_match_due ON apprenticeship_match (status, respond_by);

-- An accepted match: the master passes the know-how on, milestone after milestone.
CREATE TABLE apprenticeship (
  id            CHAR(36)    NOT NULL,
  match_id      CHAR(36)    NOT NULL,
  offer_id      CHAR(36)    NOT NULL,
  master_id     CHAR(36)    NOT NULL,
  apprentice_id CHAR(36)    NOT NULL,
  starts_on     DATE        NOT NULL,
  ends_on       DATE        NOT NULL,
  created_at    DATETIME(6) NOT NULL,
  version       BIGINT      NOT NULL,
  CONSTRAINT pk_apprenticeship PRIMARY KEY (id),
  CONSTRAINT uq_apprenticeship_of_match UNIQUE (match_id),
  CONSTRAINT uq_apprenticeship_offer UNIQUE (offer_id, apprentice_id),
  CONSTRAINT fk_apprenticeship_of_match FOREIGN KEY (match_id) REFERENCES apprenticeship_match (id),
  CONSTRAINT fk_apprenticeship_offer FOREIGN KEY (offer_id) REFERENCES apprenticeship_offer (id),
  CONSTRAINT ck_apprenticeship_dates CHECK (starts_on < ends_on)
);
CREATE INDEX ix_apprenticeship_master ON apprenticeship (master_id);
CREATE INDEX ix_apprenticeship_apprentice ON apprenticeship (apprentice_id);

CREATE TABLE apprenticeship_milestone (
  apprenticeship_id CHAR(36)     NOT NULL,
  seq               INT          NOT NULL,
  title             VARCHAR(300) NOT NULL,
  reached_at        DATETIME(6),
  CONSTRAINT pk_apprenticeship_milestone PRIMARY KEY (apprenticeship_id, seq),
  CONSTRAINT fk_apprenticeship_milestone FOREIGN KEY (apprenticeship_id) REFERENCES apprenticeship (id)
);
