package fr.passeurs.matching.core;

/** How far an apprentice has come in a craft, and what an offer requires; in increasing order. */
public enum ApprenticeLevel {
  /** Never practised. */
  NOVICE,
  /** Has the first gestures (an initiation, a few months). */
  BEGINNER,
  /** Works alone on simple pieces (a CAP or some years). */
  INTERMEDIATE,
  /** A professional of the craft, or of a close one. */
  ADVANCED;

  public boolean reaches(ApprenticeLevel required) {
    return compareTo(required) >= 0;
  }
}
