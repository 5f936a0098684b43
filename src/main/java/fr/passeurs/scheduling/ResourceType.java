package fr.passeurs.scheduling;

/** What can be reserved. */
public enum ResourceType {
  ROOM,
  MACHINE,
  /** An artisan's time: they cannot run two things at once. */
  ARTISAN
}
