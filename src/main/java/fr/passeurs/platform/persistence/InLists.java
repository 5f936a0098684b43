package fr.passeurs.platform.persistence;

import java.util.ArrayList;
import java.util.List;

/**
 * Values cut into lists of a hundred, for queries that take them in an IN list: H2 compares each
 * row with every value of the list, so that one list of thousands costs far more than many of a
 * hundred, and a database caps the length of a statement.
 */
public final class InLists {

  /** The most values in one IN list. */
  public static final int SIZE = 100;

  private InLists() {}

  /**
   * The values in order, as consecutive lists of at most {@link #SIZE} (views of the given list).
   */
  public static <T> List<List<T>> of(List<T> values) {
    List<List<T>> lists = new ArrayList<>();
    for (int from = 0; from < values.size(); from += SIZE) {
      lists.add(values.subList(from, Math.min(values.size(), from + SIZE)));
    }
    return lists;
  }
}
