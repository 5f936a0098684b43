package fr.passeurs.certificate;

import fr.passeurs.certificate.core.StatusList;
import fr.passeurs.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The status lists through which certificates are revoked: indexes are handed out under a lock of
 * the current list's row, within the issuing transaction, so that concurrent issuing never gives
 * one index twice; each revocation signs its list again, and the signed list is kept to be served
 * as is.
 */
@ApplicationScoped
public class StatusLists {

  @PersistenceContext private EntityManager em;
  @Inject private IssuerKeys keys;
  @Inject private CertificateSettings settings;
  @Inject private Clock clock;

  /**
   * Locks the current list until the caller's transaction ends: whoever issues holds it, so that
   * issuing is done one at a time and sees what the one before issued.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public PublishedStatusList lockCurrent() {
    Integer last =
        em.createQuery("SELECT MAX(l.number) FROM PublishedStatusList l", Integer.class)
            .getSingleResult();
    return em.find(PublishedStatusList.class, last, LockModeType.PESSIMISTIC_WRITE);
  }

  /** The next free entry of the current list, opening a new list when it is full. */
  @Transactional(Transactional.TxType.MANDATORY)
  public PublishedStatusList allocate() {
    PublishedStatusList list = lockCurrent();
    if (list.full()) {
      PublishedStatusList next = new PublishedStatusList(list.number() + 1, list.size());
      em.persist(next);
      em.flush();
      list = em.find(PublishedStatusList.class, next.number(), LockModeType.PESSIMISTIC_WRITE);
    }
    return list;
  }

  /** Signs again, now, the list of that number from the revoked certificates it holds. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void republish(int number) {
    PublishedStatusList list =
        em.find(PublishedStatusList.class, number, LockModeType.PESSIMISTIC_WRITE);
    list.published(sign(list), clock.instant());
  }

  /** The signed status list credential of that number, signed now if it never was. */
  @Transactional
  public String credential(int number) {
    PublishedStatusList list = em.find(PublishedStatusList.class, number);
    if (list == null) {
      throw DomainException.notFound("status-list", Integer.toString(number));
    }
    if (list.credential() == null) {
      republish(number);
    }
    return list.credential();
  }

  private String sign(PublishedStatusList list) {
    StatusList bits = new StatusList(list.size());
    em.createQuery(
            "SELECT c.statusIndex FROM Certificate c WHERE c.statusList = :n AND c.revokedAt IS"
                + " NOT NULL",
            Integer.class)
        .setParameter("n", list.number())
        .getResultList()
        .forEach(bits::revoke);
    return keys.issuer(settings.issuer())
        .issueStatusList(settings.statusListUrl(list.number()), bits, clock.instant());
  }
}
