package fr.passeurs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.PageRequest;
import org.junit.jupiter.api.Test;

class InputTest {

  @Test
  void pagingDefaultsAndBounds() {
    Input input = new Input();
    PageRequest page = PageRequest.of(input, null, null);
    assertThat(page).isEqualTo(new PageRequest(0, 20));
    assertThat(input.hasErrors()).isFalse();
    assertThat(PageRequest.of(input, "3", "100")).isEqualTo(new PageRequest(3, 100));
  }

  @Test
  void everyBadValueIsReportedAtOnce() {
    Input input = new Input();
    PageRequest.of(input, "-1", "101");
    input.enumValue("role", "PIRATE", Role.class);
    input.decimal("radiusKm", "far", 0, 10);
    assertThatThrownBy(input::throwIfInvalid)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
              assertThat(e.errors())
                  .extracting(FieldError::field)
                  .containsExactly("page", "size", "role", "radiusKm");
            });
  }

  @Test
  void nearAPlaceTheExactDistanceDecidesNearestFirstThenTheTieBreak() {
    GeoPoint aubusson = new GeoPoint(45.956, 2.168);
    record Spot(String name, GeoPoint place) {}
    java.util.List<Spot> boxed =
        java.util.List.of(
            new Spot("gueret", new GeoPoint(46.17, 1.87)),
            new Spot("nowhere", null),
            new Spot("felletin", new GeoPoint(45.88, 2.17)),
            new Spot("limoges", new GeoPoint(45.83, 1.26)),
            new Spot("felletin-bis", new GeoPoint(45.88, 2.17)));
    fr.passeurs.platform.rest.Page<Spot> first =
        new PageRequest(0, 2)
            .nearestFirst(
                boxed, Spot::place, aubusson, 50, java.util.Comparator.comparing(Spot::name));
    assertThat(first.total()).isEqualTo(3);
    assertThat(first.items()).extracting(Spot::name).containsExactly("felletin", "felletin-bis");
    assertThat(
            new PageRequest(1, 2)
                .nearestFirst(
                    boxed, Spot::place, aubusson, 50, java.util.Comparator.comparing(Spot::name))
                .items())
        .extracting(Spot::name)
        .containsExactly("gueret");
  }

  @Test
  void aPlaceIsLatitudeLongitudeAndARadiusNeedsIt() {
    Input input = new Input();
    Input.Near near = input.near("45.95,2.17", "10");
    assertThat(near.point()).isEqualTo(new GeoPoint(45.95, 2.17));
    assertThat(near.radiusKm()).isEqualTo(10.0);
    assertThat(input.near(null, null)).isEqualTo(new Input.Near(null, null));
    assertThat(input.hasErrors()).isFalse();
    input.near("Aubusson", null);
    input.near(null, "5");
    assertThat(input.rejected("near")).isTrue();
    assertThat(input.rejected("radiusKm")).isTrue();
  }

  @Test
  void enumListsReportEveryUnknownName() {
    Input input = new Input();
    assertThat(
            input.enumValues(
                "roles", java.util.List.of("teacher", "PIRATE", " admin "), Role.class))
        .containsExactlyInAnyOrder(Role.TEACHER, Role.ADMIN);
    assertThat(input.rejected("roles")).isTrue();
    assertThat(input.enumValues("roles", null, Role.class)).isEmpty();
  }

  @Test
  void enumNamesAreReadWhateverTheirCase() {
    Input input = new Input();
    assertThat(input.enumValue("role", "apprentice", Role.class)).isEqualTo(Role.APPRENTICE);
    assertThat(input.enumValue("role", " ", Role.class)).isNull();
    assertThat(input.hasErrors()).isFalse();
  }
}
