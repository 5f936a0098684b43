package fr.passeurs.training;

import fr.passeurs.platform.CalendarEvent;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.scheduling.CalendarSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts sessions in calendars: those an artisan runs, those an apprentice has a seat in. */
@ApplicationScoped
public class TrainingCalendar implements CalendarSource {

  @PersistenceContext private EntityManager em;
  @Inject private SessionNotices notices;

  @Override
  public List<CalendarEvent> eventsFor(String accountId, TimeRange window) {
    Map<String, TrainingSession> sessions = new LinkedHashMap<>();
    em.createQuery(
            "SELECT s FROM TrainingSession s WHERE s.artisanId = :a AND s.startsAt < :end"
                + " AND s.endsAt > :start",
            TrainingSession.class)
        .setParameter("a", accountId)
        .setParameter("start", window.start())
        .setParameter("end", window.end())
        .getResultList()
        .forEach(s -> sessions.put(s.id(), s));
    em.createQuery(
            "SELECT s FROM TrainingSession s, Enrolment e WHERE e.sessionId = s.id"
                + " AND e.apprenticeId = :a AND e.status = :confirmed AND s.startsAt < :end"
                + " AND s.endsAt > :start",
            TrainingSession.class)
        .setParameter("a", accountId)
        .setParameter("confirmed", EnrolmentStatus.CONFIRMED)
        .setParameter("start", window.start())
        .setParameter("end", window.end())
        .getResultList()
        .forEach(s -> sessions.putIfAbsent(s.id(), s));
    List<CalendarEvent> events = new ArrayList<>();
    for (TrainingSession session : sessions.values()) {
      events.addAll(notices.halfDaysOf(session, notices.placeOf(session)));
    }
    return events;
  }
}
