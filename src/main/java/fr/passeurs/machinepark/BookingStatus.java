package fr.passeurs.machinepark;

/** Where a machine booking stands. */
public enum BookingStatus {
  /** Held in the calendar. */
  BOOKED,
  /** Cancelled: its time is free again; counted as used if cancelled after the free limit. */
  CANCELLED,
  /** The person did not come: counted as used, and shown so. */
  NO_SHOW,
  /** A manager let it go: not counted. */
  WAIVED
}
