package fr.passeurs.matching;

/** Where a matching round stands. */
public enum RoundStatus {
  RUNNING,
  DONE,
  FAILED
}
