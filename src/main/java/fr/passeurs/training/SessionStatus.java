package fr.passeurs.training;

/** Whether a session takes place. */
public enum SessionStatus {
  SCHEDULED,
  CANCELLED
}
