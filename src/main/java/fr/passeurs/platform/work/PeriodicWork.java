package fr.passeurs.platform.work;

import java.time.Duration;
import java.util.Optional;

/**
 * Work the platform does by itself, again and again: close the enrolments whose deadline passed,
 * expire unanswered requests, run the certificate batches left behind, send the mail outbox. A bean
 * that implements it is run by {@link WorkScheduler}, on one instance of a cluster at a time.
 *
 * <p>Each run does what is due at that moment, each item checked again and locked by the service
 * that does it: a run that another instance takes over after this one died does the rest, never the
 * same thing twice.
 */
public interface PeriodicWork {

  /** Its name: the key of its lease in the database, and in the logs. */
  String name();

  /** How long a run may take before another instance may take the work over from this one. */
  default Duration lease() {
    return Duration.ofMinutes(5);
  }

  /**
   * How often it runs; empty: as often as all periodic work ({@code
   * passeurs.jobs.interval-seconds}).
   */
  default Optional<Duration> every() {
    return Optional.empty();
  }

  /** Whether it runs at all here (the mail outbox, only when SMTP is configured). */
  default boolean enabled() {
    return true;
  }

  /** Does what is due; returns how many things it did, for the log. */
  int run();
}
