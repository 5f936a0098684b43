package fr.passeurs.certificate;

/** Where a batch of certificates stands. */
public enum BatchState {
  QUEUED,
  RUNNING,
  DONE,
  FAILED
}
