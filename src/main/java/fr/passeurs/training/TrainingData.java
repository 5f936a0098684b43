package fr.passeurs.training;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.PersonalData;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.rest.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A person's enrolments and the trainings they give: shown to them; seats ahead given up when they
 * leave, so that the waiting list moves on; sessions they run ahead handed over first.
 */
@ApplicationScoped
public class TrainingData implements PersonalData {

  @Inject private EnrolmentService enrolments;
  @Inject private SessionService sessions;
  @Inject private TrainingService trainings;
  @Inject private Clock clock;

  /** One enrolment, in the export. */
  public record EnrolmentData(
      String id,
      String sessionId,
      String title,
      Instant startsAt,
      String status,
      Integer position,
      Instant enrolledAt) {}

  /** A training one gives, in the export. */
  public record TrainingGiven(String id, String title) {}

  /** Both, in the export. */
  public record Trainings(List<EnrolmentData> enrolments, List<TrainingGiven> given) {}

  @Override
  public String part() {
    return "trainings";
  }

  @Override
  public Object heldOn(String accountId) {
    List<EnrolmentData> mine = new ArrayList<>();
    for (EnrolmentService.Standing s : enrolments.of(accountId)) {
      TrainingSession session = sessions.get(s.enrolment().sessionId());
      mine.add(
          new EnrolmentData(
              s.enrolment().id(),
              session.id(),
              session.title(),
              session.startsAt(),
              s.enrolment().status().name(),
              s.position(),
              s.enrolment().createdAt()));
    }
    List<TrainingGiven> given =
        trainings
            .list(null, null, accountId, PageRequest.first(PageRequest.MAX_SIZE))
            .items()
            .stream()
            .map(t -> new TrainingGiven(t.id(), t.title()))
            .toList();
    return new Trainings(mine, given);
  }

  @Override
  public List<Message> handOverFirst(String accountId) {
    Instant now = clock.instant();
    long ahead =
        sessions.runBy(accountId, new TimeRange(now, now.plus(Duration.ofDays(3 * 366)))).stream()
            .filter(s -> !s.isCancelled() && s.endsAt().isAfter(now))
            .count();
    return ahead == 0 ? List.of() : List.of(Message.of("problem.hand-over.sessions", ahead));
  }

  @Override
  public void forget(Erasure erasure) {
    Instant now = clock.instant();
    for (EnrolmentService.Standing s : enrolments.of(erasure.person().accountId())) {
      TrainingSession session = sessions.get(s.enrolment().sessionId());
      if (s.enrolment().isActive() && session.startsAt().isAfter(now)) {
        try {
          enrolments.cancel(erasure.person(), s.enrolment().id());
        } catch (DomainException tooLate) {
          // kept, under the account's id: the session's register will show the neutral label
        }
      }
    }
  }
}
