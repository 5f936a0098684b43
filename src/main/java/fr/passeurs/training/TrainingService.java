package fr.passeurs.training;

import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.persistence.Found;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.search.SearchChanged;
import fr.passeurs.search.SearchKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Use cases of trainings: an artisan defines them for the know-how they hold. */
@ApplicationScoped
@Transactional
public class TrainingService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private KnowHowService knowHow;
  @Inject private fr.passeurs.workshop.WorkshopService workshop;
  @Inject private Event<SearchChanged> searchChanged;

  public Training define(Caller caller, TrainingDetails details) {
    caller.requireAuthenticated();
    if (!caller.has(Role.ARTISAN) || caller.manufactureId() == null) {
      throw DomainException.forbidden("forbidden.training.define");
    }
    checkKnowHow(caller, details.knowHowId());
    checkPrerequisites(null, details.prerequisiteIds());
    checkMachines(caller.manufactureId(), details.qualifyingMachineIds());
    Training training =
        new Training(caller.accountId(), caller.manufactureId(), details, clock.instant());
    em.persist(training);
    knowHow.recordTrainingOffered(details.knowHowId());
    return training;
  }

  public Training revise(Caller caller, String id, TrainingDetails details, Long expectedVersion) {
    Training training = get(id);
    if (!caller.is(training.artisanId()) && !caller.isAdmin()) {
      throw DomainException.forbidden("forbidden.training.revise");
    }
    if (expectedVersion != null && expectedVersion != training.version()) {
      throw DomainException.conflict(
          "concurrent-update", "problem.concurrent-update.training", expectedVersion);
    }
    if (!details.knowHowId().equals(training.knowHowId())) {
      checkKnowHow(caller, details.knowHowId());
    }
    checkPrerequisites(training.id(), details.prerequisiteIds());
    checkMachines(training.manufactureId(), details.qualifyingMachineIds());
    training.revise(details, clock.instant());
    knowHow.recordTrainingOffered(details.knowHowId());
    // the search shows a session with its training's objectives and level
    em.createQuery(
            "SELECT s.id FROM TrainingSession s WHERE s.trainingId = :training"
                + " AND s.status = :scheduled AND s.endsAt > :now",
            String.class)
        .setParameter("training", training.id())
        .setParameter("scheduled", SessionStatus.SCHEDULED)
        .setParameter("now", clock.instant())
        .getResultList()
        .forEach(session -> searchChanged.fire(new SearchChanged(SearchKind.SESSION, session)));
    return training;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Training get(String id) {
    Training training = Found.or404(em, Training.class, id, "training");
    return training;
  }

  /**
   * The share of the planned hours, in per cent, that earns a certificate of completion of this
   * training.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public int minAttendancePercent(String trainingId) {
    return get(trainingId).minAttendancePercent();
  }

  /** Trainings, newest first, optionally of one know-how, manufacture or artisan. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Training> list(
      String knowHowId, String manufactureId, String artisanId, PageRequest page) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (knowHowId != null) {
      where.append(" AND t.knowHowId = :knowHow");
    }
    if (manufactureId != null) {
      where.append(" AND t.manufactureId = :manufacture");
    }
    if (artisanId != null) {
      where.append(" AND t.artisanId = :artisan");
    }
    TypedQuery<Training> items =
        em.createQuery(
            "SELECT t FROM Training t" + where + " ORDER BY t.createdAt DESC, t.id",
            Training.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM Training t" + where, Long.class);
    for (TypedQuery<?> query : List.of(items, count)) {
      if (knowHowId != null) {
        query.setParameter("knowHow", knowHowId);
      }
      if (manufactureId != null) {
        query.setParameter("manufacture", manufactureId);
      }
      if (artisanId != null) {
        query.setParameter("artisan", artisanId);
      }
    }
    return page.page(
        items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult());
  }

  /** These trainings, by id. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Training> byIds(Set<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("SELECT t FROM Training t WHERE t.id IN :ids", Training.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList()
        .stream()
        .collect(Collectors.toMap(Training::id, Function.identity()));
  }

  private void checkKnowHow(Caller caller, String knowHowId) {
    KnowHowSummary entry =
        knowHow
            .summary(knowHowId)
            .filter(k -> !k.archived())
            .orElseThrow(
                () -> DomainException.invalid("knowHowId", "invalid.know-how.not-published"));
    if (!entry.isHeldBy(caller.accountId())) {
      throw DomainException.forbidden("forbidden.training.know-how-not-held");
    }
  }

  /** Every prerequisite exists, and none leads back to this training. */
  private void checkPrerequisites(String trainingId, Set<String> prerequisiteIds) {
    Map<String, Training> found = byIds(prerequisiteIds);
    if (found.size() != prerequisiteIds.size()) {
      throw DomainException.invalid("prerequisiteIds", "invalid.training.unknown-prerequisite");
    }
    if (trainingId == null) {
      return;
    }
    Deque<String> toVisit = new ArrayDeque<>(prerequisiteIds);
    Set<String> seen = new HashSet<>();
    while (!toVisit.isEmpty()) {
      String next = toVisit.pop();
      if (next.equals(trainingId)) {
        throw DomainException.invalid("prerequisiteIds", "invalid.training.prerequisite-cycle");
      }
      if (seen.add(next)) {
        Training prerequisite = em.find(Training.class, next);
        if (prerequisite != null) {
          toVisit.addAll(prerequisite.prerequisiteIds());
        }
      }
    }
  }

  /** The machines a training qualifies for are machines of its manufacture. */
  private void checkMachines(String manufactureId, java.util.Set<String> machineIds) {
    if (machineIds.isEmpty()) {
      return;
    }
    java.util.Map<String, fr.passeurs.workshop.MachineSummary> found =
        workshop.machineSummaries(machineIds);
    boolean ours =
        found.size() == machineIds.size()
            && found.values().stream().allMatch(m -> m.manufactureId().equals(manufactureId));
    if (!ours) {
      throw DomainException.invalid("qualifiesFor", "invalid.training.machines-not-yours");
    }
  }

  /** What a session's certificate of completion qualifies for: its training and its machines. */
  public record Qualification(String trainingId, String title, java.util.Set<String> machineIds) {}

  /** The qualification a session's training gives, if the session is known. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public java.util.Optional<Qualification> qualificationOfSession(String sessionId) {
    return em.createQuery(
            "SELECT t FROM Training t, TrainingSession s WHERE s.id = :session"
                + " AND s.trainingId = t.id",
            Training.class)
        .setParameter("session", sessionId)
        .getResultStream()
        .findFirst()
        .map(t -> new Qualification(t.id(), t.title(), t.qualifyingMachineIds()));
  }
}
