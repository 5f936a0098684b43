-- Faster catalogue search (see the README, "Search").

-- The rarity as a number, rarest first, so that "rarest first" is an index order.
ALTER TABLE know_how ADD COLUMN rarity_rank SMALLINT NOT NULL DEFAULT 3;
UPDATE know_how SET rarity_rank = CASE rarity
  WHEN 'CRITICAL' THEN 0 WHEN 'ENDANGERED' THEN 1 WHEN 'VULNERABLE' THEN 2 ELSE 3 END;
ALTER TABLE know_how ALTER COLUMN rarity_rank DROP DEFAULT;
ALTER TABLE know_how ADD CONSTRAINT ck_know_how_rarity_rank CHECK (rarity_rank = CASE rarity
  WHEN 'CRITICAL' THEN 0 WHEN 'ENDANGERED' THEN 1 WHEN 'VULNERABLE' THEN 2 ELSE 3 END);
CREATE INDEX ix_know_how_rarest ON know_how (archived, rarity_rank, title);

-- Each row of the term table (one per normalised word of a published entry) now also carries the
-- entry's filterable facts, so that a search reads this one table and groups it by entry,
-- whatever the database's join planner would do. The application rewrites an entry's rows
-- whenever the entry changes; an archived entry has none.
ALTER TABLE know_how_term ADD COLUMN domain VARCHAR(16) NOT NULL DEFAULT 'TEXTILE';
ALTER TABLE know_how_term ADD COLUMN craft_code VARCHAR(64);
ALTER TABLE know_how_term ADD COLUMN region VARCHAR(40);
ALTER TABLE know_how_term ADD COLUMN rarity VARCHAR(16) NOT NULL DEFAULT 'SAFE';
ALTER TABLE know_how_term ADD COLUMN manufacture_id CHAR(36);
ALTER TABLE know_how_term ADD COLUMN latitude DOUBLE;
ALTER TABLE know_how_term ADD COLUMN longitude DOUBLE;
UPDATE know_how_term SET
  domain = (SELECT k.domain FROM know_how k WHERE k.id = know_how_term.know_how_id),
  craft_code = (SELECT k.craft_code FROM know_how k WHERE k.id = know_how_term.know_how_id),
  region = (SELECT k.region FROM know_how k WHERE k.id = know_how_term.know_how_id),
  rarity = (SELECT k.rarity FROM know_how k WHERE k.id = know_how_term.know_how_id),
  manufacture_id = (SELECT k.manufacture_id FROM know_how k WHERE k.id = know_how_term.know_how_id),
  latitude = (SELECT k.latitude FROM know_how k WHERE k.id = know_how_term.know_how_id),
  longitude = (SELECT k.longitude FROM know_how k WHERE k.id = know_how_term.know_how_id);
ALTER TABLE know_how_term ALTER COLUMN domain DROP DEFAULT;
ALTER TABLE know_how_term ALTER COLUMN rarity DROP DEFAULT;
-- Every column, so that a search reads this index alone: H2 then never looks rows up one by one
-- (ten times faster there); on MariaDB the clustered primary key would do, and this costs space.
CREATE INDEX ix_know_how_term_search ON know_how_term
  (term, know_how_id, weight, rarity, domain, region, craft_code, manufacture_id, latitude, longitude);
CREATE INDEX ix_know_how_term_manufacture ON know_how_term (manufacture_id);
