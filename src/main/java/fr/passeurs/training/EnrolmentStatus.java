package fr.passeurs.training;

/** Where an apprentice stands in a session. */
public enum EnrolmentStatus {
  CONFIRMED,
  WAITLISTED,
  CANCELLED
}
