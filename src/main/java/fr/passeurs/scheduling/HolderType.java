package fr.passeurs.scheduling;

/** What holds a reservation. */
public enum HolderType {
  SESSION,
  VISIT,
  MACHINE_BOOKING,
  /** A machine out of order or in maintenance: nothing else may take it then. */
  OUTAGE
}
