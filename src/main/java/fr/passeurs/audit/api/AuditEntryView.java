package fr.passeurs.audit.api;

import fr.passeurs.platform.AuditAction;
import java.time.Instant;

/**
 * A line of the audit trail as the admin reads it.
 *
 * @param actor who acted; null when the platform itself did
 * @param onBehalfOf for whom, when the actor acted for someone else (a manager correcting an
 *     artisan's register); null otherwise
 * @param subject what was acted on: a person by their current name, a certificate or a session by
 *     the label it had
 * @param manufactureId the manufacture concerned, if any
 * @param detail the reason given, or what changed
 * @param address the address the act came from; null for the platform's own work
 */
public record AuditEntryView(
    String id,
    Instant at,
    AuditAction action,
    AuditPerson actor,
    AuditPerson onBehalfOf,
    AuditSubject subject,
    String manufactureId,
    String detail,
    String address) {

  /** A person in the trail, named as they are now ({@code displayName} null if unknown). */
  public record AuditPerson(String id, String displayName) {}

  /**
   * What was acted on: its kind, its id and how it reads (a person's current name, a certificate's
   * code and title, a session's title and day).
   */
  public record AuditSubject(AuditAction.Subject kind, String id, String label) {}
}
