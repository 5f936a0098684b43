package fr.passeurs.home;

import fr.passeurs.attendance.RegisterService;
import fr.passeurs.matching.Match;
import fr.passeurs.matching.MatchService;
import fr.passeurs.matching.MatchStatus;
import fr.passeurs.people.Account;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountStatus;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Dates;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.training.EnrolmentService;
import fr.passeurs.training.EnrolmentStatus;
import fr.passeurs.training.SessionQuery;
import fr.passeurs.training.SessionReader;
import fr.passeurs.training.SessionService;
import fr.passeurs.training.TrainingSession;
import fr.passeurs.visit.VisitBooking;
import fr.passeurs.visit.VisitBookingService;
import fr.passeurs.visit.VisitStatus;
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
 * contexts' services already tell; it decides nothing.
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
  @Inject private EnrolmentService enrolments;
  @Inject private SessionService sessions;
  @Inject private SessionReader sessionReader;
  @Inject private RegisterService registers;
  @Inject private VisitBookingService visits;
  @Inject private MatchService matches;
  @Inject private AccountService accounts;

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
    for (Match match : matches.mine(caller)) {
      if (match.status() == MatchStatus.PROPOSED && match.respondBy().isAfter(now)) {
        todo.add(
            item(
                Feedback.text("space.match-proposed", dates.dayAndTime(match.respondBy())),
                "/me/apprenticeship.xhtml",
                match.respondBy()));
      }
    }
    for (EnrolmentService.Standing standing : enrolments.mine(caller)) {
      TrainingSession session = sessions.get(standing.enrolment().sessionId());
      if (session.isCancelled() || !session.endsAt().isAfter(now)) {
        continue;
      }
      String link = "/training/session.xhtml?id=" + session.id();
      if (standing.enrolment().status() == EnrolmentStatus.CONFIRMED) {
        if (!session.startsAt().isAfter(now)) {
          todo.add(
              item(
                  Feedback.text("space.sign", session.title()),
                  "/attendance/sign.xhtml?session=" + session.id(),
                  session.startsAt()));
        } else {
          coming.add(
              item(Feedback.text("space.session", session.title()), link, session.startsAt()));
        }
      } else if (standing.position() != null) {
        waiting.add(
            item(
                Feedback.text("space.waiting", session.title(), standing.position()),
                link,
                session.startsAt()));
      }
    }
  }

  private void visits(Instant now) {
    for (VisitBooking booking :
        visits.mine(caller, null, PageRequest.first(PageRequest.MAX_SIZE)).items()) {
      String link = "/visits/booking.xhtml?id=" + booking.id();
      boolean host = caller.is(booking.artisanId());
      if (booking.status() == VisitStatus.REQUESTED) {
        if (host) {
          todo.add(
              item(
                  Feedback.text("space.visit-request", booking.title()), link, booking.answerBy()));
        } else {
          waiting.add(
              item(Feedback.text("space.visit-asked", booking.title()), link, booking.answerBy()));
        }
      } else if (booking.status() == VisitStatus.CONFIRMED
          && booking.confirmedTime().isPresent()
          && booking.confirmedTime().get().end().isAfter(now)) {
        Instant at = booking.confirmedTime().get().start();
        coming.add(item(Feedback.text("space.visit", booking.title()), link, at));
      }
    }
  }

  private void artisan(Instant now) {
    for (TrainingSession session :
        sessions.runBy(
            caller.accountId(), new TimeRange(now.minus(REGISTERS_BACK), now.plus(AHEAD)))) {
      if (session.isCancelled()) {
        continue;
      }
      if (session.startsAt().isAfter(now)) {
        coming.add(
            item(
                Feedback.text("space.run", session.title()),
                "/training/session.xhtml?id=" + session.id(),
                session.startsAt()));
      } else if (!registers.registerOf(session.id()).closed()) {
        todo.add(
            item(
                Feedback.text("space.register", session.title()),
                "/artisan/register.xhtml?session=" + session.id(),
                session.startsAt()));
      }
    }
  }

  private void manager(Instant now) {
    for (Account pending :
        accounts
            .list(caller, AccountStatus.PENDING, Role.ARTISAN, null, PageRequest.first(50))
            .items()) {
      todo.add(
          item(
              Feedback.text("space.pending-artisan", pending.displayName()),
              "/manager/account.xhtml?id=" + pending.id(),
              pending.createdAt()));
    }
    List<TrainingSession> soon =
        sessions
            .search(
                new SessionQuery(now, now.plus(AHEAD), null, caller.manufactureId(), null, null, 0),
                PageRequest.first(PageRequest.MAX_SIZE))
            .items();
    for (SessionReader.SessionDetails details : sessionReader.details(soon)) {
      TrainingSession session = details.session();
      int minimum = details.training().minParticipants();
      Instant deadline = session.enrolmentDeadline();
      if (session.confirmedCount() < minimum
          && deadline != null
          && deadline.isAfter(now)
          && deadline.isBefore(now.plus(DEADLINE_NEAR))) {
        todo.add(
            item(
                Feedback.text(
                    "space.under-minimum",
                    session.title(),
                    session.confirmedCount(),
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
