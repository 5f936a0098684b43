package fr.passeurs.platform.persistence;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Ids;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Finding an entity by the id a caller gave, or refusing with 404: an id that is not even well
 * formed is not looked for. {@code thing} names it in the refusal ({@code thing.<thing>}).
 */
public final class Found {

  private Found() {}

  /** The entity of that id, or a 404 refusal naming the thing. */
  public static <T> T or404(EntityManager em, Class<T> type, String id, String thing) {
    T found = Ids.isWellFormed(id) ? em.find(type, id) : null;
    if (found == null) {
      throw DomainException.notFound(thing, id);
    }
    return found;
  }

  /** The same, its row locked until the transaction ends (to change it safely). */
  public static <T> T lockedOr404(EntityManager em, Class<T> type, String id, String thing) {
    T found = Ids.isWellFormed(id) ? em.find(type, id, LockModeType.PESSIMISTIC_WRITE) : null;
    if (found == null) {
      throw DomainException.notFound(thing, id);
    }
    return found;
  }
}
