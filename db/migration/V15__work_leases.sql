-- Periodic work (enrolment deadlines, unanswered requests and places, certificate batches left
-- behind, the mail outbox) runs on one instance of a cluster at a time: the instance that holds a
-- work's unexpired lease. A run that ends gives it back (no holder); an instance that dies mid-run
-- leaves it to expire, and another takes the work over.
CREATE TABLE work_lease (
  work_name   VARCHAR(64) NOT NULL,
  holder      VARCHAR(128),
  expires_at  DATETIME(6) NOT NULL,
  last_run_at DATETIME(6),
  CONSTRAINT pk_work_lease PRIMARY KEY (work_name)
);
