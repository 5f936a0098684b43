package fr.passeurs.visit;

import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import fr.passeurs.workshop.RoomSummary;
import fr.passeurs.workshop.WorkshopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads offers and bookings with what people need to see beside them (names, places, rooms,
 * schools, what the caller may do), a few queries for a whole list rather than several per line.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class VisitReader {

  @PersistenceContext private EntityManager em;
  @Inject private AccountService accounts;
  @Inject private ManufactureService manufactures;
  @Inject private WorkshopService workshop;
  @Inject private KnowHowService knowHow;
  @Inject private VisitBookingService bookings;
  @Inject private VisitRules rules;

  /** An offer with its know-how, host, manufacture and room. */
  public record OfferListing(
      VisitOffer offer,
      KnowHowSummary knowHow,
      AccountSummary artisan,
      ManufactureSummary manufacture,
      RoomSummary room) {}

  /** A booking with its school, people, place, and what the caller may do with it now. */
  public record BookingListing(
      VisitBooking booking,
      School school,
      ManufactureSummary manufacture,
      RoomSummary room,
      Map<String, AccountSummary> people,
      List<VisitAction> allowedActions,
      Instant cancellationLimit) {

    public AccountSummary person(String id) {
      return id == null ? null : people.get(id);
    }
  }

  public OfferListing listing(VisitOffer offer) {
    return listings(List.of(offer)).get(0);
  }

  public List<OfferListing> listings(List<VisitOffer> offers) {
    Map<String, AccountSummary> people =
        accounts.summaries(offers.stream().map(VisitOffer::artisanId).collect(Collectors.toSet()));
    Map<String, ManufactureSummary> places =
        manufactures.summaries(
            offers.stream().map(VisitOffer::manufactureId).collect(Collectors.toSet()));
    Map<String, RoomSummary> rooms =
        workshop.roomSummaries(offers.stream().map(VisitOffer::roomId).collect(Collectors.toSet()));
    Map<String, KnowHowSummary> entries =
        offers.stream()
            .map(VisitOffer::knowHowId)
            .distinct()
            .map(knowHow::summary)
            .flatMap(java.util.Optional::stream)
            .collect(Collectors.toMap(KnowHowSummary::id, Function.identity()));
    return offers.stream()
        .map(
            o ->
                new OfferListing(
                    o,
                    entries.get(o.knowHowId()),
                    people.get(o.artisanId()),
                    places.get(o.manufactureId()),
                    rooms.get(o.roomId())))
        .toList();
  }

  public BookingListing listing(Caller caller, VisitBooking booking) {
    return listings(caller, List.of(booking)).get(0);
  }

  public List<BookingListing> listings(Caller caller, List<VisitBooking> found) {
    Set<String> ids = new HashSet<>();
    for (VisitBooking b : found) {
      ids.add(b.teacherId());
      ids.add(b.artisanId());
      b.history().stream().map(VisitStep::actorId).filter(Objects::nonNull).forEach(ids::add);
    }
    Map<String, AccountSummary> people = accounts.summaries(ids);
    Map<String, ManufactureSummary> places =
        manufactures.summaries(
            found.stream().map(VisitBooking::manufactureId).collect(Collectors.toSet()));
    Map<String, RoomSummary> rooms =
        workshop.roomSummaries(
            found.stream().map(VisitBooking::roomId).collect(Collectors.toSet()));
    Set<String> schoolIds = found.stream().map(VisitBooking::schoolId).collect(Collectors.toSet());
    Map<String, School> schools =
        schoolIds.isEmpty()
            ? Map.of()
            : em.createQuery("SELECT s FROM School s WHERE s.id IN :ids", School.class)
                .setParameter("ids", schoolIds)
                .getResultStream()
                .collect(Collectors.toMap(School::id, Function.identity()));
    return found.stream()
        .map(
            b ->
                new BookingListing(
                    b,
                    schools.get(b.schoolId()),
                    places.get(b.manufactureId()),
                    rooms.get(b.roomId()),
                    people,
                    bookings.allowedActions(caller, b),
                    bookings.cancellationLimitOf(b).orElse(null)))
        .toList();
  }

  /** Pupils per accompanying adult at each level, for forms that check as one types. */
  public Map<SchoolLevel, Integer> pupilsPerAdult() {
    return rules.pupilsPerAdult();
  }

  /** The fewest adults for so many pupils of this level. */
  public int adultsNeeded(SchoolLevel level, int pupils) {
    return rules.adultsNeeded(level, pupils);
  }
}
