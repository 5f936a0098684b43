package fr.passeurs.scheduling;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.TimeRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one calendar: every reservation of a room, a machine or an artisan goes through here, and
 * here only is overlap checked. A reservation takes every quarter hour it covers under a unique
 * key, so that two holders booking at once cannot both win: the second gets a 409 that names the
 * reservation in its way.
 */
@ApplicationScoped
@Transactional
public class SchedulingService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private ReservationQueries queries;

  /** Rows per insert statement (four parameters each). */
  private static final int GRAINS_PER_INSERT = 200;

  /**
   * Reserves every resource for every time of the booking, or nothing. Times fall on quarter hours.
   * The holder's own reservations are not in its way (it may book them again, e.g. when
   * rescheduling after releasing).
   */
  public void reserve(Booking booking) {
    for (TimeRange time : booking.times()) {
      if (time.start().getEpochSecond() % ReservedGrain.SECONDS != 0
          || time.end().getEpochSecond() % ReservedGrain.SECONDS != 0) {
        throw DomainException.invalid("slots", "invalid.slots.quarter-hour");
      }
    }
    Optional<Reservation> inTheWay = queries.firstConflict(booking);
    if (inTheWay.isPresent()) {
      throw conflict(inTheWay.get());
    }
    try {
      List<Grain> grains = new ArrayList<>();
      for (ResourceRef resource : booking.resources()) {
        for (TimeRange time : booking.times()) {
          Reservation reservation = new Reservation(booking, resource, time, clock.instant());
          em.persist(reservation);
          for (long grain = time.start().getEpochSecond() / ReservedGrain.SECONDS;
              grain < time.end().getEpochSecond() / ReservedGrain.SECONDS;
              grain++) {
            grains.add(new Grain(resource.type().name(), resource.id(), grain, reservation.id()));
          }
        }
      }
      em.flush();
      take(grains);
    } catch (PersistenceException e) {
      // someone reserved the same quarter hour at the same moment: the key refused it
      throw conflictAfterRace(booking);
    }
  }

  /**
   * Writes the grains always in the same order (resource type, resource, time), whatever order the
   * booking lists its resources in: two bookings of the same resources then wait for each other on
   * their first common grain and never hold one each while waiting for the other's (a deadlock
   * that, on H2, lets both wait out the lock timeout and lose).
   */
  private void take(List<Grain> grains) {
    List<Grain> ordered = grains.stream().sorted(Grain.ORDER).toList();
    for (int from = 0; from < ordered.size(); from += GRAINS_PER_INSERT) {
      List<Grain> chunk = ordered.subList(from, Math.min(ordered.size(), from + GRAINS_PER_INSERT));
      StringBuilder sql =
          new StringBuilder(
              "INSERT INTO reserved_grain (resource_type, resource_id, grain, reservation_id)"
                  + " VALUES ");
      for (int i = 0; i < chunk.size(); i++) {
        sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?)");
      }
      Query insert = em.createNativeQuery(sql.toString());
      int position = 1;
      for (Grain grain : chunk) {
        insert.setParameter(position++, grain.resourceType());
        insert.setParameter(position++, grain.resourceId());
        insert.setParameter(position++, grain.grain());
        insert.setParameter(position++, grain.reservationId());
      }
      insert.executeUpdate();
    }
  }

  /** One quarter hour to take, as written in {@code reserved_grain}. */
  private record Grain(String resourceType, String resourceId, long grain, String reservationId) {
    static final Comparator<Grain> ORDER =
        Comparator.comparing(Grain::resourceType)
            .thenComparing(Grain::resourceId)
            .thenComparingLong(Grain::grain);
  }

  /** Frees everything this holder reserved. */
  public void release(HolderType holderType, String holderId) {
    em.createQuery(
            "DELETE FROM ReservedGrain g WHERE g.reservationId IN"
                + " (SELECT r.id FROM Reservation r WHERE r.holderType = :type AND r.holderId = :id)")
        .setParameter("type", holderType)
        .setParameter("id", holderId)
        .executeUpdate();
    em.createQuery("DELETE FROM Reservation r WHERE r.holderType = :type AND r.holderId = :id")
        .setParameter("type", holderType)
        .setParameter("id", holderId)
        .executeUpdate();
  }

  /** The reservations of a manufacture's resources that meet this window, by start. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReservationView> ofManufacture(String manufactureId, TimeRange window) {
    return em
        .createQuery(
            "SELECT r FROM Reservation r WHERE r.manufactureId = :m AND r.startsAt < :end"
                + " AND r.endsAt > :start ORDER BY r.startsAt, r.resourceLabel",
            Reservation.class)
        .setParameter("m", manufactureId)
        .setParameter("start", window.start())
        .setParameter("end", window.end())
        .getResultList()
        .stream()
        .map(Reservation::view)
        .toList();
  }

  /** The reservations of one resource that meet this window, by start. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ReservationView> ofResource(ResourceType type, String id, TimeRange window) {
    return em
        .createQuery(
            "SELECT r FROM Reservation r WHERE r.resourceType = :type AND r.resourceId = :id"
                + " AND r.startsAt < :end AND r.endsAt > :start ORDER BY r.startsAt",
            Reservation.class)
        .setParameter("type", type)
        .setParameter("id", id)
        .setParameter("start", window.start())
        .setParameter("end", window.end())
        .getResultList()
        .stream()
        .map(Reservation::view)
        .toList();
  }

  private DomainException conflictAfterRace(Booking booking) {
    Optional<Reservation> winner = queries.firstConflictAfresh(booking);
    if (winner.isPresent()) {
      return conflict(winner.get());
    }
    return DomainException.conflict("booking-conflict", "problem.booking-conflict.race");
  }

  /**
   * The reservation in the way, said whole in each language: the resource (a text per kind) by its
   * label, from and to when (instants, written in Paris time), and what holds it (a key per kind of
   * holder, {@code reservation.holder.*}) by its label.
   */
  private static DomainException conflict(Reservation r) {
    String key =
        switch (r.resourceType()) {
          case ROOM -> "problem.booking-conflict.room";
          case MACHINE -> "problem.booking-conflict.machine";
          case ARTISAN -> "problem.booking-conflict.artisan";
          case PERSON -> "problem.booking-conflict.person";
        };
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("reservationId", r.id());
    details.put("resourceType", r.resourceType().name());
    details.put("resourceId", r.resourceId());
    details.put("resource", r.resourceLabel());
    details.put("holderType", r.holderType().name());
    details.put("holderId", r.holderId());
    details.put("label", r.label());
    details.put("start", r.time().start().toString());
    details.put("end", r.time().end().toString());
    return DomainException.conflict(
            "booking-conflict",
            key,
            r.resourceLabel(),
            r.time().start(),
            r.time().end(),
            Message.of("reservation.holder." + r.holderType().name()),
            r.label())
        .with("conflict", details);
  }
}
