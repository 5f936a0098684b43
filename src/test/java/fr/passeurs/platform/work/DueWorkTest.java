package fr.passeurs.platform.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class DueWorkTest {

  private static final Logger LOG = Logger.getLogger(DueWorkTest.class.getName());

  @Test
  void oneItemFailingLeavesTheOthersDoneAndCounted() {
    List<String> worked = new ArrayList<>();
    int done =
        DueWork.each(
            LOG,
            "the item",
            () -> List.of("a", "b", "c", "d"),
            id -> {
              if (id.equals("b")) {
                throw new IllegalStateException("b is broken");
              }
              worked.add(id);
              return !id.equals("d");
            });
    assertThat(worked).containsExactly("a", "c", "d");
    assertThat(done).isEqualTo(2);
  }

  @Test
  void failingToFindWhatIsDueDoesNothing() {
    assertThat(
            DueWork.each(
                LOG,
                "the item",
                () -> {
                  throw new IllegalStateException("database away");
                },
                id -> true))
        .isZero();
  }
}
