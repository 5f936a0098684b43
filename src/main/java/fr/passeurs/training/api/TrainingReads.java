package fr.passeurs.training.api;

import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.training.Enrolment;
import fr.passeurs.training.EnrolmentService;
import fr.passeurs.training.SessionQuery;
import fr.passeurs.training.SessionReader;
import fr.passeurs.training.SessionService;
import fr.passeurs.training.TrainingService;
import fr.passeurs.training.TrainingSession;
import fr.passeurs.training.api.TrainingViews.EnrolmentView;
import fr.passeurs.training.api.TrainingViews.SessionParticipantView;
import fr.passeurs.training.api.TrainingViews.SessionPerson;
import fr.passeurs.training.api.TrainingViews.SessionView;
import fr.passeurs.training.api.TrainingViews.TrainingView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Trainings and their sessions as the API and the pages both use them: {@link TrainingRequest} and
 * {@link SessionRequest} in, the read models of {@link TrainingViews} out; the entities stay here.
 * What a session says in words (why it was cancelled) is written in the reader's language.
 */
@ApplicationScoped
public class TrainingReads {

  @Inject private TrainingService trainings;
  @Inject private SessionService sessions;
  @Inject private SessionReader reader;
  @Inject private EnrolmentService enrolments;

  /** Trainings, newest first, of a know-how, a manufacture or an artisan (each may be null). */
  public Page<TrainingView> trainings(
      String knowHowId, String manufactureId, String artisanId, PageRequest page) {
    return trainings.list(knowHowId, manufactureId, artisanId, page).map(TrainingView::of);
  }

  /** A training. */
  public TrainingView training(String id) {
    return TrainingView.of(trainings.get(id));
  }

  /** Defines a training for a know-how the artisan holds. */
  public TrainingView define(Caller caller, TrainingRequest request) {
    return TrainingView.of(trainings.define(caller, request.toDetails()));
  }

  /** Rewrites a training, refused if it changed since the version its artisan edited. */
  public TrainingView revise(Caller caller, String id, TrainingRequest request) {
    return TrainingView.of(trainings.revise(caller, id, request.toDetails(), request.version()));
  }

  /** Schedules a session of a training in the one calendar. */
  public SessionView schedule(
      Caller caller, String trainingId, SessionRequest request, Locale language) {
    return view(sessions.schedule(caller, trainingId, request.toPlan()), language);
  }

  /** Sessions found, soonest (or nearest) first. */
  public Page<SessionView> sessions(SessionQuery query, PageRequest page, Locale language) {
    Page<TrainingSession> found = sessions.search(query, page);
    return new Page<>(views(found.items(), language), found.total(), found.page(), found.size());
  }

  /** The sessions an artisan runs that overlap a window, in time order. */
  public List<SessionView> runBy(String artisanId, TimeRange window, Locale language) {
    return views(sessions.runBy(artisanId, window), language);
  }

  /** A session, with the caller's own place in it if they hold one. */
  public SessionView session(Caller caller, String id, Locale language) {
    TrainingSession session = sessions.get(id);
    return SessionView.of(
        reader.details(session), enrolments.mineIn(caller, id).orElse(null), language);
  }

  /** Cancels a session; everyone enrolled is told. */
  public SessionView cancel(Caller caller, String id, String reason, Locale language) {
    return view(sessions.cancel(caller, id, reason), language);
  }

  /** Enrols the caller: confirmed while seats remain, else on the waiting list. */
  public EnrolmentView enrol(Caller caller, String sessionId) {
    return EnrolmentView.of(enrolments.enrol(caller, sessionId), sessions.get(sessionId));
  }

  /** Who comes to a session, confirmed first then by place on the waiting list. */
  public List<SessionParticipantView> participants(Caller caller, String sessionId) {
    List<Enrolment> all = sessions.participants(caller, sessionId);
    Map<String, AccountSummary> people =
        reader.people(all.stream().map(Enrolment::apprenticeId).collect(Collectors.toSet()));
    return enrolments.standings(all).stream()
        .map(
            standing -> {
              Enrolment e = standing.enrolment();
              return new SessionParticipantView(
                  e.id(),
                  SessionPerson.of(people.get(e.apprenticeId())),
                  e.status().name(),
                  standing.position(),
                  e.createdAt());
            })
        .toList();
  }

  private SessionView view(TrainingSession session, Locale language) {
    return SessionView.of(reader.details(session), null, language);
  }

  private List<SessionView> views(List<TrainingSession> found, Locale language) {
    return reader.details(found).stream().map(d -> SessionView.of(d, null, language)).toList();
  }
}
