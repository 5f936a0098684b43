package fr.passeurs.visit;

/** The disabilities an offer is adapted to, and that a class may need taken into account. */
public enum AccessibilityNeed {
  MOTOR,
  VISUAL,
  HEARING,
  COGNITIVE
}
