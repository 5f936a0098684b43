package fr.passeurs.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.platform.rest.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {

  /** 25 items in pages of 10: pages 0, 1 and 2. */
  private final List<Integer> asked = new ArrayList<>();

  private Page<Integer> read(int page) {
    asked.add(page);
    List<Integer> items = IntStream.range(page * 10, Math.min(25, page * 10 + 10)).boxed().toList();
    return new Page<>(items, 25, page, 10);
  }

  @Test
  void aPagePastTheEndShowsTheLastOne() {
    Paging.Shown<Integer> shown = Paging.within(99, 10, this::read);
    assertThat(shown.page()).isEqualTo(2);
    assertThat(shown.results().items()).containsExactly(20, 21, 22, 23, 24);
    assertThat(asked).containsExactly(99, 2);
  }

  @Test
  void aPageWithinIsReadOnceAndANegativeOneIsTheFirst() {
    assertThat(Paging.within(1, 10, this::read).results().items()).startsWith(10);
    assertThat(Paging.within(-3, 10, this::read).page()).isZero();
    assertThat(asked).containsExactly(1, 0);
  }

  @Test
  void anEmptyListHasOnePage() {
    Paging.Shown<Integer> shown = Paging.within(4, 10, p -> new Page<>(List.of(), 0, p, 10));
    assertThat(shown.page()).isZero();
  }
}
