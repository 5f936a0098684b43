package fr.passeurs.platform.web;

import fr.passeurs.platform.rest.Page;
import java.util.function.IntFunction;

/**
 * The pages of a list on the pages: a page past the end (an old link, a typed address) shows the
 * last one.
 */
public final class Paging {

  private Paging() {}

  /** The page shown and what it holds. */
  public record Shown<T>(int page, Page<T> results) {}

  /**
   * Reads the page asked (from 0) of a list of pages of this size; past the end, the last page
   * instead.
   */
  public static <T> Shown<T> within(int asked, int size, IntFunction<Page<T>> read) {
    int page = Math.max(0, asked);
    Page<T> results = read.apply(page);
    long last = Math.max(0, (results.total() - 1) / size);
    if (page > last) {
      page = (int) last;
      results = read.apply(page);
    }
    return new Shown<>(page, results);
  }
}
