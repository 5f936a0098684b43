package fr.passeurs.search;

import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.search.SearchResult.Highlight;
import fr.passeurs.search.SearchResult.Part;
import fr.passeurs.search.SearchResult.SearchItem;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The search index of one instance, in memory: Lucene documents made from {@link SearchDocument}s,
 * and the queries that find them. Plain Java: {@link SearchIndexer} feeds it and keeps it current.
 *
 * <p>Each word asked must match: its stem in a title, text or more words (a title counts most), or
 * the beginning of a word. When nothing matches, a word of five letters or more that the index does
 * not know is replaced by the closest word it knows, one letter away, and the search runs again.
 * The most relevant come first, the rarest know-how first among equals; near a place, the nearest.
 * Facets count, for the kind, domain, region and rarity, each value's results, ignoring that fact's
 * own filter ({@link Sideways}).
 */
public final class SearchIndex implements Closeable {

  /** Words shorter than this are never corrected. */
  static final int TYPO_FROM = 5;

  static final List<String> FACETS = List.of("kind", "domain", "region", "rarity");

  /** The doc values the facets are counted on, in the order of {@link #FACETS}. */
  private static final List<String> FACET_FIELDS =
      FACETS.stream().map(facet -> "facet." + facet).toList();

  private static final String KEY = "key";
  private static final String TITLE = "title";
  private static final String TEXT = "text";
  private static final String MORE = "more";
  private static final String PLAIN = "plain";

  /**
   * The beginnings of the plain words ({@link FrenchText#beginnings}): only whether a document has
   * them, no counts, positions or norms.
   */
  private static final String BEGINS = "begins";

  private static final FieldType BEGINNINGS = beginnings();

  private static FieldType beginnings() {
    FieldType type = new FieldType();
    type.setIndexOptions(IndexOptions.DOCS);
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  private static final String RANK = "rank";

  /**
   * The rarest first, then by title, then by key, as three numbers ({@link SortKeys}): comparing
   * numbers costs nothing next to the terms a sort on text copies out of its compressed doc values
   * for each competitive hit.
   */
  private static final String ORDER = "order";

  private static final String ORDER_NEXT = "order.next";
  private static final String KEY_HASH = "key.hash";

  private static final SortField[] BY_ORDER = {
    new SortField(ORDER, SortField.Type.LONG),
    new SortField(ORDER_NEXT, SortField.Type.LONG),
    new SortField(KEY_HASH, SortField.Type.LONG)
  };

  /** The most relevant first, then {@link #BY_ORDER}. */
  private static final Sort RELEVANCE =
      new Sort(SortField.FIELD_SCORE, BY_ORDER[0], BY_ORDER[1], BY_ORDER[2]);

  private static final String LOCATION = "location";
  private static final String STARTS = "starts";
  private static final String ENDS = "ends";
  private static final String KNOW_HOW = "knowHow";
  private static final String MANUFACTURE = "manufacture";
  private static final String CRAFT = "craft";
  private static final String LEVEL = "level";

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FactColumns.Cache columns =
      new FactColumns.Cache(FACET_FIELDS, ENDS, SearchIndex::shown);

  public SearchIndex() {
    Analyzer analyzer =
        new PerFieldAnalyzerWrapper(
            FrenchText.stemmed(),
            Map.of(PLAIN, FrenchText.folded(), BEGINS, FrenchText.beginnings()));
    try {
      // each segment's documents in the order of things without words (the rarest first): a list
      // in that order stops comparing once its page is full
      writer =
          new IndexWriter(
              directory, new IndexWriterConfig(analyzer).setIndexSort(new Sort(BY_ORDER)));
      searchers = new SearcherManager(writer, new Warming());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the columns of each new segment before its searcher is handed out, so that no search pays
   * for reading them (after a merge, a segment may hold the whole index).
   */
  private final class Warming extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
      for (LeafReaderContext leaf : reader.leaves()) {
        columns.of(leaf);
      }
      return super.newSearcher(reader, previous);
    }
  }

  /**
   * Adds the document, or replaces the one of the same kind and id. Seen after {@link #refresh}.
   */
  public void put(SearchDocument document) {
    try {
      writer.updateDocument(new Term(KEY, document.key()), toLucene(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the document of this kind and id, if any. Seen after {@link #refresh}. */
  public void remove(SearchKind kind, String id) {
    try {
      writer.deleteDocuments(new Term(KEY, SearchDocument.key(kind, id)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes every document. Seen after {@link #refresh}. */
  public void clear() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Merges the index into one segment: after a build, each search then sets itself up once instead
   * of once for each of the dozen segments the build left.
   */
  public void compact() {
    try {
      writer.forceMerge(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes what was put and removed visible to searches. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The memory the index takes, in bytes, with the columns read from its segments. */
  public long bytes() {
    try {
      long bytes = writer.ramBytesUsed() + columns.bytes();
      for (String file : directory.listAll()) {
        bytes += directory.fileLength(file);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The kinds and ids of the documents that depend on this know-how or manufacture. */
  public List<SearchDocument> dependents(SearchKind kind, String id) {
    String field =
        switch (kind) {
          case KNOW_HOW -> KNOW_HOW;
          case MANUFACTURE -> MANUFACTURE;
          default -> null;
        };
    if (field == null) {
      return List.of();
    }
    return withSearcher(
        searcher -> {
          TopDocs found = searcher.search(new TermQuery(new Term(field, id)), Integer.MAX_VALUE);
          List<SearchDocument> dependents = new ArrayList<>();
          for (ScoreDoc hit : found.scoreDocs) {
            SearchDocument dependent = shownOf(searcher, hit.doc);
            if (dependent.kind() != kind) {
              dependents.add(dependent);
            }
          }
          return dependents;
        });
  }

  /** Searches, on the day {@code today}: things that ended before it are not found. */
  public SearchResult search(SearchQuery query, PageRequest page, LocalDate today) {
    return withSearcher(
        searcher ->
            withTypoFallback(
                searcher,
                query,
                (words, didYouMean) -> {
                  Collected found = collect(searcher, query, words, page, today);
                  return found.hits().totalHits.value == 0
                      ? null
                      : shown(searcher, query, words, page, found, didYouMean);
                },
                words ->
                    shown(
                        searcher,
                        query,
                        words,
                        page,
                        collect(searcher, query, words, page, today),
                        null)));
  }

  /**
   * The same search, its things' ids and distances only: no facets, no words marked, nothing read
   * but the ids (for the lists that show things of their own, such as the catalogue's).
   */
  public Page<Found> find(SearchQuery query, PageRequest page, LocalDate today) {
    return withSearcher(
        searcher ->
            withTypoFallback(
                searcher,
                query,
                (words, didYouMean) -> {
                  Page<Found> found =
                      found(searcher, query, collect(searcher, query, words, page, today), page);
                  return found.total() == 0 ? null : found;
                },
                words -> page.page(List.<Found>of(), 0)));
  }

  /** A thing found by {@link #find}: its id, and its distance from the place searched around. */
  public record Found(String id, Double distanceKm) {}

  private interface Attempt<T> {
    /** The answer for these words, or null if they find nothing. */
    T with(List<String> words, String didYouMean) throws IOException;
  }

  private interface Nothing<T> {
    T with(List<String> words) throws IOException;
  }

  /**
   * Runs {@code attempt} with the query's words; if they find nothing, with each unknown word of 5
   * letters or more replaced by the closest word the index knows; else {@code nothing}.
   */
  private static <T> T withTypoFallback(
      IndexSearcher searcher, SearchQuery query, Attempt<T> attempt, Nothing<T> nothing)
      throws IOException {
    List<String> words = FrenchText.words(query.text());
    T found = attempt.with(words, null);
    if (found != null) {
      return found;
    }
    if (!words.isEmpty()) {
      List<String> corrected = corrected(searcher, words);
      if (!corrected.equals(words)) {
        T again = attempt.with(corrected, String.join(" ", corrected));
        if (again != null) {
          return again;
        }
      }
    }
    return nothing.with(words);
  }

  /**
   * The ids of the things of these kinds, not ended before {@code today}, whose words match every
   * word of {@code words} (with the search's typo fallback), the most relevant first, at most
   * {@code max}: for the lists that keep their own filters and order and only let words narrow
   * them.
   */
  public List<String> ids(Set<SearchKind> kinds, String words, int max, LocalDate today) {
    return withSearcher(
        searcher ->
            withTypoFallback(
                searcher,
                SearchQuery.text(words),
                (typed, didYouMean) -> {
                  List<String> found = ids(searcher, kinds, typed, max, today);
                  return found.isEmpty() ? null : found;
                },
                typed -> List.<String>of()));
  }

  private List<String> ids(
      IndexSearcher searcher, Set<SearchKind> kinds, List<String> words, int max, LocalDate today)
      throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(
        words.isEmpty() ? new MatchAllDocsQuery() : wordsQuery(words, Occur.MUST), Occur.MUST);
    query.add(during(today, null), Occur.FILTER);
    BooleanQuery.Builder ofKinds = new BooleanQuery.Builder();
    for (SearchKind kind : kinds) {
      ofKinds.add(new TermQuery(new Term("kind", kind.name())), Occur.SHOULD);
    }
    if (!kinds.isEmpty()) {
      query.add(ofKinds.build(), Occur.FILTER);
    }
    TopDocs top = searcher.search(query.build(), Math.max(1, max), RELEVANCE);
    List<String> ids = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      ids.add(shownOf(searcher, hit.doc).id());
    }
    return ids;
  }

  /**
   * Completions of what is being typed: titles of know-how, crafts and places whose words start
   * with every word typed, the rarest first.
   */
  public List<String> suggest(String typed, int max) {
    List<String> words = FrenchText.words(typed);
    if (words.isEmpty()) {
      return List.of();
    }
    return withSearcher(
        searcher -> {
          BooleanQuery.Builder query = new BooleanQuery.Builder();
          for (String word : words) {
            query.add(beginning(word), Occur.FILTER);
          }
          BooleanQuery.Builder kinds = new BooleanQuery.Builder();
          kinds.add(new TermQuery(new Term("kind", SearchKind.KNOW_HOW.name())), Occur.SHOULD);
          kinds.add(new TermQuery(new Term("kind", SearchKind.MANUFACTURE.name())), Occur.SHOULD);
          query.add(kinds.build(), Occur.FILTER);
          TopDocs top = searcher.search(query.build(), max * 5, new Sort(BY_ORDER));
          Map<String, String> suggestions = new LinkedHashMap<>();
          for (ScoreDoc hit : top.scoreDocs) {
            SearchDocument document = shownOf(searcher, hit.doc);
            for (String candidate :
                new String[] {
                  document.title(), document.facts().craftLabel(), document.facts().place()
                }) {
              if (candidate != null && startsEveryWord(candidate, words)) {
                suggestions.putIfAbsent(candidate.toLowerCase(Locale.ROOT), candidate);
              }
            }
            if (suggestions.size() >= max) {
              break;
            }
          }
          return suggestions.values().stream().limit(max).toList();
        });
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }

  private interface WithSearcher<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(WithSearcher<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean startsEveryWord(String candidate, List<String> words) {
    List<String> own = FrenchText.words(candidate);
    return words.stream().allMatch(word -> own.stream().anyMatch(w -> w.startsWith(word)));
  }

  /** The hits of a search (as many as its page needs) and its facet counts. */
  private record Collected(TopDocs hits, Sideways sideways) {}

  private Collected collect(
      IndexSearcher searcher,
      SearchQuery query,
      List<String> words,
      PageRequest page,
      LocalDate today)
      throws IOException {
    Query matching = words.isEmpty() ? null : wordsQuery(words, Occur.MUST);
    BooleanQuery.Builder base = new BooleanQuery.Builder();
    base.add(matching == null ? new MatchAllDocsQuery() : matching, Occur.MUST);
    if (query.from() != null || query.to() != null) {
      base.add(during(query.from(), query.to()), Occur.FILTER);
    }
    filter(base, CRAFT, query.craftCode());
    filter(base, MANUFACTURE, query.manufactureId());
    if (query.near() != null) {
      base.add(
          LatLonPoint.newDistanceQuery(
              LOCATION, query.near().latitude(), query.near().longitude(), query.radiusKm() * 1000),
          Occur.FILTER);
    }
    List<Set<String>> facetFilters =
        List.of(
            query.kinds().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
            only(query.domain()),
            only(query.region()),
            only(query.rarity()));
    Sort sort =
        query.near() != null
            ? new Sort(
                LatLonDocValuesField.newDistanceSort(
                    LOCATION, query.near().latitude(), query.near().longitude()),
                SortField.FIELD_SCORE,
                BY_ORDER[2])
            : matching == null ? new Sort(BY_ORDER) : RELEVANCE;
    int wanted = Math.max(1, page.offset() + page.size());
    TopFieldCollectorManager manager =
        new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE, false);
    TopFieldCollector collector = manager.newCollector();
    // what ended before today is left out as it is collected (things without days never end)
    Sideways sideways =
        new Sideways(collector, FACET_FIELDS, facetFilters, columns, (int) today.toEpochDay());
    searcher.search(base.build(), sideways);
    return new Collected(manager.reduce(List.of(collector)), sideways);
  }

  /** The page of things found, with their words marked, and the facets. */
  private SearchResult shown(
      IndexSearcher searcher,
      SearchQuery query,
      List<String> words,
      PageRequest page,
      Collected found,
      String didYouMean)
      throws IOException {
    Marks marks = words.isEmpty() ? null : new Marks(words);
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    Map<String, Map<String, Long>> counted = found.sideways().counts();
    for (int d = 0; d < FACETS.size(); d++) {
      facets.put(FACETS.get(d), counted.get(FACET_FIELDS.get(d)));
    }
    ScoreDoc[] all = found.hits().scoreDocs;
    int first = Math.min(page.offset(), all.length);
    int last = Math.min(all.length, page.offset() + page.size());
    List<SearchItem> items = new ArrayList<>();
    for (int i = first; i < last; i++) {
      items.add(item(shownOf(searcher, all[i].doc), marks, distanceOf(query, all[i])));
    }
    return new SearchResult(page.page(items, found.hits().totalHits.value), facets, didYouMean);
  }

  /** The page of things found, as ids read from the columns. */
  private Page<Found> found(
      IndexSearcher searcher, SearchQuery query, Collected found, PageRequest page)
      throws IOException {
    ScoreDoc[] all = found.hits().scoreDocs;
    int first = Math.min(page.offset(), all.length);
    int last = Math.min(all.length, page.offset() + page.size());
    List<Found> items = new ArrayList<>(last - first);
    for (int i = first; i < last; i++) {
      items.add(new Found(shownOf(searcher, all[i].doc).id(), distanceOf(query, all[i])));
    }
    return page.page(items, found.hits().totalHits.value);
  }

  private static Double distanceOf(SearchQuery query, ScoreDoc hit) {
    return query.near() == null ? null : ((Double) ((FieldDoc) hit).fields[0]) / 1000.0;
  }

  /** What a result shows of a document, from its segment's columns. */
  private SearchDocument shownOf(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return columns.of(leaf).shown()[doc - leaf.docBase];
  }

  /**
   * Each word matches by its stem in the title (counting most), the text (next) or more words, or
   * as the beginning of a word; {@code each} says whether every word must match.
   */
  private static Query wordsQuery(List<String> words, Occur each) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : words) {
      String stem = FrenchText.stem(word);
      BooleanQuery.Builder one = new BooleanQuery.Builder();
      one.add(new BoostQuery(new TermQuery(new Term(TITLE, stem)), 4f), Occur.SHOULD);
      one.add(new BoostQuery(new TermQuery(new Term(TEXT, stem)), 2f), Occur.SHOULD);
      one.add(new TermQuery(new Term(MORE, stem)), Occur.SHOULD);
      one.add(beginning(word), Occur.SHOULD);
      all.add(one.build(), each);
    }
    return all.build();
  }

  /**
   * The things with a word that begins with this one (or is it), all scoring the same: one term of
   * the beginnings indexed, or, for a word longer than any beginning indexed, a scan of the words.
   */
  private static Query beginning(String word) {
    return word.length() <= FrenchText.MAX_BEGINNING
        ? new ConstantScoreQuery(new TermQuery(new Term(BEGINS, word)))
        : new PrefixQuery(new Term(PLAIN, word));
  }

  /** Each word the index does not know, not even as a beginning, replaced by its closest word. */
  private static List<String> corrected(IndexSearcher searcher, List<String> words)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    Terms terms = MultiTerms.getTerms(reader, PLAIN);
    if (terms == null) {
      return words;
    }
    DirectSpellChecker speller = new DirectSpellChecker();
    speller.setMaxEdits(1);
    speller.setMinPrefix(0);
    speller.setMinQueryLength(TYPO_FROM);
    List<String> corrected = new ArrayList<>();
    for (String word : words) {
      String replacement = word;
      if (word.length() >= TYPO_FROM && !known(terms, word)) {
        SuggestWord[] closest =
            speller.suggestSimilar(
                new Term(PLAIN, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (closest.length > 0) {
          replacement = closest[0].string;
        }
      }
      corrected.add(replacement);
    }
    return corrected;
  }

  /** Whether some word of the index starts with this one. */
  private static boolean known(Terms terms, String word) throws IOException {
    TermsEnum each = terms.iterator();
    BytesRef prefix = new BytesRef(word);
    TermsEnum.SeekStatus status = each.seekCeil(prefix);
    if (status == TermsEnum.SeekStatus.END) {
      return false;
    }
    return status == TermsEnum.SeekStatus.FOUND || each.term().utf8ToString().startsWith(word);
  }

  /** Things whose days meet the period (things without days meet every period). */
  private static Query during(LocalDate from, LocalDate to) {
    BooleanQuery.Builder meets = new BooleanQuery.Builder();
    if (to != null) {
      meets.add(
          IntPoint.newRangeQuery(STARTS, Integer.MIN_VALUE, (int) to.toEpochDay()), Occur.FILTER);
    }
    if (from != null) {
      meets.add(
          IntPoint.newRangeQuery(ENDS, (int) from.toEpochDay(), Integer.MAX_VALUE), Occur.FILTER);
    }
    return meets.build();
  }

  private static void filter(BooleanQuery.Builder query, String field, String value) {
    if (value != null) {
      query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
  }

  private static Set<String> only(String value) {
    return value == null ? Set.of() : Set.of(value);
  }

  /** A thing found, with the words found marked in its title and text (none without words). */
  private static SearchItem item(SearchDocument document, Marks marks, Double distanceKm) {
    List<Highlight> highlights = new ArrayList<>();
    if (marks != null) {
      List<Part> inTitle = marks.whole(document.title());
      if (!inTitle.isEmpty()) {
        highlights.add(new Highlight(TITLE, inTitle));
      }
      List<Part> inText = marks.bestSentence(document.text());
      if (!inText.isEmpty()) {
        highlights.add(new Highlight(TEXT, inText));
      }
    }
    return new SearchItem(
        document.kind(),
        document.id(),
        document.title(),
        document.text(),
        highlights,
        document.facts(),
        distanceKm);
  }

  private static Document toLucene(SearchDocument source) {
    SearchFacts facts = source.facts();
    Document document = new Document();
    document.add(new StringField(KEY, source.key(), Field.Store.NO));
    document.add(new StringField("kind", source.kind().name(), Field.Store.YES));
    document.add(new SortedDocValuesField(FACET_FIELDS.get(0), new BytesRef(source.kind().name())));
    document.add(new StoredField("id", source.id()));
    document.add(new TextField(TITLE, source.title(), Field.Store.YES));
    document.add(new TextField(TEXT, source.text(), Field.Store.YES));
    String more = join(source.moreWords(), facts.craftLabel(), facts.place());
    document.add(new TextField(MORE, more, Field.Store.NO));
    String plain = join(source.title(), source.text(), more);
    document.add(new TextField(PLAIN, plain, Field.Store.NO));
    document.add(new Field(BEGINS, plain, BEGINNINGS));
    document.add(new StoredField(RANK, facts.rarityRank()));
    long[] order =
        SortKeys.of(facts.rarityRank(), String.join(" ", FrenchText.words(source.title())));
    document.add(new NumericDocValuesField(ORDER, order[0]));
    document.add(new NumericDocValuesField(ORDER_NEXT, order[1]));
    document.add(new NumericDocValuesField(KEY_HASH, SortKeys.hash(source.key())));
    fact(document, "domain", facts.domain(), true);
    fact(document, "region", facts.region(), true);
    fact(document, "rarity", facts.rarity(), true);
    fact(document, CRAFT, facts.craftCode(), false);
    stored(document, "craftLabel", facts.craftLabel());
    fact(document, KNOW_HOW, facts.knowHowId(), false);
    fact(document, MANUFACTURE, facts.manufactureId(), false);
    stored(document, "place", facts.place());
    for (String level : facts.levels()) {
      fact(document, LEVEL, level, false);
    }
    if (facts.location() != null) {
      GeoPoint at = facts.location();
      document.add(new LatLonPoint(LOCATION, at.latitude(), at.longitude()));
      document.add(new LatLonDocValuesField(LOCATION, at.latitude(), at.longitude()));
      document.add(new StoredField("latitude", at.latitude()));
      document.add(new StoredField("longitude", at.longitude()));
    }
    if (facts.dated()) {
      int from = (int) facts.from().toEpochDay();
      int to = (int) facts.to().toEpochDay();
      document.add(new IntPoint(STARTS, from));
      document.add(new IntPoint(ENDS, to));
      document.add(new NumericDocValuesField(ENDS, to));
      document.add(new StoredField("from", from));
      document.add(new StoredField("to", to));
    } else {
      // what has no days meets every period
      document.add(new IntPoint(STARTS, Integer.MIN_VALUE));
      document.add(new IntPoint(ENDS, Integer.MAX_VALUE));
      document.add(new NumericDocValuesField(ENDS, Integer.MAX_VALUE));
    }
    if (facts.freePlaces() != null) {
      document.add(new StoredField("freePlaces", facts.freePlaces()));
    }
    return document;
  }

  private static void fact(Document document, String field, String value, boolean facet) {
    if (value != null) {
      document.add(new StringField(field, value, Field.Store.YES));
      if (facet) {
        document.add(new SortedDocValuesField("facet." + field, new BytesRef(value)));
      }
    }
  }

  private static void stored(Document document, String field, String value) {
    if (value != null) {
      document.add(new StoredField(field, value));
    }
  }

  private static String join(String... parts) {
    StringBuilder joined = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        joined.append(joined.length() == 0 ? "" : " \n ").append(part);
      }
    }
    return joined.toString();
  }

  /** What a result shows of a stored document (its more words are not kept). */
  private static SearchDocument shown(Document document, UnaryOperator<String> shared) {
    SearchFacts.Builder facts = SearchFacts.builder();
    facts.domain(shared.apply(document.get("domain")));
    facts.craft(shared.apply(document.get(CRAFT)), shared.apply(document.get("craftLabel")));
    facts.region(shared.apply(document.get("region")));
    facts.rarity(
        shared.apply(document.get("rarity")), document.getField(RANK).numericValue().intValue());
    facts.knowHow(shared.apply(document.get(KNOW_HOW)));
    GeoPoint location =
        document.getField("latitude") == null
            ? null
            : new GeoPoint(
                document.getField("latitude").numericValue().doubleValue(),
                document.getField("longitude").numericValue().doubleValue());
    facts.manufacture(
        shared.apply(document.get(MANUFACTURE)), shared.apply(document.get("place")), location);
    String[] levels = document.getValues(LEVEL);
    if (levels.length > 0) {
      facts.levels(new HashSet<>(List.of(levels)));
    }
    if (document.getField("from") != null) {
      facts.dated(
          LocalDate.ofEpochDay(document.getField("from").numericValue().intValue()),
          LocalDate.ofEpochDay(document.getField("to").numericValue().intValue()));
    }
    if (document.getField("freePlaces") != null) {
      facts.places(document.getField("freePlaces").numericValue().intValue());
    }
    return new SearchDocument(
        SearchKind.valueOf(document.get("kind")),
        document.get("id"),
        document.get(TITLE),
        document.get(TEXT),
        null,
        facts.build());
  }
}
