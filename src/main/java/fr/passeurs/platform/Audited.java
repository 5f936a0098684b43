package fr.passeurs.platform;

/**
 * Something someone did that the audit trail keeps, fired by the service that did it, inside its
 * transaction: recorded if and only if the act itself is.
 *
 * @param actorId the account that acted; null for the platform itself
 * @param onBehalfOf the account the actor acted for, when not themselves (a manager correcting an
 *     artisan's register); null otherwise
 * @param subjectId the account, certificate or session acted on
 * @param subjectLabel how the thing acted on reads in the trail when it is not a person (a
 *     certificate's code and title, a session's title and day); people are named when the trail is
 *     read, so that a person who left is no longer named
 * @param manufactureId the manufacture concerned, when there is one
 * @param detail the reason given, or what changed; null if none
 */
public record Audited(
    AuditAction action,
    String actorId,
    String onBehalfOf,
    String subjectId,
    String subjectLabel,
    String manufactureId,
    String detail) {

  /** An act on a person's account: they are named when the trail is read. */
  public static Audited onAccount(
      AuditAction action, Caller actor, String accountId, String manufactureId, String detail) {
    return new Audited(action, actor.accountId(), null, accountId, null, manufactureId, detail);
  }
}
