package fr.passeurs.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.platform.TimeRange;
import fr.passeurs.scheduling.HolderType;
import fr.passeurs.scheduling.ReservationView;
import fr.passeurs.scheduling.ResourceType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the planning week gathers the calendar's reservations into the blocks it draws. */
class PlanningBeanTest {

  private static final LocalDate DAY = LocalDate.of(2027, 3, 9);
  private static final TimeRange MORNING =
      TimeRange.inParis(DAY, LocalTime.of(9, 0), LocalTime.of(12, 30));
  private static final TimeRange AFTERNOON =
      TimeRange.inParis(DAY, LocalTime.of(14, 0), LocalTime.of(17, 0));

  private static ReservationView r(
      String id, ResourceType type, String label, TimeRange time, HolderType holder, String of) {
    return new ReservationView(
        id, type, id + "-resource", label, "m", time, holder, of, "Vannerie " + of);
  }

  @Test
  void oneBlockPerHolderAndTimeWithItsResourcesInside() {
    List<PlanningBean.Block> blocks =
        PlanningBean.blocksOf(
            List.of(
                r("1", ResourceType.ARTISAN, "Marie", MORNING, HolderType.SESSION, "s1"),
                r("2", ResourceType.ROOM, "Atelier", MORNING, HolderType.SESSION, "s1"),
                r("3", ResourceType.MACHINE, "Tour", MORNING, HolderType.SESSION, "s1"),
                r("4", ResourceType.ROOM, "Atelier", AFTERNOON, HolderType.SESSION, "s1"),
                r("5", ResourceType.ROOM, "Salle 2", MORNING, HolderType.VISIT, "v1")));

    assertThat(blocks).hasSize(3);
    PlanningBean.Block morning = blocks.get(0);
    assertThat(morning.holderId()).isEqualTo("s1");
    assertThat(morning.time()).isEqualTo(MORNING);
    assertThat(morning.getRooms()).containsExactly("Atelier");
    assertThat(morning.getMachines()).containsExactly("Tour");
    assertThat(morning.getArtisans()).containsExactly("Marie");
    assertThat(morning.holds("3")).isTrue();
    assertThat(morning.holds("4")).isFalse();
    assertThat(morning.uses("3-resource")).isTrue();
    assertThat(morning.getOutcome()).isEqualTo("/training/session");
    assertThat(blocks.get(1).holderType()).isEqualTo(HolderType.VISIT);
    assertThat(blocks.get(1).getOutcome()).isEqualTo("/visits/booking");
    assertThat(blocks.get(1).getMachinesText()).isEqualTo("—");
    assertThat(blocks.get(2).time()).isEqualTo(AFTERNOON);
    assertThat(blocks.get(2).getRoomsText()).isEqualTo("Atelier");
  }

  @Test
  void anEmptyWeekHasNoBlock() {
    assertThat(PlanningBean.blocksOf(List.of())).isEmpty();
  }
}
