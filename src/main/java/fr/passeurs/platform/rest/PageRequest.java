package fr.passeurs.platform.rest;

/** Which page of a list is asked for: {@code page} from 0, {@code size} 1 to 100 (default 20). */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  public PageRequest {
    if (page < 0 || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page " + page + ", size " + size);
    }
  }

  public static PageRequest first(int size) {
    return new PageRequest(0, size);
  }

  public int offset() {
    return page * size;
  }

  /** Reads {@code page} and {@code size} from query parameters, reporting bad values. */
  public static PageRequest of(Input input, String page, String size) {
    int p = input.integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
    int s = input.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    return new PageRequest(Math.max(p, 0), Math.min(Math.max(s, 1), MAX_SIZE));
  }

  public <T> Page<T> page(java.util.List<T> items, long total) {
    return new Page<>(items, total, page, size);
  }

  /**
   * Of the candidates an indexed bounding box found, those truly within {@code radiusKm} of {@code
   * near} (the box is coarse; the exact distance decides), nearest first, then by {@code then};
   * this page of them, with their total.
   */
  public <T> Page<T> nearestFirst(
      java.util.List<T> candidates,
      java.util.function.Function<T, fr.passeurs.platform.GeoPoint> place,
      fr.passeurs.platform.GeoPoint near,
      double radiusKm,
      java.util.Comparator<T> then) {
    java.util.List<T> within =
        candidates.stream()
            .filter(c -> place.apply(c) != null && place.apply(c).distanceKm(near) <= radiusKm)
            .sorted(
                java.util.Comparator.comparingDouble((T c) -> place.apply(c).distanceKm(near))
                    .thenComparing(then))
            .toList();
    return page(within.stream().skip(offset()).limit(size).toList(), within.size());
  }
}
