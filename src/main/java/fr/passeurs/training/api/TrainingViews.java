package fr.passeurs.training.api;

import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Message;
import fr.passeurs.training.Enrolment;
import fr.passeurs.training.EnrolmentService;
import fr.passeurs.training.SessionReader.SessionDetails;
import fr.passeurs.training.Slot;
import fr.passeurs.training.Training;
import fr.passeurs.training.TrainingSession;
import fr.passeurs.workshop.ManufactureSummary;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** How trainings, sessions and enrolments look in the API. */
public final class TrainingViews {

  private TrainingViews() {}

  /** Someone, by name. */
  public record SessionPerson(String id, String displayName) {
    static SessionPerson of(AccountSummary a) {
      return a == null ? null : new SessionPerson(a.id(), a.displayName());
    }
  }

  /** Where. */
  public record SessionPlace(String id, String name, String city) {
    static SessionPlace of(ManufactureSummary m) {
      return m == null ? null : new SessionPlace(m.id(), m.name(), m.city());
    }
  }

  /** A training. */
  public record TrainingView(
      String id,
      String knowHowId,
      String artisanId,
      String manufactureId,
      String title,
      String objectives,
      String level,
      int durationHours,
      int minParticipants,
      int maxParticipants,
      Integer minimumAge,
      int priceCents,
      List<String> prerequisiteIds,
      int minAttendancePercent,
      List<String> qualifiesFor,
      long version,
      Instant createdAt) {
    static TrainingView of(Training t) {
      return new TrainingView(
          t.id(),
          t.knowHowId(),
          t.artisanId(),
          t.manufactureId(),
          t.title(),
          t.objectives(),
          t.level().name(),
          t.durationHours(),
          t.minParticipants(),
          t.maxParticipants(),
          t.minimumAge(),
          t.priceCents(),
          t.prerequisiteIds().stream().sorted().toList(),
          t.minAttendancePercent(),
          t.qualifyingMachineIds().stream().sorted().toList(),
          t.version(),
          t.createdAt());
    }
  }

  /** A half-day of a session. */
  public record SlotView(Instant start, Instant end, String halfDay) {
    static SlotView of(Slot s) {
      return new SlotView(s.time().start(), s.time().end(), s.halfDay().name());
    }
  }

  /** A room or a machine, by name. */
  public record Named(String id, String name) {}

  /** The caller's own place in a session. */
  public record MyPlace(String enrolmentId, String status, Integer position) {}

  /** A session. */
  public record SessionView(
      String id,
      String trainingId,
      String title,
      String knowHowId,
      String level,
      Integer minimumAge,
      int priceCents,
      SessionPlace manufacture,
      Named room,
      List<Named> machines,
      SessionPerson artisan,
      List<SlotView> slots,
      Instant startsAt,
      Instant endsAt,
      int seats,
      int seatsLeft,
      int confirmed,
      long waitlisted,
      int minParticipants,
      Instant enrolmentDeadline,
      boolean enrolmentOpen,
      String status,
      String cancelReason,
      MyPlace myEnrolment) {

    /**
     * The session as the API shows it; why it was cancelled is written in {@code language}, the
     * request's (the words of its organisers as they are).
     */
    static SessionView of(SessionDetails d, EnrolmentService.Standing mine, Locale language) {
      TrainingSession s = d.session();
      int minParticipants = d.training() == null ? 1 : d.training().minParticipants();
      Message cancellation = s.cancellation(minParticipants);
      return new SessionView(
          s.id(),
          s.trainingId(),
          s.title(),
          s.knowHowId(),
          d.training() == null ? null : d.training().level().name(),
          d.training() == null ? null : d.training().minimumAge(),
          d.training() == null ? 0 : d.training().priceCents(),
          SessionPlace.of(d.manufacture()),
          d.room() == null ? null : new Named(d.room().id(), d.room().name()),
          d.machines().stream().map(m -> new Named(m.id(), m.name())).toList(),
          SessionPerson.of(d.artisan()),
          s.slots().stream().map(SlotView::of).toList(),
          s.startsAt(),
          s.endsAt(),
          s.seats(),
          s.seatsLeft(),
          s.confirmedCount(),
          d.waitlisted(),
          minParticipants,
          s.enrolmentDeadline(),
          !s.enrolmentClosed(),
          s.status().name(),
          cancellation == null ? null : cancellation.in(language),
          mine == null
              ? null
              : new MyPlace(
                  mine.enrolment().id(), mine.enrolment().status().name(), mine.position()));
    }
  }

  /** An enrolment, with its session. */
  public record EnrolmentView(
      String id,
      String sessionId,
      String status,
      Integer position,
      Instant createdAt,
      Instant confirmedAt,
      String title,
      Instant startsAt,
      Instant endsAt,
      String sessionStatus) {
    static EnrolmentView of(EnrolmentService.Standing standing, TrainingSession session) {
      Enrolment e = standing.enrolment();
      return new EnrolmentView(
          e.id(),
          e.sessionId(),
          e.status().name(),
          standing.position(),
          e.createdAt(),
          e.confirmedAt(),
          session == null ? null : session.title(),
          session == null ? null : session.startsAt(),
          session == null ? null : session.endsAt(),
          session == null ? null : session.status().name());
    }
  }

  /** A participant of a session, as its artisan sees them. */
  public record SessionParticipantView(
      String enrolmentId,
      SessionPerson apprentice,
      String status,
      Integer position,
      Instant enrolledAt) {}
}
