package fr.passeurs.demo;

import fr.passeurs.attendance.AttendanceStatus;
import fr.passeurs.attendance.RegisterService;
import fr.passeurs.certificate.Certificate;
import fr.passeurs.certificate.CertificateService;
import fr.passeurs.matching.Match;
import fr.passeurs.matching.MatchService;
import fr.passeurs.matching.MatchStatus;
import fr.passeurs.matching.MatchingRound;
import fr.passeurs.matching.MatchingRoundService;
import fr.passeurs.matching.RoundRunner;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.Role;
import fr.passeurs.training.EnrolmentService;
import fr.passeurs.training.SessionPlan;
import fr.passeurs.training.SessionService;
import fr.passeurs.training.TrainingSession;
import fr.passeurs.visit.SchoolLevel;
import fr.passeurs.visit.VisitBooking;
import fr.passeurs.visit.VisitBookingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo's past, lived through the same rules as everything else (on a thread living in the past,
 * {@link ClockProducer#livingAt}): a weaving session held three weeks ago, its register kept and
 * signed, its certificates issued and one of them revoked; a matching round run, Léa accepting her
 * place; a class visit done and its attestation issued. So that a newcomer sees what each page
 * shows once things have happened.
 */
@ApplicationScoped
public class DemoHistory {

  private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());

  /** What the history needs of the demo's present. */
  record Cast(
      String aubusson,
      String aubussonManager,
      String mathilde,
      String pierre,
      String weavingTraining,
      String looms,
      String loom,
      String lea,
      String youssef,
      String claire,
      String uai,
      String tapestryOffer) {}

  @Inject private SessionService sessions;
  @Inject private EnrolmentService enrolments;
  @Inject private RegisterService registers;
  @Inject private CertificateService certificates;
  @Inject private MatchingRoundService rounds;
  @Inject private MatchService matches;
  @Inject private RoundRunner runner;
  @Inject private VisitBookingService visits;
  @Inject private DemoHistory self;

  /** A read in a transaction of its own (see {@code DemoData#load}). */
  @Transactional
  public <T> T read(Supplier<T> query) {
    return query.get();
  }

  void live(Cast cast) {
    LocalDate held =
        LocalDate.now(ClockProducer.PARIS)
            .with(TemporalAdjusters.previous(DayOfWeek.MONDAY))
            .minusWeeks(2);
    heldSession(cast, held);
    finishedRound(cast);
    visitDone(cast, held.plusDays(1));
  }

  /** A weaving day in Aubusson on that Monday: Léa present, Youssef late, both certified. */
  private void heldSession(Cast cast, LocalDate day) {
    Caller mathilde = new Caller(cast.mathilde(), Set.of(Role.ARTISAN), cast.aubusson());
    Caller lea = apprentice(cast.lea());
    Caller youssef = apprentice(cast.youssef());
    String session =
        at(
            day.minusDays(7),
            "10:00",
            () -> {
              TrainingSession scheduled =
                  sessions.schedule(
                      mathilde,
                      cast.weavingTraining(),
                      new SessionPlan(
                          cast.looms(),
                          Set.of(cast.loom()),
                          List.of(DemoData.halfDay(day, true), DemoData.halfDay(day, false)),
                          6,
                          DemoData.parisTime(day.minusDays(3), 18, 0)));
              enrolments.enrol(lea, scheduled.id());
              enrolments.enrol(youssef, scheduled.id());
              return scheduled.id();
            });
    at(
        day,
        "09:20",
        () -> {
          registers.record(
              mathilde,
              session,
              0,
              cast.youssef(),
              AttendanceStatus.LATE,
              20,
              "Train en retard",
              "démo");
          return registers.sign(lea, session, 0, null, "démo");
        });
    at(day, "12:35", () -> registers.signAsTrainer(mathilde, session, 0, "démo"));
    at(
        day,
        "14:05",
        () -> {
          registers.record(
              mathilde, session, 1, cast.lea(), AttendanceStatus.PRESENT, null, "", "démo");
          return registers.record(
              mathilde, session, 1, cast.youssef(), AttendanceStatus.PRESENT, null, "", "démo");
        });
    at(day, "17:05", () -> registers.signAsTrainer(mathilde, session, 1, "démo"));

    // the register is closed: its certificates are issued in the background
    Caller manager = new Caller(cast.aubussonManager(), Set.of(Role.MANAGER), cast.aubusson());
    waitUntil(
        "the certificates of the demo session",
        () -> self.read(() -> certificates.ofSession(manager, session)).size() == 2);
    Certificate youssefs =
        self.read(() -> certificates.ofSession(manager, session)).stream()
            .filter(c -> c.recipientId().equals(cast.youssef()))
            .findFirst()
            .orElseThrow();
    certificates.revoke(
        manager,
        youssefs.code().toString(),
        "Délivré avant la correction du registre : à délivrer de nouveau.");
  }

  /** A round over the whole platform, Léa accepting the place it proposes her. */
  private void finishedRound(Cast cast) {
    MatchingRound round = rounds.start(Caller.system(), null, 20261206L);
    try {
      runner.submit(round.id()).get(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (ExecutionException | TimeoutException e) {
      LOG.log(
          Level.WARNING, "The demo matching round did not end; the demo goes on without it.", e);
      return;
    }
    Caller lea = apprentice(cast.lea());
    self.read(() -> matches.mine(lea)).stream()
        .filter(m -> m.status() == MatchStatus.PROPOSED)
        .map(Match::id)
        .findFirst()
        .ifPresent(place -> matches.accept(lea, place));
  }

  /** Claire's class visits the tapestry workshop that Tuesday; Pierre marks it done, she agrees. */
  private void visitDone(Cast cast, LocalDate day) {
    Caller claire = new Caller(cast.claire(), Set.of(Role.TEACHER), null);
    Caller pierre = new Caller(cast.pierre(), Set.of(Role.ARTISAN), cast.aubusson());
    String visit =
        at(
            day.minusDays(8),
            "16:00",
            () -> {
              VisitBooking requested =
                  visits.request(
                      claire,
                      cast.tapestryOffer(),
                      cast.uai(),
                      new VisitBooking.Request(
                          SchoolLevel.COLLEGE,
                          9,
                          2,
                          Set.of(),
                          "Club tissage du collège : neuf élèves de 5e.",
                          List.of(DemoData.parisTime(day, 10, 0))));
              visits.confirm(pierre, requested.id(), 0);
              return requested.id();
            });
    at(day, "11:45", () -> visits.markDone(pierre, visit, 9, 2));
    at(day, "17:00", () -> visits.confirmAttendance(claire, visit));
  }

  private static Caller apprentice(String id) {
    return new Caller(id, Set.of(Role.APPRENTICE), null);
  }

  /** The work done that day at that Paris time. */
  private static <T> T at(LocalDate day, String time, Supplier<T> work) {
    Instant when =
        day.atTime(java.time.LocalTime.parse(time)).atZone(ClockProducer.PARIS).toInstant();
    return ClockProducer.livingAt(when, work);
  }

  /** Waits for work done in the background (certificates, a round), at most a minute. */
  private static void waitUntil(String what, BooleanSupplier done) {
    Instant until = Instant.now().plus(Duration.ofMinutes(1));
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(until)) {
        LOG.warning(() -> "The demo went on without waiting longer for " + what + ".");
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
