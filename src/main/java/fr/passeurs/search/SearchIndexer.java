package fr.passeurs.search;

import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.persistence.DatabaseMigration;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps this instance's search index equal to the database. At start-up it builds the index from
 * every {@link SearchSource}; then it applies the change feed: the rows other instances wrote, read
 * every {@code passeurs.search.poll-millis} (500 by default), and this instance's own rows at the
 * end of the request that wrote them. Each row reloads its thing from its source, and a know-how or
 * manufacture also reloads the things that show its facts (the sessions of a know-how, the offers
 * of a manufacture).
 *
 * <p>Its own changes are read before the request's answer leaves, not in the committing
 * transaction's completion, where no new transaction may start.
 *
 * <p>Rows are numbered by the database in the order they are written, not committed: a row may
 * appear after a later one. Rows are applied by number; a number missing below the last applied one
 * is looked for again at each read, for a minute, then given up (a rolled back transaction leaves
 * its number unused).
 */
@ApplicationScoped
public class SearchIndexer {

  private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

  /** Rows read at a time. */
  static final int BATCH = 1000;

  /** How long a missing row number is waited for. */
  static final long GAP_WAIT_NANOS = TimeUnit.MINUTES.toNanos(1);

  @Resource private ManagedScheduledExecutorService executor;
  @Inject @Any private Instance<SearchSource> sources;
  @Inject private SearchFeed feed;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "passeurs.search.poll-millis", defaultValue = "500")
  long pollMillis;

  private final SearchIndex index = new SearchIndex();
  private final Map<SearchKind, SearchSource> byKind = new EnumMap<>(SearchKind.class);

  /** Every row up to this one is applied or given up. */
  private long floor;

  /** Rows applied above the floor. */
  private final TreeSet<Long> appliedAbove = new TreeSet<>();

  /** Row numbers missing above the floor, and since when (System.nanoTime). */
  private final Map<Long, Long> missingSince = new HashMap<>();

  private ScheduledFuture<?> polling;

  void start(
      @Observes @Priority(DatabaseMigration.DEMO + 150) @Initialized(ApplicationScoped.class)
          Object start) {
    for (SearchSource source : sources) {
      byKind.put(source.kind(), source);
    }
    rebuild();
    polling =
        executor.scheduleWithFixedDelay(
            this::catchUpQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
  }

  /** Searches the index, today being today in Paris. */
  public SearchResult search(SearchQuery query, PageRequest page) {
    return index.search(query, page, LocalDate.now(clock.withZone(ClockProducer.PARIS)));
  }

  /**
   * The ids of the things of these kinds whose words match {@code words}, the most relevant first,
   * at most {@link SearchQuery#MAX_IDS}: for a list that narrows its own query by words. Empty when
   * the words hold nothing to search for (none, or only small words such as "de" or "la"): the list
   * is not narrowed.
   */
  public Optional<List<String>> ids(Set<SearchKind> kinds, String words) {
    if (FrenchText.words(words).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        index.ids(
            kinds, words, SearchQuery.MAX_IDS, LocalDate.now(clock.withZone(ClockProducer.PARIS))));
  }

  /** The same search, its things' ids and distances only. */
  public Page<SearchIndex.Found> find(SearchQuery query, PageRequest page) {
    return index.find(query, page, LocalDate.now(clock.withZone(ClockProducer.PARIS)));
  }

  /** Completions of what is being typed. */
  public List<String> suggest(String typed, int max) {
    return index.suggest(typed, max);
  }

  /**
   * Builds the index again from the database. Changes made meanwhile are applied after: the feed is
   * read from where it stood before the build.
   */
  public synchronized void rebuild() {
    long started = System.nanoTime();
    long position = feed.last();
    index.clear();
    AtomicInteger count = new AtomicInteger();
    for (SearchSource source : byKind.values()) {
      source.everything(
          document -> {
            index.put(document);
            if (count.incrementAndGet() % 10_000 == 0) {
              LOG.info(() -> "Search index: " + count.get() + " things indexed…");
            }
          });
    }
    index.compact();
    index.refresh();
    floor = position;
    appliedAbove.clear();
    missingSince.clear();
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    long megabytes = index.bytes() / (1024 * 1024);
    LOG.info(
        () ->
            "Search index built: "
                + count.get()
                + " things in "
                + millis
                + " ms, "
                + megabytes
                + " MB in memory.");
  }

  /** Whether this thread committed changes the index has not read yet. */
  private static final ThreadLocal<Boolean> CHANGED_HERE = new ThreadLocal<>();

  /** Notes that this thread committed a change, for {@link #catchUpIfChangedHere}. */
  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchChanged change) {
    CHANGED_HERE.set(Boolean.TRUE);
  }

  /**
   * Applies the feed now if this thread committed changes: called at the end of each request
   * ({@link fr.passeurs.search.web.FreshSearchFilter}), before its answer leaves, so that whoever
   * made a change finds it at once. Other instances read it within {@code poll-millis}.
   */
  public void catchUpIfChangedHere() {
    if (CHANGED_HERE.get() != null) {
      CHANGED_HERE.remove();
      catchUpQuietly();
    }
  }

  private void catchUpQuietly() {
    try {
      catchUp();
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, e, () -> "The search index could not read the change feed; next time.");
    }
  }

  /** Applies the rows of the feed not applied yet; returns how many things changed. */
  public synchronized int catchUp() {
    List<SearchFeed.Row> rows = new ArrayList<>(feed.among(missingSince.keySet()));
    long highest = appliedAbove.isEmpty() ? floor : appliedAbove.last();
    List<SearchFeed.Row> fresh;
    int changed = 0;
    do {
      fresh = feed.after(highest, BATCH);
      rows.addAll(fresh);
      if (!fresh.isEmpty()) {
        highest = fresh.get(fresh.size() - 1).id();
      }
      changed += apply(rows);
      rows.clear();
    } while (fresh.size() == BATCH);
    advance();
    return changed;
  }

  private int apply(List<SearchFeed.Row> rows) {
    Set<String> done = new LinkedHashSet<>();
    for (SearchFeed.Row row : rows) {
      if (row.id() <= floor || appliedAbove.contains(row.id())) {
        continue;
      }
      if (done.add(SearchDocument.key(row.kind(), row.itemId()))) {
        reload(row.kind(), row.itemId());
        for (SearchDocument dependent : index.dependents(row.kind(), row.itemId())) {
          if (done.add(dependent.key())) {
            reload(dependent.kind(), dependent.id());
          }
        }
      }
      appliedAbove.add(row.id());
      missingSince.remove(row.id());
    }
    if (!done.isEmpty()) {
      index.refresh();
    }
    return done.size();
  }

  private void reload(SearchKind kind, String id) {
    SearchSource source = byKind.get(kind);
    var document = source == null ? java.util.Optional.<SearchDocument>empty() : source.one(id);
    if (document.isPresent()) {
      index.put(document.get());
    } else {
      index.remove(kind, id);
    }
  }

  /** Raises the floor over applied rows, and over missing ones waited for long enough. */
  private void advance() {
    long now = System.nanoTime();
    while (!appliedAbove.isEmpty()) {
      long next = floor + 1;
      if (appliedAbove.remove(next)) {
        floor = next;
        missingSince.remove(next);
        continue;
      }
      Long since = missingSince.putIfAbsent(next, now);
      if (since != null && now - since > GAP_WAIT_NANOS) {
        missingSince.remove(next);
        floor = next;
        continue;
      }
      // note every other missing number below the highest applied, then wait for them
      for (long id = next + 1; id < appliedAbove.last(); id++) {
        if (!appliedAbove.contains(id)) {
          missingSince.putIfAbsent(id, now);
        }
      }
      break;
    }
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
    try {
      index.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "The search index did not close cleanly.", e);
    }
  }
}
