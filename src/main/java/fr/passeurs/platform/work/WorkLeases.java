package fr.passeurs.platform.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The leases of periodic work in the database, shared by every instance of a cluster. Taking one is
 * a single conditional update, so that of several instances asking at once exactly one gets it.
 */
@ApplicationScoped
public class WorkLeases {

  @PersistenceContext private EntityManager em;
  @Inject private WorkLeases self;

  /**
   * Takes the lease of {@code work} for {@code holder} until {@code now + lease}, if nobody holds
   * it now (given back, or expired) or {@code holder} does; true if it was taken.
   */
  public boolean claim(String work, String holder, Instant now, Duration lease) {
    if (self.take(work, holder, now, now.plus(lease))) {
      return true;
    }
    try {
      return self.create(work, holder, now.plus(lease));
    } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
      return false; // another instance created it at the same moment, and holds it
    }
  }

  /** Gives the lease back once the run is over: the next run, on any instance, may take it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void release(String work, String holder, Instant now) {
    em.createQuery(
            "UPDATE WorkLease w SET w.holder = NULL, w.lastRunAt = :now"
                + " WHERE w.name = :work AND w.holder = :holder")
        .setParameter("now", now)
        .setParameter("work", work)
        .setParameter("holder", holder)
        .executeUpdate();
  }

  /** The lease of a piece of work as it stands, if it was ever taken. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<WorkLease> of(String work) {
    return Optional.ofNullable(em.find(WorkLease.class, work));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean take(String work, String holder, Instant now, Instant until) {
    return em.createQuery(
                "UPDATE WorkLease w SET w.holder = :holder, w.expiresAt = :until"
                    + " WHERE w.name = :work"
                    + " AND (w.holder IS NULL OR w.expiresAt <= :now OR w.holder = :holder)")
            .setParameter("holder", holder)
            .setParameter("until", until)
            .setParameter("work", work)
            .setParameter("now", now)
            .executeUpdate()
        == 1;
  }

  /** The first lease of a piece of work; refused (at commit) if another instance created it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean create(String work, String holder, Instant until) {
    if (em.find(WorkLease.class, work) != null) {
      return false;
    }
    em.persist(new WorkLease(work, holder, until));
    em.flush();
    return true;
  }
}
