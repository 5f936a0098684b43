-- The search no longer reads the database: each instance keeps a Lucene index derived from it (see
-- the README, "Search"). The term table and its indexes go.
DROP TABLE know_how_term;

-- The change feed: one row per thing that changed for the search, written in the transaction that
-- changed it. Every instance reads the rows it has not applied yet, about twice a second, and
-- updates its own index; rows older than a day are deleted.
CREATE TABLE search_change (
  id         BIGINT NOT NULL AUTO_INCREMENT,
  kind       VARCHAR(24) NOT NULL,
  item_id    VARCHAR(64) NOT NULL,
  changed_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_search_change PRIMARY KEY (id),
  CONSTRAINT ck_search_change_kind CHECK (kind IN
    ('KNOW_HOW', 'SESSION', 'VISIT_OFFER', 'APPRENTICESHIP_OFFER', 'MANUFACTURE'))
);
CREATE INDEX ix_search_change_at ON search_change (changed_at);
