package fr.passeurs.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.RamUsageEstimator;

/**
 * The facets' values (their ords packed in one number), the last day and the shown document of
 * every document of one segment, read once into arrays before the segment is first searched and
 * kept while it lives (a segment never changes): the counting pass reads two arrays a document
 * instead of decoding doc values at each search, and a page of results, its words marked, costs no
 * decompression of stored fields.
 */
record FactColumns(long[] slots, int[] lastDays, SearchDocument[] shown) {

  /**
   * Each document's facets, packed in one number, {@link #SLOT_BITS} bits a facet: the facet's ord
   * plus one, or zero for a document without a value of that facet.
   */
  static final int SLOT_BITS = 16;

  static final int SLOT_MASK = (1 << SLOT_BITS) - 1;

  /** The slot of a document without a value of that facet. */
  static final int NONE = 0;

  /** The slot of the {@code d}-th facet in a document's packed slots. */
  static int slot(long slots, int d) {
    return (int) (slots >>> (d * SLOT_BITS)) & SLOT_MASK;
  }

  static FactColumns read(
      LeafReader reader, List<String> facets, String lastDayField, Shown shownOf)
      throws IOException {
    int size = reader.maxDoc();
    if (facets.size() * SLOT_BITS > Long.SIZE) {
      throw new IllegalArgumentException("too many facets: " + facets);
    }
    long[] slots = new long[size];
    for (int d = 0; d < facets.size(); d++) {
      SortedDocValues values = DocValues.getSorted(reader, facets.get(d));
      if (values.getValueCount() >= SLOT_MASK) {
        throw new IllegalStateException("too many values of " + facets.get(d));
      }
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        slots[doc] |= (long) (values.ordValue() + 1) << (d * SLOT_BITS);
      }
    }
    int[] lastDays = new int[size];
    Arrays.fill(lastDays, Integer.MAX_VALUE);
    NumericDocValues days = DocValues.getNumeric(reader, lastDayField);
    for (int doc = days.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = days.nextDoc()) {
      lastDays[doc] = (int) days.longValue();
    }
    SearchDocument[] shown = new SearchDocument[size];
    Map<String, String> shared = new HashMap<>();
    UnaryOperator<String> once =
        value -> value == null ? null : shared.computeIfAbsent(value, v -> v);
    Bits live = reader.getLiveDocs();
    StoredFields stored = reader.storedFields();
    for (int doc = 0; doc < size; doc++) {
      if (live == null || live.get(doc)) {
        shown[doc] = shownOf.of(stored.document(doc), once);
      }
    }
    return new FactColumns(slots, lastDays, shown);
  }

  /** About the memory these columns take, in bytes. */
  long bytes() {
    long bytes =
        RamUsageEstimator.sizeOf(slots)
            + RamUsageEstimator.sizeOf(lastDays)
            + RamUsageEstimator.shallowSizeOf(shown);
    for (SearchDocument document : shown) {
      if (document != null) {
        bytes += SHOWN_OVERHEAD;
        bytes += RamUsageEstimator.sizeOf(document.id());
        bytes += RamUsageEstimator.sizeOf(document.title());
        bytes += RamUsageEstimator.sizeOf(document.text());
      }
    }
    return bytes;
  }

  /**
   * A shown document's own objects besides its id, title and text: the record, its facts and their
   * dates and location (the facts' codes and labels are shared between documents).
   */
  private static final long SHOWN_OVERHEAD =
      RamUsageEstimator.shallowSizeOfInstance(SearchDocument.class)
          + RamUsageEstimator.shallowSizeOfInstance(SearchFacts.class)
          + 3 * RamUsageEstimator.NUM_BYTES_OBJECT_HEADER
          + 4 * Long.BYTES;

  /** What a result shows of a segment's document. */
  interface Shown {
    /**
     * @param shared the one copy of a fact's code or label among the segment's documents
     */
    SearchDocument of(Document document, UnaryOperator<String> shared);
  }

  /** The columns of each segment, read when first asked for and dropped when it closes. */
  static final class Cache {

    private final List<String> facets;
    private final String lastDayField;
    private final Shown shownOf;
    private final Map<IndexReader.CacheKey, FactColumns> segments = new ConcurrentHashMap<>();

    Cache(List<String> facets, String lastDayField, Shown shownOf) {
      this.facets = facets;
      this.lastDayField = lastDayField;
      this.shownOf = shownOf;
    }

    FactColumns of(LeafReaderContext context) throws IOException {
      LeafReader reader = context.reader();
      IndexReader.CacheHelper core = reader.getCoreCacheHelper();
      if (core == null) {
        return read(reader, facets, lastDayField, shownOf);
      }
      try {
        return segments.computeIfAbsent(
            core.getKey(),
            key -> {
              core.addClosedListener(segments::remove);
              try {
                return read(reader, facets, lastDayField, shownOf);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    /** About the memory the columns of the live segments take, in bytes. */
    long bytes() {
      return segments.values().stream().mapToLong(FactColumns::bytes).sum();
    }
  }
}
