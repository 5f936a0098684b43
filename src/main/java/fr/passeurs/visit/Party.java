package fr.passeurs.visit;

/** The part a person plays in a booking, which decides what they may do with it. */
public enum Party {
  /** The teacher who booked. */
  TEACHER,
  /** The artisan who hosts the visit. */
  HOST,
  /** A manager of the manufacture where it takes place, or the admin. */
  MANAGER
}
