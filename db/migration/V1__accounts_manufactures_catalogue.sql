-- Passeurs schema, first version: manufactures, accounts and roles, crafts, know-how and its
-- search terms. Portable between MariaDB and H2 in MariaDB mode. Times are UTC.

CREATE TABLE manufacture (
  id            CHAR(36)      NOT NULL,
  name          VARCHAR(200)  NOT NULL,
  street        VARCHAR(200)  NOT NULL,
  postal_code   VARCHAR(10)   NOT NULL,
  city          VARCHAR(100)  NOT NULL,
  region        VARCHAR(40)   NOT NULL,
  latitude      DOUBLE        NOT NULL,
  longitude     DOUBLE        NOT NULL,
  description   VARCHAR(4000) NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  version       BIGINT        NOT NULL,
  CONSTRAINT pk_manufacture PRIMARY KEY (id),
  CONSTRAINT ck_manufacture_latitude CHECK (latitude BETWEEN -90 AND 90),
  CONSTRAINT ck_manufacture_longitude CHECK (longitude BETWEEN -180 AND 180),
  CONSTRAINT ck_manufacture_region CHECK (region IN (
    'AUVERGNE_RHONE_ALPES', 'BOURGOGNE_FRANCHE_COMTE', 'BRETAGNE', 'CENTRE_VAL_DE_LOIRE',
    'CORSE', 'GRAND_EST', 'HAUTS_DE_FRANCE', 'ILE_DE_FRANCE', 'NORMANDIE',
    'NOUVELLE_AQUITAINE', 'OCCITANIE', 'PAYS_DE_LA_LOIRE', 'PROVENCE_ALPES_COTE_D_AZUR',
    'GUADELOUPE', 'MARTINIQUE', 'GUYANE', 'LA_REUNION', 'MAYOTTE'))
);
CREATE INDEX ix_manufacture_region ON manufacture (region);
CREATE INDEX ix_manufacture_name ON manufacture (name);

CREATE TABLE account (
  id               CHAR(36)     NOT NULL,
  email            VARCHAR(254) NOT NULL,
  -- e-mail compared case-insensitively, the same way on every database
  email_normalized VARCHAR(254) NOT NULL,
  display_name     VARCHAR(100) NOT NULL,
  password_hash    VARCHAR(300) NOT NULL,
  status           VARCHAR(16)  NOT NULL,
  manufacture_id   CHAR(36),
  created_at       DATETIME(6)  NOT NULL,
  activated_at     DATETIME(6),
  version          BIGINT       NOT NULL,
  CONSTRAINT pk_account PRIMARY KEY (id),
  CONSTRAINT uq_account_email UNIQUE (email_normalized),
  CONSTRAINT fk_account_manufacture FOREIGN KEY (manufacture_id) REFERENCES manufacture (id),
  CONSTRAINT ck_account_status CHECK (status IN ('PENDING', 'ACTIVE', 'DISABLED')),
  CONSTRAINT ck_account_activated CHECK (status <> 'ACTIVE' OR activated_at IS NOT NULL)
);
CREATE INDEX ix_account_manufacture ON account (manufacture_id, status);

CREATE TABLE account_role (
  account_id CHAR(36)    NOT NULL,
  role       VARCHAR(16) NOT NULL,
  CONSTRAINT pk_account_role PRIMARY KEY (account_id, role),
  CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT ck_account_role CHECK (role IN ('ADMIN', 'MANAGER', 'ARTISAN', 'APPRENTICE', 'TEACHER'))
);
CREATE INDEX ix_account_role_role ON account_role (role);

CREATE TABLE craft (
  code    VARCHAR(64)  NOT NULL,
  domain  VARCHAR(16)  NOT NULL,
  name_fr VARCHAR(150) NOT NULL,
  name_en VARCHAR(150) NOT NULL,
  source  VARCHAR(200) NOT NULL,
  CONSTRAINT pk_craft PRIMARY KEY (code),
  CONSTRAINT ck_craft_domain CHECK (domain IN ('TEXTILE', 'WOOD', 'METAL'))
);

CREATE TABLE know_how (
  id                  CHAR(36)      NOT NULL,
  title               VARCHAR(200)  NOT NULL,
  summary             VARCHAR(500)  NOT NULL,
  description         VARCHAR(8000) NOT NULL,
  domain              VARCHAR(16)   NOT NULL,
  craft_code          VARCHAR(64),
  region              VARCHAR(40),
  manufacture_id      CHAR(36),
  -- the manufacture's place, copied here so that distance searches use one indexed table
  latitude            DOUBLE,
  longitude           DOUBLE,
  recognition         VARCHAR(16),
  recognition_url     VARCHAR(500),
  trained_outside     BOOLEAN       NOT NULL,
  trained_on_platform BOOLEAN       NOT NULL,
  holder_count        INT           NOT NULL,
  rarity              VARCHAR(16)   NOT NULL,
  archived            BOOLEAN       NOT NULL,
  created_by          CHAR(36),
  created_at          DATETIME(6)   NOT NULL,
  updated_at          DATETIME(6)   NOT NULL,
  version             BIGINT        NOT NULL,
  CONSTRAINT pk_know_how PRIMARY KEY (id),
  CONSTRAINT fk_know_how_craft FOREIGN KEY (craft_code) REFERENCES craft (code),
  CONSTRAINT fk_know_how_manufacture FOREIGN KEY (manufacture_id) REFERENCES manufacture (id),
  CONSTRAINT fk_know_how_created_by FOREIGN KEY (created_by) REFERENCES account (id),
  CONSTRAINT ck_know_how_domain CHECK (domain IN ('TEXTILE', 'WOOD', 'METAL')),
  CONSTRAINT ck_know_how_recognition CHECK (
    (recognition IS NULL AND recognition_url IS NULL)
    OR (recognition IN ('UNESCO', 'INVENTORY') AND recognition_url IS NOT NULL)),
  CONSTRAINT ck_know_how_place CHECK (
    (latitude IS NULL AND longitude IS NULL) OR (latitude IS NOT NULL AND longitude IS NOT NULL)),
  CONSTRAINT ck_know_how_holder_count CHECK (holder_count >= 0),
  -- rarity is computed, never typed in: the database holds the rule too
  CONSTRAINT ck_know_how_rarity CHECK (rarity = CASE
    WHEN NOT (trained_outside OR trained_on_platform) AND holder_count <= 1 THEN 'CRITICAL'
    WHEN NOT (trained_outside OR trained_on_platform) AND holder_count <= 3 THEN 'ENDANGERED'
    WHEN holder_count <= 3 THEN 'VULNERABLE'
    WHEN NOT (trained_outside OR trained_on_platform) AND holder_count <= 10 THEN 'VULNERABLE'
    ELSE 'SAFE' END)
);
CREATE INDEX ix_know_how_rarity ON know_how (archived, rarity);
CREATE INDEX ix_know_how_domain ON know_how (domain);
CREATE INDEX ix_know_how_craft ON know_how (craft_code);
CREATE INDEX ix_know_how_region ON know_how (region);
CREATE INDEX ix_know_how_manufacture ON know_how (manufacture_id);
CREATE INDEX ix_know_how_place ON know_how (latitude, longitude);

CREATE TABLE know_how_technique (
  know_how_id CHAR(36)     NOT NULL,
  seq         INT          NOT NULL,
  name        VARCHAR(100) NOT NULL,
  CONSTRAINT pk_know_how_technique PRIMARY KEY (know_how_id, seq),
  CONSTRAINT fk_know_how_technique FOREIGN KEY (know_how_id) REFERENCES know_how (id)
);

CREATE TABLE know_how_holder (
  know_how_id CHAR(36) NOT NULL,
  account_id  CHAR(36) NOT NULL,
  CONSTRAINT pk_know_how_holder PRIMARY KEY (know_how_id, account_id),
  CONSTRAINT fk_know_how_holder_entry FOREIGN KEY (know_how_id) REFERENCES know_how (id),
  CONSTRAINT fk_know_how_holder_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_know_how_holder_account ON know_how_holder (account_id);

-- Full-text search: one row per normalised word of an entry (lower case, no accents), with the
-- weight of the field it came from. Queried by prefix on the primary key.
CREATE TABLE know_how_term (
  term        VARCHAR(64) NOT NULL,
  know_how_id CHAR(36)    NOT NULL,
  weight      INT         NOT NULL,
  CONSTRAINT pk_know_how_term PRIMARY KEY (term, know_how_id),
  CONSTRAINT fk_know_how_term FOREIGN KEY (know_how_id) REFERENCES know_how (id),
  CONSTRAINT ck_know_how_term_weight CHECK (weight > 0)
);
CREATE INDEX ix_know_how_term_entry ON know_how_term (know_how_id);
