package fr.passeurs.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortKeysTest {

  record Thing(int rank, String words) {
    long[] keys() {
      return SortKeys.of(rank, words);
    }
  }

  private static final Comparator<Thing> BY_KEYS =
      Comparator.<Thing>comparingLong(t -> t.keys()[0]).thenComparingLong(t -> t.keys()[1]);

  @Test
  void keysCompareAsTheRankThenTheTitle() {
    List<Thing> things =
        new ArrayList<>(
            List.of(
                new Thing(SearchFacts.NO_RARITY, "aaa"),
                new Thing(3, "broderie"),
                new Thing(0, "tapisserie aubusson"),
                new Thing(0, "tapisserie"),
                new Thing(0, "tapisserie 2"),
                new Thing(0, "dentelle alencon point"),
                new Thing(0, "dentelle alencon point de gaze"),
                new Thing(0, "dentelle alencon aiguille")));
    things.sort(BY_KEYS);
    assertThat(things)
        .extracting(Thing::words)
        .containsExactly(
            "dentelle alencon aiguille",
            "dentelle alencon point",
            "dentelle alencon point de gaze",
            "tapisserie",
            "tapisserie 2",
            "tapisserie aubusson",
            "broderie",
            "aaa");
    // beyond twenty characters titles are equal: the key's hash decides, the same everywhere
    assertThat(SortKeys.of(0, "marqueterie de paille a"))
        .isEqualTo(SortKeys.of(0, "marqueterie de paille b"));
    assertThat(SortKeys.hash("KNOW_HOW:k1")).isEqualTo(SortKeys.hash("KNOW_HOW:k1"));
    assertThat(SortKeys.hash("KNOW_HOW:k1")).isNotEqualTo(SortKeys.hash("KNOW_HOW:k2"));
  }
}
