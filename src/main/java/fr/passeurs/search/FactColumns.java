package fr.passeurs.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The facets' values (as ords), the last day and the id of every document of one segment, read once
 * into arrays when the segment is first searched and kept while it lives (a segment never changes):
 * the counting pass reads two arrays a document instead of decoding packed doc values at each
 * search, and a page of ids costs no decompression of stored fields.
 */
record FactColumns(int[][] ords, int[] lastDays, String[] ids) {

  /** A document without a value of that facet. */
  static final int NONE = -1;

  static FactColumns read(
      LeafReader reader, List<String> facets, String lastDayField, String idField)
      throws IOException {
    int size = reader.maxDoc();
    int[][] ords = new int[facets.size()][];
    for (int d = 0; d < facets.size(); d++) {
      int[] column = new int[size];
      Arrays.fill(column, NONE);
      SortedDocValues values = DocValues.getSorted(reader, facets.get(d));
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        column[doc] = values.ordValue();
      }
      ords[d] = column;
    }
    int[] lastDays = new int[size];
    Arrays.fill(lastDays, Integer.MAX_VALUE);
    NumericDocValues days = DocValues.getNumeric(reader, lastDayField);
    for (int doc = days.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = days.nextDoc()) {
      lastDays[doc] = (int) days.longValue();
    }
    String[] ids = new String[size];
    BinaryDocValues idValues = DocValues.getBinary(reader, idField);
    for (int doc = idValues.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = idValues.nextDoc()) {
      ids[doc] = idValues.binaryValue().utf8ToString();
    }
    return new FactColumns(ords, lastDays, ids);
  }

  /** The columns of each segment, read at its first search and dropped when it closes. */
  static final class Cache {

    private final List<String> facets;
    private final String lastDayField;
    private final String idField;
    private final Map<IndexReader.CacheKey, FactColumns> segments = new ConcurrentHashMap<>();

    Cache(List<String> facets, String lastDayField, String idField) {
      this.facets = facets;
      this.lastDayField = lastDayField;
      this.idField = idField;
    }

    FactColumns of(LeafReaderContext context) throws IOException {
      LeafReader reader = context.reader();
      IndexReader.CacheHelper core = reader.getCoreCacheHelper();
      if (core == null) {
        return read(reader, facets, lastDayField, idField);
      }
      try {
        return segments.computeIfAbsent(
            core.getKey(),
            key -> {
              core.addClosedListener(segments::remove);
              try {
                return read(reader, facets, lastDayField, idField);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }
}
