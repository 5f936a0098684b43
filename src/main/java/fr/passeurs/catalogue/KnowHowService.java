package fr.passeurs.catalogue;

import fr.passeurs.people.AccountChanged;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.Ids;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.persistence.Found;
import fr.passeurs.platform.persistence.InLists;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.search.SearchChanged;
import fr.passeurs.search.SearchIndex;
import fr.passeurs.search.SearchIndexer;
import fr.passeurs.search.SearchKind;
import fr.passeurs.search.SearchQuery;
import fr.passeurs.workshop.ManufactureMoved;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Use cases of the know-how catalogue. Artisans write the entries they hold, managers those of
 * their manufacture, the admin any. Rarity is kept up to date here whenever what it depends on
 * changes: the holders, an artisan's account, the trainings.
 */
@ApplicationScoped
@Transactional
public class KnowHowService {

  /** Most holders an entry lists. */
  public static final int MAX_HOLDERS = 50;

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;
  @Inject private CraftService crafts;
  @Inject private ManufactureService manufactures;
  @Inject private AccountService accounts;
  @Inject private SearchIndexer search;
  @Inject private Event<SearchChanged> searchChanged;

  public KnowHow create(Caller caller, KnowHowContent content) {
    requireAuthor(caller);
    KnowHowContent placed = placeFor(caller, content, null);
    Craft craft = check(placed);
    KnowHow entry =
        new KnowHow(
            placed, craft, activeArtisans(placed.holderIds()), caller.accountId(), clock.instant());
    entry.placeAt(locationOf(placed.manufactureId()));
    em.persist(entry);
    reindex(entry);
    return entry;
  }

  public KnowHow revise(Caller caller, String id, KnowHowContent content, Long expectedVersion) {
    KnowHow entry = visible(caller, id);
    if (!mayEdit(caller, entry)) {
      throw DomainException.forbidden("forbidden.know-how.edit");
    }
    if (entry.archived()) {
      throw DomainException.conflict("archived", "problem.archived");
    }
    if (expectedVersion != null && expectedVersion != entry.version()) {
      throw DomainException.conflict(
              "concurrent-update", "problem.concurrent-update.know-how", expectedVersion)
          .with("currentVersion", entry.version());
    }
    KnowHowContent placed = placeFor(caller, content, entry.manufactureId());
    Craft craft = check(placed);
    int active = activeArtisans(placed.holderIds());
    GeoPoint location = locationOf(placed.manufactureId());
    entry.revise(placed, craft, active, clock.instant());
    entry.placeAt(location);
    reindex(entry);
    return entry;
  }

  /** Takes the entry out of the public catalogue; its owners and manager still see it. */
  public void archive(Caller caller, String id) {
    KnowHow entry = visible(caller, id);
    if (!mayEdit(caller, entry)) {
      throw DomainException.forbidden("forbidden.know-how.archive");
    }
    if (!entry.archived()) {
      entry.archive(clock.instant());
      reindex(entry);
    }
  }

  /** Records that a training for this know-how is offered on Passeurs: it is now taught. */
  public void recordTrainingOffered(String knowHowId) {
    KnowHow entry = find(knowHowId);
    if (!entry.trainedOnPlatform()) {
      entry.markTrainedOnPlatform();
      reindex(entry);
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public KnowHowDetail detail(Caller caller, String id) {
    KnowHow entry = visible(caller, id);
    boolean owner = mayEdit(caller, entry);
    List<AccountSummary> holders =
        accounts.summaries(entry.holderIds()).values().stream()
            .filter(holder -> owner || holder.isActive())
            .sorted(Comparator.comparing(AccountSummary::displayName))
            .toList();
    ManufactureSummary manufacture =
        entry.manufactureId() == null
            ? null
            : manufactures.summary(entry.manufactureId()).orElse(null);
    return new KnowHowDetail(entry, manufacture, holders, owner);
  }

  /** An entry as other contexts see it, archived or not. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<KnowHowSummary> summary(String id) {
    KnowHow entry = Ids.isWellFormed(id) ? em.find(KnowHow.class, id) : null;
    return Optional.ofNullable(entry).map(KnowHow::asSummary);
  }

  /**
   * Entries as other contexts see them, by id; unknown ids are left out. Read a hundred at a time,
   * each batch with its holders in one more query (a matching round asks for a thousand).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public java.util.Map<String, KnowHowSummary> summaries(java.util.Collection<String> ids) {
    if (ids.isEmpty()) {
      return java.util.Map.of();
    }
    List<String> distinct = ids.stream().distinct().toList();
    java.util.Map<String, KnowHowSummary> summaries = new java.util.HashMap<>();
    for (List<String> some : InLists.of(distinct)) {
      em.createQuery("SELECT k FROM KnowHow k WHERE k.id IN :ids", KnowHow.class)
          .setParameter("ids", some)
          .setHint("eclipselink.batch", "k.holderIds")
          .setHint("eclipselink.batch.type", "IN")
          .getResultList()
          .forEach(entry -> summaries.put(entry.id(), entry.asSummary()));
    }
    return summaries;
  }

  /** The published entries this artisan holds, by title. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<KnowHowSummary> heldBy(String accountId) {
    return em.createQuery(
            "SELECT k FROM KnowHow k JOIN k.holderIds h WHERE h = :id AND k.archived = FALSE"
                + " ORDER BY k.title",
            KnowHow.class)
        .setParameter("id", accountId)
        .getResultStream()
        .map(KnowHow::asSummary)
        .toList();
  }

  /**
   * Published entries found by the search index (words, facts, a place), as a page; each with its
   * manufacture and, near a place, its distance.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<SearchHit> search(KnowHowQuery query, PageRequest page) {
    Page<SearchIndex.Found> found = search.find(asSearch(query), page);
    List<String> ids = found.items().stream().map(SearchIndex.Found::id).toList();
    Map<String, KnowHow> entries = load(ids);
    Map<String, ManufactureSummary> places =
        manufactures.summaries(
            entries.values().stream()
                .map(KnowHow::manufactureId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
    List<SearchHit> hits = new ArrayList<>();
    for (SearchIndex.Found item : found.items()) {
      KnowHow entry = entries.get(item.id());
      if (entry != null) {
        hits.add(new SearchHit(entry, places.get(entry.manufactureId()), item.distanceKm()));
      }
    }
    return page.page(hits, found.total());
  }

  private static SearchQuery asSearch(KnowHowQuery query) {
    return new SearchQuery(
        query.text(),
        Set.of(SearchKind.KNOW_HOW),
        query.domain() == null ? null : query.domain().name(),
        query.craftCode(),
        query.region() == null ? null : query.region().name(),
        query.rarity() == null ? null : query.rarity().name(),
        query.manufactureId(),
        query.near(),
        query.radiusKm(),
        null,
        null);
  }

  /**
   * The entries the caller looks after, archived ones included: those an artisan holds or wrote;
   * for a manager, also those of their manufacture. Most recently changed first.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<KnowHow> mine(Caller caller, PageRequest page) {
    caller.requireAuthenticated();
    String where =
        " WHERE k.createdBy = :me OR k.id IN (SELECT h.id FROM KnowHow h JOIN h.holderIds a"
            + " WHERE a = :me)"
            + (caller.has(Role.MANAGER) ? " OR k.manufactureId = :manufacture" : "");
    var items =
        em.createQuery(
                "SELECT k FROM KnowHow k" + where + " ORDER BY k.updatedAt DESC, k.id",
                KnowHow.class)
            .setParameter("me", caller.accountId());
    var count =
        em.createQuery("SELECT COUNT(k) FROM KnowHow k" + where, Long.class)
            .setParameter("me", caller.accountId());
    if (caller.has(Role.MANAGER)) {
      items.setParameter("manufacture", caller.manufactureId());
      count.setParameter("manufacture", caller.manufactureId());
    }
    return page.page(
        items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult());
  }

  /** An artisan's account changed (activated, disabled): the rarity of what they hold, too. */
  void accountChanged(@Observes AccountChanged change) {
    List<KnowHow> held =
        em.createQuery("SELECT k FROM KnowHow k JOIN k.holderIds h WHERE h = :id", KnowHow.class)
            .setParameter("id", change.accountId())
            .getResultList();
    for (KnowHow entry : held) {
      Rarity before = entry.rarity();
      entry.assess(activeArtisans(entry.holderIds()));
      if (entry.rarity() != before) {
        reindex(entry);
      }
    }
  }

  /** A manufacture moved: its entries are found at its new place (the search follows the move). */
  void manufactureMoved(@Observes ManufactureMoved moved) {
    em.createQuery(
            "UPDATE KnowHow k SET k.latitude = :lat, k.longitude = :lon"
                + " WHERE k.manufactureId = :id")
        .setParameter("lat", moved.location().latitude())
        .setParameter("lon", moved.location().longitude())
        .setParameter("id", moved.manufactureId())
        .executeUpdate();
  }

  private boolean mayEdit(Caller caller, KnowHow entry) {
    return caller.isAdmin()
        || (entry.manufactureId() != null && caller.isManagerOf(entry.manufactureId()))
        || (caller.has(Role.ARTISAN) && entry.isOwnedBy(caller.accountId()));
  }

  private KnowHow visible(Caller caller, String id) {
    KnowHow entry = find(id);
    if (entry.archived()
        && !caller.isAdmin()
        && !entry.isOwnedBy(caller.accountId())
        && !(entry.manufactureId() != null && caller.isManagerOf(entry.manufactureId()))) {
      throw DomainException.notFound("know-how", id);
    }
    return entry;
  }

  private KnowHow find(String id) {
    KnowHow entry = Found.or404(em, KnowHow.class, id, "know-how");
    return entry;
  }

  private Map<String, KnowHow> load(List<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery("SELECT k FROM KnowHow k WHERE k.id IN :ids", KnowHow.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .collect(
            Collectors.toMap(KnowHow::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  private static void requireAuthor(Caller caller) {
    caller.requireAuthenticated();
    if (!caller.isAdmin() && !caller.has(Role.MANAGER) && !caller.has(Role.ARTISAN)) {
      throw DomainException.forbidden("forbidden.know-how.write");
    }
  }

  /**
   * Where the entry belongs and who holds it, by the caller's role: an artisan writes for their own
   * manufacture and holds what they write; a manager writes for their manufacture; the admin places
   * an entry anywhere, or nowhere (national know-how). Only the admin and the managers of an
   * entry's manufacture move it elsewhere: a holder from another manufacture may not take it.
   */
  private KnowHowContent placeFor(Caller caller, KnowHowContent content, String current) {
    String wanted = content.manufactureId();
    if (caller.isAdmin()) {
      if (wanted != null && !manufactures.exists(wanted)) {
        throw DomainException.invalid("manufactureId", "invalid.manufacture.unknown");
      }
      return content;
    }
    String own = caller.manufactureId();
    if (current != null
        && wanted != null
        && !wanted.equals(current)
        && !caller.isManagerOf(current)) {
      throw DomainException.forbidden("problem.know-how-move");
    }
    if (wanted != null && !wanted.equals(own) && !wanted.equals(current)) {
      throw DomainException.invalid("manufactureId", "invalid.know-how.manufacture-not-yours");
    }
    KnowHowContent placed =
        content.inManufacture(wanted == null ? (current == null ? own : current) : wanted);
    if (current == null && caller.has(Role.ARTISAN) && !caller.has(Role.MANAGER)) {
      Set<String> holders = new HashSet<>(placed.holderIds());
      holders.add(caller.accountId());
      placed = placed.withHolders(holders);
    }
    return placed;
  }

  /** Checks what needs the database: the craft and its domain, the holders. */
  private Craft check(KnowHowContent content) {
    List<FieldError> errors = new ArrayList<>(content.problems());
    Craft craft = null;
    if (content.craftCode() != null) {
      craft = crafts.find(content.craftCode()).orElse(null);
      if (craft == null) {
        errors.add(new FieldError("craftCode", "invalid.craft.unknown"));
      } else if (craft.domain() != content.domain()) {
        errors.add(
            new FieldError(
                "craftCode",
                "invalid.craft.other-domain",
                Message.of("domain." + craft.domain().name())));
      }
    }
    if (content.holderIds().size() > MAX_HOLDERS) {
      errors.add(new FieldError("holderIds", "invalid.count.max", MAX_HOLDERS));
    } else {
      Map<String, AccountSummary> holders = accounts.summaries(content.holderIds());
      for (String holder : content.holderIds()) {
        AccountSummary account = holders.get(holder);
        if (account == null || !account.isArtisan()) {
          errors.add(new FieldError("holderIds", "invalid.know-how.not-artisan", holder));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    return craft;
  }

  private GeoPoint locationOf(String manufactureId) {
    return manufactureId == null
        ? null
        : manufactures.summary(manufactureId).map(ManufactureSummary::location).orElse(null);
  }

  /**
   * How many of these accounts are active artisans. Counted before an entry changes: the query
   * would otherwise flush a half-made change that the database's rarity rule refuses.
   */
  private int activeArtisans(Set<String> holderIds) {
    return (int)
        accounts.summaries(holderIds).values().stream()
            .filter(holder -> holder.isActive() && holder.isArtisan())
            .count();
  }

  /** The search finds the entry as it now is, once this transaction commits. */
  private void reindex(KnowHow entry) {
    searchChanged.fire(new SearchChanged(SearchKind.KNOW_HOW, entry.id()));
  }
}
