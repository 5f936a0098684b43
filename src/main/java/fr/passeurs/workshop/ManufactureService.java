package fr.passeurs.workshop;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Ids;
import fr.passeurs.platform.persistence.Found;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.search.SearchChanged;
import fr.passeurs.search.SearchKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Use cases of the manufactures: the admin opens them, their managers describe them. */
@ApplicationScoped
@Transactional
public class ManufactureService {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Event<ManufactureMoved> moved;
  @Inject private Event<SearchChanged> searchChanged;

  public Manufacture open(Caller caller, ManufactureDetails details) {
    if (!caller.isAdmin()) {
      throw DomainException.forbidden("forbidden.manufacture.open");
    }
    Manufacture manufacture = new Manufacture(details, clock.instant());
    em.persist(manufacture);
    searchChanged.fire(new SearchChanged(SearchKind.MANUFACTURE, manufacture.id()));
    return manufacture;
  }

  public Manufacture describe(Caller caller, String id, ManufactureDetails details) {
    Manufacture manufacture = get(id);
    if (!caller.mayRun(id)) {
      throw DomainException.forbidden("forbidden.manufacture.edit");
    }
    boolean hasMoved = !manufacture.location().equals(details.location());
    manufacture.describe(details);
    if (hasMoved) {
      moved.fire(new ManufactureMoved(id, manufacture.location()));
    }
    searchChanged.fire(new SearchChanged(SearchKind.MANUFACTURE, id));
    return manufacture;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Manufacture get(String id) {
    Manufacture manufacture = Found.or404(em, Manufacture.class, id, "manufacture");
    return manufacture;
  }

  /**
   * The manufacture, its row locked until the transaction ends: for rewriting what several people
   * may rewrite at once (its opening hours, its closure days), one after the other.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Manufacture lock(String id) {
    Manufacture manufacture = get(id);
    em.lock(manufacture, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(manufacture);
    return manufacture;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Manufacture> list(Region region, PageRequest page) {
    String where = region == null ? "" : " WHERE m.region = :region";
    TypedQuery<Manufacture> items =
        em.createQuery(
            "SELECT m FROM Manufacture m" + where + " ORDER BY m.name, m.id", Manufacture.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(m) FROM Manufacture m" + where, Long.class);
    if (region != null) {
      items.setParameter("region", region);
      count.setParameter("region", region);
    }
    List<Manufacture> found =
        items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return page.page(found, count.getSingleResult());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean exists(String id) {
    return Ids.isWellFormed(id) && em.find(Manufacture.class, id) != null;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ManufactureSummary> summary(String id) {
    if (!Ids.isWellFormed(id)) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(Manufacture.class, id)).map(Manufacture::summary);
  }

  /** The manufacture's name and postal address, for the documents that name it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ManufactureAddress> postalAddress(String id) {
    if (!Ids.isWellFormed(id)) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(Manufacture.class, id))
        .map(m -> new ManufactureAddress(m.id(), m.name(), m.street(), m.postalCode(), m.city()));
  }

  /** The summaries of these manufactures, by id; unknown ids are left out. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, ManufactureSummary> summaries(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("SELECT m FROM Manufacture m WHERE m.id IN :ids", Manufacture.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList()
        .stream()
        .map(Manufacture::summary)
        .collect(Collectors.toMap(ManufactureSummary::id, Function.identity()));
  }

  /** Every manufacture, by name: small enough to list whole in a form. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ManufactureSummary> all() {
    return em
        .createQuery("SELECT m FROM Manufacture m ORDER BY m.name", Manufacture.class)
        .getResultList()
        .stream()
        .map(Manufacture::summary)
        .toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long count() {
    return em.createQuery("SELECT COUNT(m) FROM Manufacture m", Long.class).getSingleResult();
  }
}
