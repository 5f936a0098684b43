package fr.passeurs.search;

/**
 * The order of things among equals as numbers: the rarest first, then by title, then by key. A
 * rarity rank and the first twenty characters of a title's words (in lower case, accents folded)
 * make two longs that compare as the ranks and the texts do; a hash of the key breaks the rest of
 * the ties, the same on every instance.
 */
final class SortKeys {

  /** Characters of a title kept by each of the two keys. */
  static final int CHARS = 10;

  private static final int BITS = 6;

  private SortKeys() {}

  /**
   * The two keys of a rank (0 the rarest, {@link SearchFacts#NO_RARITY} for things without rarity)
   * and a title's words joined by spaces.
   */
  static long[] of(int rank, String words) {
    long first = (long) Math.min(Math.max(rank, 0), 7) << (CHARS * BITS);
    long second = 0;
    for (int i = 0; i < CHARS; i++) {
      first |= (long) code(words, i) << ((CHARS - 1 - i) * BITS);
      second |= (long) code(words, CHARS + i) << ((CHARS - 1 - i) * BITS);
    }
    return new long[] {first, second};
  }

  /** A 64-bit hash of a key (FNV-1a). */
  static long hash(String key) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      hash ^= key.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** A character's place in the order: nothing, space, digits, letters, then anything else. */
  private static int code(String words, int i) {
    if (i >= words.length()) {
      return 0;
    }
    char c = words.charAt(i);
    if (c == ' ') {
      return 1;
    }
    if (c >= '0' && c <= '9') {
      return 2 + (c - '0');
    }
    if (c >= 'a' && c <= 'z') {
      return 12 + (c - 'a');
    }
    return (1 << BITS) - 1;
  }
}
