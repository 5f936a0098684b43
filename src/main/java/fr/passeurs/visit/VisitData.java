package fr.passeurs.visit;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The class visits a person asked for or hosts, and the schools they teach in: shown to them; a
 * teacher's open requests and visits ahead cancelled when they leave (the host is told); a host's
 * visits ahead handed over first.
 */
@ApplicationScoped
public class VisitData implements PersonalData {

  @PersistenceContext private EntityManager em;
  @Inject private VisitBookingService bookings;
  @Inject private Clock clock;

  /** A visit, in the export. */
  public record VisitLine(
      String id, String title, String role, String status, Instant time, String schoolId) {}

  /** A school one teaches in, in the export. */
  public record SchoolData(String uai, String name, String city) {}

  /** Both, in the export. */
  public record Visits(List<VisitLine> visits, List<SchoolData> schools) {}

  @Override
  public String part() {
    return "classVisits";
  }

  private List<VisitBooking> of(String accountId) {
    return em.createQuery(
            "SELECT b FROM VisitBooking b WHERE b.teacherId = :me OR b.artisanId = :me"
                + " ORDER BY b.firstWishedAt, b.id",
            VisitBooking.class)
        .setParameter("me", accountId)
        .getResultList();
  }

  @Override
  public Object heldOn(String accountId) {
    List<VisitLine> visits =
        of(accountId).stream()
            .map(
                b ->
                    new VisitLine(
                        b.id(),
                        b.title(),
                        accountId.equals(b.teacherId()) ? "TEACHER" : "HOST",
                        b.status().name(),
                        b.confirmedTime().map(t -> t.start()).orElse(null),
                        b.schoolId()))
            .toList();
    List<SchoolData> schools =
        bookings.schoolsOf(accountId).stream()
            .map(s -> new SchoolData(s.uai(), s.name(), s.city()))
            .toList();
    return new Visits(visits, schools);
  }

  @Override
  public List<Message> handOverFirst(String accountId) {
    Instant now = clock.instant();
    long hosted =
        of(accountId).stream()
            .filter(b -> accountId.equals(b.artisanId()) && b.status().isOpen())
            .filter(b -> b.confirmedTime().map(t -> t.end().isAfter(now)).orElse(true))
            .count();
    return hosted == 0 ? List.of() : List.of(Message.of("problem.hand-over.visits", hosted));
  }

  @Override
  public void forget(Erasure erasure) {
    String me = erasure.person().accountId();
    for (VisitBooking booking : of(me)) {
      if (me.equals(booking.teacherId()) && booking.status().isOpen()) {
        try {
          bookings.cancel(erasure.person(), booking.id(), erasure.label());
        } catch (DomainException tooLate) {
          // kept under the account's id, as it stands
        }
      }
    }
    for (School school : bookings.schoolsOf(me)) {
      em.find(School.class, school.id()).removeTeacher(me);
    }
  }
}
