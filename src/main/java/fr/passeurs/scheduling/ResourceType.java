package fr.passeurs.scheduling;

/** What can be reserved. */
public enum ResourceType {
  ROOM,
  MACHINE,
  /** An artisan's time: they cannot run two things at once. */
  ARTISAN,
  /**
   * The time of someone who is not an artisan (an apprentice booking a machine): they cannot be in
   * two places at once either. An artisan's time stays {@link #ARTISAN}.
   */
  PERSON
}
