package fr.passeurs.visit;

import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.persistence.Found;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.search.SearchChanged;
import fr.passeurs.search.SearchIndexer;
import fr.passeurs.search.SearchKind;
import fr.passeurs.workshop.ManufactureMoved;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import fr.passeurs.workshop.RoomSummary;
import fr.passeurs.workshop.WorkshopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Use cases of visit offers: an artisan publishes one for a know-how they hold (a manager, for an
 * artisan of their manufacture), withdraws it; teachers search them.
 */
@ApplicationScoped
@Transactional
public class VisitOfferService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private KnowHowService knowHow;
  @Inject private WorkshopService workshop;
  @Inject private ManufactureService manufactures;
  @Inject private AccountService accounts;
  @Inject private Event<SearchChanged> searchChanged;
  @Inject private SearchIndexer searchIndex;

  public VisitOffer publish(Caller caller, OfferDetails details) {
    caller.requireAuthenticated();
    String manufactureId = caller.manufactureId();
    String host;
    if (caller.has(Role.MANAGER) && manufactureId != null) {
      host = details.artisanId() == null ? caller.accountId() : details.artisanId();
    } else if (caller.has(Role.ARTISAN) && manufactureId != null) {
      if (details.artisanId() != null && !caller.is(details.artisanId())) {
        throw DomainException.forbidden("forbidden.visit.offer-own-host");
      }
      host = caller.accountId();
    } else {
      throw DomainException.forbidden("forbidden.visit.offer-publish");
    }
    AccountSummary artisan =
        accounts
            .summary(host)
            .filter(a -> a.isArtisan() && a.isActive() && manufactureId.equals(a.manufactureId()))
            .orElseThrow(
                () -> DomainException.invalid("artisanId", "invalid.visit.host-not-artisan"));
    KnowHowSummary entry = heldKnowHow(artisan.id(), details.knowHowId());
    RoomSummary room = roomFor(manufactureId, details);
    GeoPoint place =
        manufactures.summary(manufactureId).map(ManufactureSummary::location).orElse(null);
    VisitOffer offer =
        new VisitOffer(
            artisan.id(), manufactureId, entry.domain(), place, details, clock.instant());
    checkFits(offer, room);
    em.persist(offer);
    searchChanged.fire(new SearchChanged(SearchKind.VISIT_OFFER, offer.id()));
    return offer;
  }

  /** Its host or a manager of its manufacture takes the offer off; bookings made stand. */
  public VisitOffer withdraw(Caller caller, String id) {
    VisitOffer offer = get(id);
    if (!caller.is(offer.artisanId()) && !caller.mayRun(offer.manufactureId())) {
      throw DomainException.forbidden("forbidden.visit.offer-withdraw");
    }
    offer.withdraw(clock.instant());
    searchChanged.fire(new SearchChanged(SearchKind.VISIT_OFFER, offer.id()));
    return offer;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public VisitOffer get(String id) {
    VisitOffer offer = Found.or404(em, VisitOffer.class, id, "visit-offer");
    return offer;
  }

  /**
   * Offers open to booking (not withdrawn, a period not over), by title, or nearest first near a
   * place; with words, only those the search index finds for them.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<VisitOffer> search(OfferQuery query, PageRequest page) {
    List<String> matching =
        searchIndex.ids(Set.of(SearchKind.VISIT_OFFER), query.words()).orElse(null);
    if (matching != null && matching.isEmpty()) {
      return page.page(List.of(), 0);
    }
    StringBuilder where =
        new StringBuilder(
            " WHERE o.withdrawn = FALSE AND EXISTS (SELECT p FROM VisitOffer o2 JOIN o2.periods p"
                + " WHERE o2 = o AND p.to >= :today");
    Map<String, Object> params = new HashMap<>();
    params.put("today", LocalDate.now(clock.withZone(ClockProducer.PARIS)));
    if (query.date() != null) {
      where.append(" AND p.from <= :day AND p.to >= :day");
      params.put("day", query.date());
    }
    where.append(")");
    if (query.date() != null) {
      where.append(" AND :weekday MEMBER OF o.weekdays");
      params.put("weekday", query.date().getDayOfWeek().getValue());
    }
    if (query.level() != null) {
      where.append(" AND :level MEMBER OF o.levels");
      params.put("level", query.level());
    }
    int n = 0;
    for (AccessibilityNeed need : query.accessibility()) {
      where.append(" AND :need").append(n).append(" MEMBER OF o.accessibility");
      params.put("need" + n++, need);
    }
    if (query.format() != null) {
      where.append(" AND o.format = :format");
      params.put("format", query.format());
    }
    if (query.domain() != null) {
      where.append(" AND o.domain = :domain");
      params.put("domain", query.domain());
    }
    if (query.knowHowId() != null) {
      where.append(" AND o.knowHowId = :knowHow");
      params.put("knowHow", query.knowHowId());
    }
    if (query.manufactureId() != null) {
      where.append(" AND o.manufactureId = :manufacture");
      params.put("manufacture", query.manufactureId());
    }
    if (query.artisanId() != null) {
      where.append(" AND o.artisanId = :artisan");
      params.put("artisan", query.artisanId());
    }
    if (matching != null) {
      where.append(" AND o.id IN :matching");
      params.put("matching", matching);
    }
    if (query.near() != null) {
      GeoPoint.Box box = query.near().boxAround(query.radiusKm());
      where.append(
          " AND o.latitude BETWEEN :minLat AND :maxLat AND o.longitude BETWEEN :minLon AND"
              + " :maxLon");
      params.put("minLat", box.minLatitude());
      params.put("maxLat", box.maxLatitude());
      params.put("minLon", box.minLongitude());
      params.put("maxLon", box.maxLongitude());
    }
    TypedQuery<VisitOffer> found =
        em.createQuery(
            "SELECT o FROM VisitOffer o" + where + " ORDER BY o.title, o.id", VisitOffer.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(o) FROM VisitOffer o" + where, Long.class);
    params.forEach(
        (name, value) -> {
          found.setParameter(name, value);
          count.setParameter(name, value);
        });
    if (query.near() == null) {
      return page.page(
          found.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
          count.getSingleResult());
    }
    return page.nearestFirst(
        found.getResultList(),
        VisitOffer::place,
        query.near(),
        query.radiusKm(),
        Comparator.comparing(VisitOffer::title));
  }

  /** The offers a host artisan or a manufacture's managers look after, withdrawn ones too. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<VisitOffer> lookedAfterBy(Caller caller) {
    List<VisitOffer> offers = new ArrayList<>();
    if (caller.has(Role.MANAGER) && caller.manufactureId() != null) {
      offers.addAll(
          em.createQuery(
                  "SELECT o FROM VisitOffer o WHERE o.manufactureId = :m ORDER BY o.title",
                  VisitOffer.class)
              .setParameter("m", caller.manufactureId())
              .getResultList());
    } else if (caller.accountId() != null) {
      offers.addAll(
          em.createQuery(
                  "SELECT o FROM VisitOffer o WHERE o.artisanId = :a ORDER BY o.title",
                  VisitOffer.class)
              .setParameter("a", caller.accountId())
              .getResultList());
    }
    return offers;
  }

  /** A manufacture moved: its offers are found at its new place. */
  void manufactureMoved(@Observes ManufactureMoved moved) {
    em.createQuery(
            "UPDATE VisitOffer o SET o.latitude = :lat, o.longitude = :lon"
                + " WHERE o.manufactureId = :id")
        .setParameter("lat", moved.location().latitude())
        .setParameter("lon", moved.location().longitude())
        .setParameter("id", moved.manufactureId())
        .executeUpdate();
  }

  private KnowHowSummary heldKnowHow(String artisanId, String knowHowId) {
    KnowHowSummary entry =
        knowHow
            .summary(knowHowId)
            .filter(k -> !k.archived())
            .orElseThrow(
                () -> DomainException.invalid("knowHowId", "invalid.visit.know-how-unknown"));
    if (!entry.isHeldBy(artisanId)) {
      throw DomainException.invalid("knowHowId", "invalid.visit.know-how-not-held");
    }
    return entry;
  }

  private RoomSummary roomFor(String manufactureId, OfferDetails details) {
    return workshop
        .room(details.roomId())
        .filter(r -> r.manufactureId().equals(manufactureId))
        .orElseThrow(() -> DomainException.invalid("roomId", "invalid.visit.room-unknown"));
  }

  /** The largest group, with at least one adult, fits in the room. */
  private static void checkFits(VisitOffer offer, RoomSummary room) {
    if (offer.maxPupils() + 1 > room.capacity()) {
      throw DomainException.invalid(
          "maxPupils",
          "invalid.visit.room-too-small",
          room.name(),
          room.capacity(),
          room.capacity() - 1);
    }
  }
}
