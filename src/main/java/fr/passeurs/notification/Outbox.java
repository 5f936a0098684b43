package fr.passeurs.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The outbox's storage: each step in a transaction of its own, between sending attempts. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class Outbox {

  /** How long a claimed mail is left to its worker before another may try. */
  static final Duration LEASE = Duration.ofMinutes(2);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  List<String> due(int limit) {
    return em.createQuery(
            "SELECT m.id FROM OutgoingMail m WHERE m.status = :pending AND m.nextAttemptAt <= :now"
                + " ORDER BY m.nextAttemptAt",
            String.class)
        .setParameter("pending", MailStatus.PENDING)
        .setParameter("now", clock.instant())
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Takes the mail for this worker if it is still due; another worker that took it at the same
   * moment makes this commit fail on the version, and this worker leaves it.
   */
  Optional<OutgoingMail> claim(String id) {
    OutgoingMail mail = em.find(OutgoingMail.class, id);
    if (mail == null
        || mail.status() != MailStatus.PENDING
        || mail.nextAttemptAt().isAfter(clock.instant())) {
      return Optional.empty();
    }
    mail.lease(clock.instant().plus(LEASE));
    em.flush();
    return Optional.of(mail);
  }

  void sent(String id) {
    em.find(OutgoingMail.class, id).sent(clock.instant());
  }

  void failed(String id, String error, Duration retry) {
    em.find(OutgoingMail.class, id).failed(error, clock.instant(), retry);
  }
}
