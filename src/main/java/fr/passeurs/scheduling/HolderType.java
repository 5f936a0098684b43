package fr.passeurs.scheduling;

/** What holds a reservation. */
public enum HolderType {
  SESSION,
  VISIT,
  MACHINE_BOOKING
}
