package fr.passeurs.platform;

import java.util.List;

/**
 * What one context holds on a person, for the person's right to see it and to be forgotten. Each
 * context that keeps something about people implements it as a CDI bean; the account's owner
 * gathers every part ({@code GET /api/me/data}) and, when the person deletes their account, asks
 * each part first what must be handed over, then to forget.
 */
public interface PersonalData {

  /** The name of this part in the export ("enrolments", "certificates"…). */
  String part();

  /**
   * Everything this context holds on the person, as records and lists JSON-B writes as they are.
   */
  Object heldOn(String accountId);

  /**
   * What the person must hand over before their account can be deleted (know-how they hold, an
   * apprenticeship they lead…), each said as a message; empty when nothing.
   */
  default List<Message> handOverFirst(String accountId) {
    return List.of();
  }

  /**
   * Forgets the person, in the caller's transaction: what is theirs alone goes; what must be kept
   * (a register, a certificate) keeps the account's id and loses their name and contact details,
   * replaced by {@code erasure.label()}.
   */
  void forget(Erasure erasure);

  /**
   * Who is forgotten: the person (deleting their own account), their name and e-mail as they were.
   */
  record Erasure(Caller person, String name, String email, String label) {}
}
