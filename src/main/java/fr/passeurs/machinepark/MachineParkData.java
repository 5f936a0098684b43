package fr.passeurs.machinepark;

import fr.passeurs.platform.PersonalData;
import fr.passeurs.scheduling.HolderType;
import fr.passeurs.scheduling.SchedulingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's machine bookings, authorisations and watches: shown to them; when they leave, their
 * bookings yet to start are cancelled (uncounted) and their watches go; what was used stays under
 * the account's id, for the manufacture's statements.
 */
@ApplicationScoped
public class MachineParkData implements PersonalData {

  @PersistenceContext private EntityManager em;
  @Inject private SchedulingService scheduling;
  @Inject private Clock clock;

  /** A booking, in the export. */
  public record BookingData(
      String id, String machineId, Instant start, Instant end, String status, int rateCents) {}

  /** An authorisation, in the export. */
  public record AuthorisationData(
      String machineId,
      Instant grantedAt,
      String reason,
      LocalDate expiresOn,
      Instant revokedAt,
      String revocationReason) {}

  /** A watch, in the export. */
  public record WatchData(String machineId, Instant from, Instant to, Instant notifiedAt) {}

  /** All three, in the export. */
  public record MachinePark(
      List<BookingData> bookings,
      List<AuthorisationData> authorisations,
      List<WatchData> watches) {}

  @Override
  public String part() {
    return "machinePark";
  }

  @Override
  public Object heldOn(String accountId) {
    List<BookingData> bookings =
        em.createQuery(
                "SELECT b FROM MachineBooking b WHERE b.accountId = :me ORDER BY b.startsAt",
                MachineBooking.class)
            .setParameter("me", accountId)
            .getResultStream()
            .map(
                b ->
                    new BookingData(
                        b.id(),
                        b.machineId(),
                        b.time().start(),
                        b.time().end(),
                        b.status().name(),
                        b.rateCents()))
            .toList();
    List<AuthorisationData> authorisations =
        em.createQuery(
                "SELECT a FROM Authorisation a WHERE a.accountId = :me ORDER BY a.grantedAt",
                Authorisation.class)
            .setParameter("me", accountId)
            .getResultStream()
            .map(
                a ->
                    new AuthorisationData(
                        a.machineId(),
                        a.grantedAt(),
                        a.reason(),
                        a.expiresOn(),
                        a.revokedAt(),
                        a.revocationReason()))
            .toList();
    List<WatchData> watches =
        em.createQuery(
                "SELECT w FROM Watch w WHERE w.accountId = :me ORDER BY w.createdAt", Watch.class)
            .setParameter("me", accountId)
            .getResultStream()
            .map(
                w ->
                    new WatchData(
                        w.machineId(), w.window().start(), w.window().end(), w.notifiedAt()))
            .toList();
    return new MachinePark(bookings, authorisations, watches);
  }

  @Override
  public void forget(Erasure erasure) {
    String me = erasure.person().accountId();
    Instant now = clock.instant();
    for (MachineBooking booking :
        em.createQuery(
                "SELECT b FROM MachineBooking b WHERE b.accountId = :me AND b.status = :booked"
                    + " AND b.startsAt > :now",
                MachineBooking.class)
            .setParameter("me", me)
            .setParameter("booked", BookingStatus.BOOKED)
            .setParameter("now", now)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList()) {
      booking.cancelUncounted(me, now);
      scheduling.release(HolderType.MACHINE_BOOKING, booking.id());
    }
    em.createQuery("DELETE FROM Watch w WHERE w.accountId = :me")
        .setParameter("me", me)
        .executeUpdate();
  }
}
