package fr.passeurs.home;

import fr.passeurs.attendance.api.RegisterReads;
import fr.passeurs.machinepark.api.MachineParkReads;
import fr.passeurs.machinepark.api.MachineParkViews.MachineBookingView;
import fr.passeurs.matching.api.MatchingReads;
import fr.passeurs.matching.api.MatchingViews.MatchView;
import fr.passeurs.people.AccountStatus;
import fr.passeurs.people.api.AccountReads;
import fr.passeurs.people.api.AccountView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Dates;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.training.SessionQuery;
import fr.passeurs.training.api.EnrolmentReads;
import fr.passeurs.training.api.TrainingReads;
import fr.passeurs.training.api.TrainingViews.EnrolmentView;
import fr.passeurs.training.api.TrainingViews.SessionView;
import fr.passeurs.visit.api.VisitReads;
import fr.passeurs.visit.api.VisitViews.BookingView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * "Mon espace", the page each person lands on after logging in: what needs them now (a place
 * proposed by a round, a register to sign, a visit request to answer, artisans waiting for
 * activation, sessions under their minimum near their deadline), their next sessions and visits,
 * their places on waiting lists, each with the one link that acts on it. It composes what the
 * contexts' read models already tell, as the API gives them; it decides nothing.
 */
@Named
@RequestScoped
public class MySpaceBean {

  /** How far ahead the next sessions and visits are shown. */
  static final Duration AHEAD = Duration.ofDays(60);

  /** How far back sessions whose registers are still open are recalled. */
  static final Duration REGISTERS_BACK = Duration.ofDays(14);

  /** A session under its minimum is flagged when its enrolment closes within this. */
  static final Duration DEADLINE_NEAR = Duration.ofDays(7);

  @Inject private Caller caller;
  @Inject private Clock clock;
  @Inject private Dates dates;
  @Inject private EnrolmentReads enrolments;
  @Inject private TrainingReads trainings;
  @Inject private RegisterReads registers;
  @Inject private VisitReads visits;
  @Inject private MatchingReads matching;
  @Inject private AccountReads accounts;
  @Inject private MachineParkReads machines;

  /** One line: what it is, the page that acts on it, and when, for the order. */
  public record Item(String text, String link, String when, Instant at) {}

  private final List<Item> todo = new ArrayList<>();
  private final List<Item> coming = new ArrayList<>();
  private final List<Item> waiting = new ArrayList<>();

  @PostConstruct
  void read() {
    if (!caller.isAuthenticated()) {
      return;
    }
    Instant now = clock.instant();
    if (caller.has(Role.APPRENTICE)) {
      apprentice(now);
    }
    if (caller.has(Role.TEACHER) || caller.has(Role.ARTISAN)) {
      visits(now);
    }
    if (caller.has(Role.ARTISAN)) {
      artisan(now);
      machineBookings();
    }
    if (caller.has(Role.MANAGER)) {
      manager(now);
    }
    Comparator<Item> byTime =
        Comparator.comparing(Item::at, Comparator.nullsLast(Comparator.naturalOrder()));
    todo.sort(byTime);
    coming.sort(byTime);
    waiting.sort(byTime);
  }

  private void apprentice(Instant now) {
    for (MatchView match : matching.matches(caller)) {
      if ("PROPOSED".equals(match.status()) && match.respondBy().isAfter(now)) {
        todo.add(
            item(
                Feedback.text("space.match-proposed", dates.dayAndTime(match.respondBy())),
                "/me/apprenticeship.xhtml",
                match.respondBy()));
      }
    }
    for (EnrolmentView enrolment : enrolments.mine(caller)) {
      if ("CANCELLED".equals(enrolment.sessionStatus())
          || enrolment.endsAt() == null
          || !enrolment.endsAt().isAfter(now)) {
        continue;
      }
      String link = "/training/session.xhtml?id=" + enrolment.sessionId();
      if ("CONFIRMED".equals(enrolment.status())) {
        if (!enrolment.startsAt().isAfter(now)) {
          todo.add(
              item(
                  Feedback.text("space.sign", enrolment.title()),
                  "/attendance/sign.xhtml?session=" + enrolment.sessionId(),
                  enrolment.startsAt()));
        } else {
          coming.add(
              item(Feedback.text("space.session", enrolment.title()), link, enrolment.startsAt()));
        }
      } else if (enrolment.position() != null) {
        waiting.add(
            item(
                Feedback.text("space.waiting", enrolment.title(), enrolment.position()),
                link,
                enrolment.startsAt()));
      }
    }
  }

  private void visits(Instant now) {
    for (BookingView booking :
        visits
            .mine(caller, null, PageRequest.first(PageRequest.MAX_SIZE), Feedback.locale())
            .items()) {
      String link = "/visits/booking.xhtml?id=" + booking.id();
      boolean host = booking.artisan() != null && caller.is(booking.artisan().id());
      if ("REQUESTED".equals(booking.status())) {
        if (host) {
          todo.add(
              item(
                  Feedback.text("space.visit-request", booking.title()), link, booking.answerBy()));
        } else {
          waiting.add(
              item(Feedback.text("space.visit-asked", booking.title()), link, booking.answerBy()));
        }
      } else if ("CONFIRMED".equals(booking.status())
          && booking.confirmedTime() != null
          && booking.confirmedTime().end().isAfter(now)) {
        Instant at = booking.confirmedTime().start();
        coming.add(item(Feedback.text("space.visit", booking.title()), link, at));
      }
    }
  }

  private void artisan(Instant now) {
    for (SessionView session :
        trainings.runBy(
            caller.accountId(),
            new TimeRange(now.minus(REGISTERS_BACK), now.plus(AHEAD)),
            Feedback.locale())) {
      if ("CANCELLED".equals(session.status())) {
        continue;
      }
      if (session.startsAt().isAfter(now)) {
        coming.add(
            item(
                Feedback.text("space.run", session.title()),
                "/training/session.xhtml?id=" + session.id(),
                session.startsAt()));
      } else if (!registers.closed(session.id())) {
        todo.add(
            item(
                Feedback.text("space.register", session.title()),
                "/artisan/register.xhtml?session=" + session.id(),
                session.startsAt()));
      }
    }
  }

  private void machineBookings() {
    for (MachineBookingView booking : machines.myBookings(caller)) {
      if ("BOOKED".equals(booking.status())) {
        coming.add(
            item(
                Feedback.text("space.machine", booking.machine()),
                "/me/machine-bookings.xhtml",
                booking.start()));
      }
    }
  }

  private void manager(Instant now) {
    for (AccountView pending :
        accounts
            .list(caller, null, AccountStatus.PENDING, Role.ARTISAN, null, PageRequest.first(50))
            .items()) {
      todo.add(
          item(
              Feedback.text("space.pending-artisan", pending.displayName()),
              "/manager/account.xhtml?id=" + pending.id(),
              pending.createdAt()));
    }
    List<SessionView> soon =
        trainings
            .sessions(
                new SessionQuery(now, now.plus(AHEAD), null, caller.manufactureId(), null, null, 0),
                PageRequest.first(PageRequest.MAX_SIZE),
                Feedback.locale())
            .items();
    for (SessionView session : soon) {
      int minimum = session.minParticipants();
      Instant deadline = session.enrolmentDeadline();
      if (session.confirmed() < minimum
          && deadline != null
          && deadline.isAfter(now)
          && deadline.isBefore(now.plus(DEADLINE_NEAR))) {
        todo.add(
            item(
                Feedback.text(
                    "space.under-minimum",
                    session.title(),
                    session.confirmed(),
                    minimum,
                    dates.dayAndTime(deadline)),
                "/training/session.xhtml?id=" + session.id(),
                deadline));
      }
    }
  }

  private Item item(String text, String path, Instant at) {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    return new Item(text, context + path, at == null ? "" : dates.dayAndTime(at), at);
  }

  public List<Item> getTodo() {
    return todo;
  }

  public List<Item> getComing() {
    return coming;
  }

  public List<Item> getWaiting() {
    return waiting;
  }
}
