package fr.passeurs.scheduling;

import fr.passeurs.platform.TimeRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** Looks for the reservation in the way of a booking. */
@ApplicationScoped
public class ReservationQueries {

  @PersistenceContext private EntityManager em;

  /** In the caller's transaction, if any. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Reservation> firstConflict(Booking booking) {
    return find(booking);
  }

  /**
   * In a transaction of its own: after a write was refused by the key, the caller's transaction can
   * no longer read, but what won is committed and can be named.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Reservation> firstConflictAfresh(Booking booking) {
    return find(booking);
  }

  private Optional<Reservation> find(Booking booking) {
    for (ResourceRef resource : booking.resources()) {
      for (TimeRange time : booking.times()) {
        List<Reservation> found =
            em.createQuery(
                    "SELECT r FROM Reservation r WHERE r.resourceType = :type AND r.resourceId = :id"
                        + " AND r.startsAt < :end AND r.endsAt > :start"
                        + " AND NOT (r.holderType = :holderType AND r.holderId = :holderId)"
                        + " ORDER BY r.startsAt",
                    Reservation.class)
                .setParameter("type", resource.type())
                .setParameter("id", resource.id())
                .setParameter("start", time.start())
                .setParameter("end", time.end())
                .setParameter("holderType", booking.holderType())
                .setParameter("holderId", booking.holderId())
                .setMaxResults(1)
                .getResultList();
        if (!found.isEmpty()) {
          return Optional.of(found.get(0));
        }
      }
    }
    return Optional.empty();
  }
}
