package fr.passeurs.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.util.BytesRef;

/**
 * Counts the facets of a search "sideways" in the pass that collects its hits: a thing that passes
 * every facet filter is a hit and counts for every facet; a thing that fails exactly one facet's
 * filter counts for that facet only, so that each facet shows what choosing another of its values
 * would give. Each facet is a single-valued sorted doc value of the index, read per document from
 * its segment's {@link FactColumns}. What has ended is left out here too, by its last day in those
 * columns: cheaper than a range query over every document.
 *
 * <p>Lucene's drill sideways computes the same; measured at 100,000 documents it cost 3 to 6 ms a
 * search where this single pass costs about one.
 */
final class Sideways implements Collector {

  private final TopFieldCollector top;
  private final List<String> facets;
  private final List<Set<String>> wanted;
  private final List<Segment> segments = new ArrayList<>();
  private final FactColumns.Cache columns;
  private final long firstDayKept;

  /** The facets' doc values of one segment and its counts, folded in at the end. */
  private record Segment(SortedDocValues[] values, long[][] counts) {}

  /**
   * @param facets the facets' fields, in order
   * @param wanted for each facet, the values a hit must have (any of them), or empty for any
   * @param columns each segment's facets and last days (epoch days), in the order of {@code facets}
   * @param firstDayKept things whose last day is before this one are neither hits nor counted
   */
  Sideways(
      TopFieldCollector top,
      List<String> facets,
      List<Set<String>> wanted,
      FactColumns.Cache columns,
      long firstDayKept) {
    this.top = top;
    this.facets = facets;
    this.wanted = wanted;
    this.columns = columns;
    this.firstDayKept = firstDayKept;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    LeafCollector hits = top.getLeafCollector(context);
    int dims = facets.size();
    SortedDocValues[] values = new SortedDocValues[dims];
    // per facet and slot (ord + 1, FactColumns.NONE for none): how many of its results have it, and
    // whether the
    // facet's filter refuses it
    long[][] counts = new long[dims][];
    boolean[][] refused = new boolean[dims][];
    for (int d = 0; d < dims; d++) {
      values[d] = DocValues.getSorted(context.reader(), facets.get(d));
      int slots = values[d].getValueCount() + 1;
      counts[d] = new long[slots];
      refused[d] = new boolean[slots];
      if (!wanted.get(d).isEmpty()) {
        Arrays.fill(refused[d], true);
        for (String value : wanted.get(d)) {
          int ord = values[d].lookupTerm(new BytesRef(value));
          if (ord >= 0) {
            refused[d][ord + 1] = false;
          }
        }
      }
    }
    segments.add(new Segment(values, counts));
    FactColumns facts = columns.of(context);
    long[] packed = facts.slots();
    int[] lastDays = facts.lastDays();
    return new LeafCollector() {
      @Override
      public void setScorer(Scorable scorer) throws IOException {
        hits.setScorer(scorer);
      }

      @Override
      public void collect(int doc) throws IOException {
        if (lastDays[doc] < firstDayKept) {
          return;
        }
        long slots = packed[doc];
        int missed = -1;
        for (int d = 0; d < dims; d++) {
          if (refused[d][FactColumns.slot(slots, d)]) {
            if (missed >= 0) {
              return;
            }
            missed = d;
          }
        }
        if (missed < 0) {
          for (int d = 0; d < dims; d++) {
            counts[d][FactColumns.slot(slots, d)]++;
          }
          hits.collect(doc);
        } else {
          counts[missed][FactColumns.slot(slots, missed)]++;
        }
      }
    };
  }

  /** For each facet, each value's count (values counted zero left out). */
  Map<String, Map<String, Long>> counts() throws IOException {
    Map<String, Map<String, Long>> all = new java.util.LinkedHashMap<>();
    for (int d = 0; d < facets.size(); d++) {
      Map<String, Long> counted = new TreeMap<>();
      for (Segment segment : segments) {
        long[] counts = segment.counts()[d];
        // the results without a value of this facet are counted but not shown
        for (int slot = FactColumns.NONE + 1; slot < counts.length; slot++) {
          if (counts[slot] > 0) {
            counted.merge(
                segment.values()[d].lookupOrd(slot - 1).utf8ToString(), counts[slot], Long::sum);
          }
        }
      }
      all.put(facets.get(d), counted);
    }
    return all;
  }
}
