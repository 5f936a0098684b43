package fr.passeurs.scheduling;

import fr.passeurs.platform.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * A person's private calendar address and the calendar's record of their time (an artisan's
 * reservations, anyone's machine bookings): shown to them; when they leave, the address goes and
 * their name gives way to the label on the reservations kept.
 */
@ApplicationScoped
public class SchedulingData implements PersonalData {

  @PersistenceContext private EntityManager em;

  /** The resources that are a person's own time. */
  private static final List<ResourceType> MY_TIME =
      List.of(ResourceType.ARTISAN, ResourceType.PERSON);

  /** A reservation of the person's time, in the export. */
  public record ReservationLine(
      String holderType, String holderId, String label, Instant start, Instant end) {}

  /** The calendar part, in the export. */
  public record Calendar(boolean privateAddress, List<ReservationLine> reservations) {}

  @Override
  public String part() {
    return "calendar";
  }

  @Override
  public Object heldOn(String accountId) {
    boolean feed =
        !em.createQuery(
                "SELECT f.tokenHash FROM CalendarFeed f WHERE f.ownerType = :type"
                    + " AND f.ownerId = :me",
                String.class)
            .setParameter("type", CalendarFeed.Owner.ACCOUNT)
            .setParameter("me", accountId)
            .getResultList()
            .isEmpty();
    List<ReservationLine> reservations =
        em.createQuery(
                "SELECT r FROM Reservation r WHERE r.resourceType IN :mine AND r.resourceId = :me"
                    + " ORDER BY r.startsAt",
                Reservation.class)
            .setParameter("mine", MY_TIME)
            .setParameter("me", accountId)
            .getResultStream()
            .map(
                r ->
                    new ReservationLine(
                        r.holderType().name(),
                        r.holderId(),
                        r.label(),
                        r.time().start(),
                        r.time().end()))
            .toList();
    return new Calendar(feed, reservations);
  }

  @Override
  public void forget(Erasure erasure) {
    String me = erasure.person().accountId();
    em.createQuery("DELETE FROM CalendarFeed f WHERE f.ownerType = :type AND f.ownerId = :me")
        .setParameter("type", CalendarFeed.Owner.ACCOUNT)
        .setParameter("me", me)
        .executeUpdate();
    em.createQuery(
            "UPDATE Reservation r SET r.resourceLabel = :label"
                + " WHERE r.resourceType IN :mine AND r.resourceId = :me")
        .setParameter("label", erasure.label())
        .setParameter("mine", MY_TIME)
        .setParameter("me", me)
        .executeUpdate();
  }
}
