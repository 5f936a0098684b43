package fr.passeurs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

  static final GeoPoint AUBUSSON = new GeoPoint(45.9559, 2.1680);
  static final GeoPoint THIERS = new GeoPoint(45.8563, 3.5476);
  static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);

  @Test
  void greatCircleDistances() {
    assertThat(AUBUSSON.distanceKm(THIERS)).isCloseTo(107.5, within(1.5));
    assertThat(AUBUSSON.distanceKm(PARIS)).isCloseTo(323, within(3.0));
    assertThat(PARIS.distanceKm(PARIS)).isZero();
  }

  @Test
  void boxContainsEverythingWithinTheRadius() {
    GeoPoint.Box box = AUBUSSON.boxAround(110);
    assertThat(THIERS.latitude()).isBetween(box.minLatitude(), box.maxLatitude());
    assertThat(THIERS.longitude()).isBetween(box.minLongitude(), box.maxLongitude());
    GeoPoint.Box small = AUBUSSON.boxAround(50);
    assertThat(THIERS.longitude()).isGreaterThan(small.maxLongitude());
  }

  @Test
  void parsesLatLonAndRefusesAnythingElse() {
    assertThat(GeoPoint.parse("45.95, 2.17")).isEqualTo(new GeoPoint(45.95, 2.17));
    assertThat(GeoPoint.parse("45.95")).isNull();
    assertThat(GeoPoint.parse("north,south")).isNull();
    assertThat(GeoPoint.parse("95,2")).isNull();
    assertThat(GeoPoint.parse(null)).isNull();
  }

  @Test
  void pointsOffEarthAreRefused() {
    assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GeoPoint(0, 181)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GeoPoint(Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
