package fr.passeurs.platform;

/**
 * A place on Earth in WGS 84 degrees. Distances are great-circle distances; searches first cut a
 * bounding box on indexed latitude and longitude, then keep what lies within the exact radius.
 */
public record GeoPoint(double latitude, double longitude) {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("not a point on Earth: " + latitude + "," + longitude);
    }
  }

  public double distanceKm(GeoPoint other) {
    double lat1 = Math.toRadians(latitude);
    double lat2 = Math.toRadians(other.latitude);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(other.longitude - longitude);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** The box of points that may lie within {@code radiusKm}: a coarse, index-friendly filter. */
  public Box boxAround(double radiusKm) {
    double dLat = Math.toDegrees(radiusKm / EARTH_RADIUS_KM);
    double cos = Math.cos(Math.toRadians(latitude));
    double dLon = cos < 1e-6 ? 180 : Math.min(180, dLat / cos);
    return new Box(
        Math.max(-90, latitude - dLat),
        Math.min(90, latitude + dLat),
        Math.max(-180, longitude - dLon),
        Math.min(180, longitude + dLon));
  }

  /** A latitude/longitude rectangle. */
  public record Box(
      double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {}

  /** Parses {@code "LAT,LON"}; null when the text is not that. */
  public static GeoPoint parse(String text) {
    if (text == null) {
      return null;
    }
    String[] parts = text.split(",");
    if (parts.length != 2) {
      return null;
    }
    try {
      return new GeoPoint(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
