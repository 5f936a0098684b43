package fr.passeurs.audit;

import fr.passeurs.platform.AuditAction;
import fr.passeurs.platform.Audited;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Ids;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.security.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the audit trail and reads it: the admin reads all of it, a manager what concerns their
 * manufacture. An act is recorded by the service that did it, in the same transaction (a
 * synchronous observer): recorded if and only if it happened. Entries are only ever added.
 */
@ApplicationScoped
public class AuditTrail {

  /** Most lines one CSV export holds; narrow the filter for more. */
  public static final int MAX_EXPORT = 10_000;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private ClientAddress addresses;
  @Inject private Instance<HttpServletRequest> request;

  /** What the trail is filtered by; any part may be null. */
  public record Filter(
      AuditAction kind,
      String actorId,
      String subjectId,
      String manufactureId,
      Instant from,
      Instant to) {

    public static Filter none() {
      return new Filter(null, null, null, null, null, null);
    }

    /**
     * The filter of the pages: over whole days in Paris, {@code to} included; a blank id or a
     * missing day filters nothing.
     */
    public static Filter overDays(
        AuditAction kind, String actorId, String subjectId, LocalDate from, LocalDate to) {
      return new Filter(
          kind,
          idOrNull(actorId),
          idOrNull(subjectId),
          null,
          startOf(from),
          to == null ? null : startOf(to.plusDays(1)));
    }

    private static String idOrNull(String id) {
      return id == null || id.isBlank() ? null : id.trim();
    }

    private static Instant startOf(LocalDate day) {
      return day == null ? null : day.atStartOfDay(ClockProducer.PARIS).toInstant();
    }

    Filter inManufacture(String manufacture) {
      return new Filter(kind, actorId, subjectId, manufacture, from, to);
    }
  }

  @Transactional
  public void record(@Observes Audited what) {
    em.persist(new AuditEntry(Ids.newId(), clock.instant(), address(), what));
  }

  /** Where the request that acted comes from; null for work without a request. */
  private String address() {
    try {
      return addresses.of(request.get());
    } catch (ContextNotActiveException | IllegalStateException e) {
      return null;
    }
  }

  /**
   * One page of the trail, newest first: all of it for the admin, their manufacture's for a
   * manager.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AuditEntry> read(Caller caller, Filter filter, PageRequest page) {
    Query query = query(scoped(caller, filter));
    return page.page(
        query.entries.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
        query.count.getSingleResult());
  }

  /** The whole filtered trail, newest first, up to {@link #MAX_EXPORT} lines. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEntry> export(Caller caller, Filter filter) {
    return query(scoped(caller, filter)).entries.setMaxResults(MAX_EXPORT).getResultList();
  }

  private static Filter scoped(Caller caller, Filter filter) {
    if (caller.isAdmin()) {
      return filter;
    }
    if (caller.manufactureId() == null || !caller.isManagerOf(caller.manufactureId())) {
      throw DomainException.forbidden("forbidden.audit");
    }
    if (filter.manufactureId() != null && !caller.isManagerOf(filter.manufactureId())) {
      throw DomainException.forbidden("forbidden.audit.manufacture");
    }
    return filter.inManufacture(caller.manufactureId());
  }

  private record Query(TypedQuery<Long> count, TypedQuery<AuditEntry> entries) {}

  private Query query(Filter filter) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (filter.kind() != null) {
      where.append(" AND e.action = :kind");
      parameters.put("kind", filter.kind());
    }
    if (filter.actorId() != null) {
      where.append(" AND e.actorId = :actor");
      parameters.put("actor", filter.actorId());
    }
    if (filter.subjectId() != null) {
      where.append(" AND e.subjectId = :subject");
      parameters.put("subject", filter.subjectId());
    }
    if (filter.manufactureId() != null) {
      where.append(" AND e.manufactureId = :manufacture");
      parameters.put("manufacture", filter.manufactureId());
    }
    if (filter.from() != null) {
      where.append(" AND e.at >= :from");
      parameters.put("from", filter.from());
    }
    if (filter.to() != null) {
      where.append(" AND e.at < :to");
      parameters.put("to", filter.to());
    }
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
    TypedQuery<AuditEntry> entries =
        em.createQuery(
            "SELECT e FROM AuditEntry e" + where + " ORDER BY e.at DESC, e.id", AuditEntry.class);
    parameters.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          entries.setParameter(name, value);
        });
    return new Query(count, entries);
  }
}
