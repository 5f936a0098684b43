package fr.passeurs.search;

import fr.passeurs.platform.work.PeriodicWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The change feed in the database: written in the transaction of each change, read by every
 * instance, forgotten after a day (an instance that starts builds its index from the database).
 */
@ApplicationScoped
public class SearchFeed implements PeriodicWork {

  /** How long rows are kept. */
  static final Duration KEPT = Duration.ofDays(1);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** A row as read. */
  record Row(long id, SearchKind kind, String itemId) {}

  /** Records the change in the transaction that made it: it is applied only once committed. */
  void record(@Observes SearchChanged change) {
    em.createNativeQuery(
            "INSERT INTO search_change (kind, item_id, changed_at) VALUES (?1, ?2, ?3)")
        .setParameter(1, change.kind().name())
        .setParameter(2, change.id())
        .setParameter(3, java.sql.Timestamp.from(clock.instant()))
        .executeUpdate();
  }

  /** The last row written, or 0. */
  @Transactional
  public long last() {
    Long last =
        em.createQuery("SELECT MAX(c.id) FROM SearchChange c", Long.class).getSingleResult();
    return last == null ? 0 : last;
  }

  /** The rows after this one, in order, at most {@code max}. */
  @Transactional
  public List<Row> after(long id, int max) {
    return em
        .createQuery(
            "SELECT c FROM SearchChange c WHERE c.id > :id ORDER BY c.id", SearchChange.class)
        .setParameter("id", id)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(c -> new Row(c.id(), c.kind(), c.itemId()))
        .toList();
  }

  /** Those of these rows that exist now. */
  @Transactional
  public List<Row> among(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT c FROM SearchChange c WHERE c.id IN :ids ORDER BY c.id", SearchChange.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .map(c -> new Row(c.id(), c.kind(), c.itemId()))
        .toList();
  }

  @Override
  public String name() {
    return "search-feed-cleanup";
  }

  @Override
  public java.util.Optional<Duration> every() {
    return java.util.Optional.of(Duration.ofHours(1));
  }

  /** Deletes the rows older than a day. */
  @Override
  @Transactional
  public int run() {
    return em.createNativeQuery("DELETE FROM search_change WHERE changed_at < ?1")
        .setParameter(1, java.sql.Timestamp.from(clock.instant().minus(KEPT)))
        .executeUpdate();
  }
}
