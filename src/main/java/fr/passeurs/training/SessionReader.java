package fr.passeurs.training;

import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.workshop.MachineSummary;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import fr.passeurs.workshop.RoomSummary;
import fr.passeurs.workshop.WorkshopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sessions with what their readers need around them: the training, the manufacture, the room and
 * machines, the artisan's name, how many wait. For the API and the pages alike.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SessionReader {

  @PersistenceContext private EntityManager em;
  @Inject private TrainingService trainings;
  @Inject private ManufactureService manufactures;
  @Inject private WorkshopService workshop;
  @Inject private AccountService accounts;

  /** A session and its surroundings. */
  public record SessionDetails(
      TrainingSession session,
      Training training,
      ManufactureSummary manufacture,
      RoomSummary room,
      List<MachineSummary> machines,
      AccountSummary artisan,
      long waitlisted) {}

  public SessionDetails details(TrainingSession session) {
    return details(List.of(session)).get(0);
  }

  public List<SessionDetails> details(Collection<TrainingSession> sessions) {
    Set<String> trainingIds =
        sessions.stream().map(TrainingSession::trainingId).collect(Collectors.toSet());
    Map<String, Training> byTraining = trainings.byIds(trainingIds);
    Map<String, ManufactureSummary> places =
        manufactures.summaries(
            sessions.stream().map(TrainingSession::manufactureId).collect(Collectors.toSet()));
    Map<String, AccountSummary> artisans =
        accounts.summaries(
            sessions.stream().map(TrainingSession::artisanId).collect(Collectors.toSet()));
    Map<String, MachineSummary> machines =
        workshop.machineSummaries(
            sessions.stream().flatMap(s -> s.machineIds().stream()).collect(Collectors.toSet()));
    Map<String, Long> waiting = waitlisted(sessions.stream().map(TrainingSession::id).toList());
    Map<String, RoomSummary> rooms =
        workshop.roomSummaries(
            sessions.stream().map(TrainingSession::roomId).collect(Collectors.toSet()));
    return sessions.stream()
        .map(
            s ->
                new SessionDetails(
                    s,
                    byTraining.get(s.trainingId()),
                    places.get(s.manufactureId()),
                    rooms.get(s.roomId()),
                    s.machineIds().stream().map(machines::get).filter(m -> m != null).toList(),
                    artisans.get(s.artisanId()),
                    waiting.getOrDefault(s.id(), 0L)))
        .toList();
  }

  private Map<String, Long> waitlisted(List<String> sessionIds) {
    if (sessionIds.isEmpty()) {
      return Map.of();
    }
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT e.sessionId, COUNT(e) FROM Enrolment e WHERE e.sessionId IN :ids"
                    + " AND e.status = :waiting GROUP BY e.sessionId",
                Object[].class)
            .setParameter("ids", sessionIds)
            .setParameter("waiting", EnrolmentStatus.WAITLISTED)
            .getResultList()) {
      counts.put((String) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  /** The apprentices' names, by account id. */
  public Map<String, AccountSummary> people(Collection<String> accountIds) {
    return accounts.summaries(accountIds);
  }
}
