package fr.passeurs.training;

import fr.passeurs.catalogue.KnowHowDocuments;
import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.Ids;
import fr.passeurs.search.SearchDocument;
import fr.passeurs.search.SearchFacts;
import fr.passeurs.search.SearchKind;
import fr.passeurs.search.SearchSource;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sessions one may still enrol in, as the search finds them: scheduled, enrolment open, not
 * over. A full session is found too, marked full: its waiting list is open.
 */
@ApplicationScoped
public class SessionDocuments implements SearchSource {

  static final int BATCH = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private KnowHowService knowHow;
  @Inject private ManufactureService manufactures;
  @Inject private SessionDocuments self;

  @Override
  public SearchKind kind() {
    return SearchKind.SESSION;
  }

  @Override
  public void everything(Consumer<SearchDocument> into) {
    String after = "";
    List<SearchDocument> batch;
    do {
      batch = self.batch(after);
      batch.forEach(into);
      after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
    } while (batch.size() == BATCH);
  }

  /** The next open sessions by id, a thousand a transaction. */
  @Transactional
  public List<SearchDocument> batch(String after) {
    List<TrainingSession> sessions =
        em.createQuery(
                "SELECT s FROM TrainingSession s WHERE s.status = :scheduled"
                    + " AND s.enrolmentClosed = FALSE AND s.endsAt > :now AND s.id > :after"
                    + " ORDER BY s.id",
                TrainingSession.class)
            .setParameter("scheduled", SessionStatus.SCHEDULED)
            .setParameter("now", clock.instant())
            .setParameter("after", after)
            .setMaxResults(BATCH)
            .getResultList();
    List<SearchDocument> documents = documents(sessions);
    em.clear();
    return documents;
  }

  @Override
  @Transactional
  public Optional<SearchDocument> one(String id) {
    TrainingSession session = Ids.isWellFormed(id) ? em.find(TrainingSession.class, id) : null;
    if (session == null
        || session.status() != SessionStatus.SCHEDULED
        || session.enrolmentClosed()
        || !session.endsAt().isAfter(clock.instant())) {
      return Optional.empty();
    }
    return documents(List.of(session)).stream().findFirst();
  }

  private List<SearchDocument> documents(List<TrainingSession> sessions) {
    if (sessions.isEmpty()) {
      return List.of();
    }
    Set<String> trainingIds =
        sessions.stream().map(TrainingSession::trainingId).collect(Collectors.toSet());
    Map<String, Training> trainings =
        em
            .createQuery("SELECT t FROM Training t WHERE t.id IN :ids", Training.class)
            .setParameter("ids", trainingIds)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Training::id, Function.identity()));
    Map<String, KnowHowSummary> entries =
        knowHow.summaries(
            sessions.stream().map(TrainingSession::knowHowId).collect(Collectors.toSet()));
    Map<String, ManufactureSummary> places =
        manufactures.summaries(
            sessions.stream().map(TrainingSession::manufactureId).collect(Collectors.toSet()));
    return sessions.stream()
        .map(
            session ->
                document(
                    session,
                    trainings.get(session.trainingId()),
                    entries.get(session.knowHowId()),
                    places.get(session.manufactureId())))
        .toList();
  }

  private static SearchDocument document(
      TrainingSession session, Training training, KnowHowSummary entry, ManufactureSummary place) {
    SearchFacts.Builder facts =
        KnowHowDocuments.factsOfTeaching(
                session.knowHowId(), entry, session.manufactureId(), place, session.place())
            .dated(
                session.startsAt().atZone(ClockProducer.PARIS).toLocalDate(),
                session.endsAt().atZone(ClockProducer.PARIS).toLocalDate())
            .places(session.seatsLeft());
    if (training != null) {
      facts.levels(Set.of(training.level().name()));
    }
    return new SearchDocument(
        SearchKind.SESSION,
        session.id(),
        session.title(),
        training == null ? null : training.objectives(),
        entry == null ? null : entry.title(),
        facts.build());
  }
}
