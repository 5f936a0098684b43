package fr.passeurs.catalogue;

import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.rest.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue search in SQL that runs the same on MariaDB and H2: each query word is looked up by
 * prefix in the term table (an index range scan), entries must match every word, and the score adds
 * up the weight of the best-matching field per word (an exact word counts double). Filters and the
 * distance bounding box apply to indexed columns of {@code know_how}; the exact great-circle
 * distance is then computed for the rows left.
 */
final class KnowHowSearch {

  /** One entry found: its id and, for a search near a place, its distance. */
  record Hit(String id, Double distanceKm) {}

  record Result(List<Hit> hits, long total) {}

  private static final String RARITY_RANK =
      "CASE k.rarity WHEN 'CRITICAL' THEN 0 WHEN 'ENDANGERED' THEN 1"
          + " WHEN 'VULNERABLE' THEN 2 ELSE 3 END";

  private static final String DISTANCE =
      "2 * 6371.0088 * ASIN(LEAST(1, SQRT("
          + "POWER(SIN(RADIANS(k.latitude - ?) / 2), 2)"
          + " + COS(RADIANS(?)) * COS(RADIANS(k.latitude))"
          + " * POWER(SIN(RADIANS(k.longitude - ?) / 2), 2))))";

  private KnowHowSearch() {}

  static Result run(EntityManager em, KnowHowQuery query, PageRequest page) {
    List<String> words = SearchText.words(query.text());
    List<Object> params = new ArrayList<>();

    StringBuilder inner = new StringBuilder("SELECT k.id AS id, k.title AS title, ");
    inner.append(words.isEmpty() ? "0" : "m.score").append(" AS score, ");
    inner.append(RARITY_RANK).append(" AS rnk");
    GeoPoint near = query.near();
    if (near != null) {
      inner.append(", ").append(DISTANCE).append(" AS distance");
      params.add(near.latitude());
      params.add(near.latitude());
      params.add(near.longitude());
    }
    inner.append(" FROM know_how k");
    if (!words.isEmpty()) {
      inner.append(" JOIN (SELECT u.know_how_id, SUM(u.best) AS score FROM (");
      for (int i = 0; i < words.size(); i++) {
        if (i > 0) {
          inner.append(" UNION ALL ");
        }
        inner.append(
            "SELECT t.know_how_id, MAX(CASE WHEN t.term = ? THEN t.weight * 2 ELSE t.weight END)"
                + " AS best FROM know_how_term t WHERE t.term LIKE ? GROUP BY t.know_how_id");
        params.add(words.get(i));
        params.add(words.get(i) + "%");
      }
      inner.append(") u GROUP BY u.know_how_id HAVING COUNT(*) = ?) m ON m.know_how_id = k.id");
      params.add(words.size());
    }
    inner.append(" WHERE k.archived = FALSE");
    if (query.domain() != null) {
      inner.append(" AND k.domain = ?");
      params.add(query.domain().name());
    }
    if (query.craftCode() != null) {
      inner.append(" AND k.craft_code = ?");
      params.add(query.craftCode());
    }
    if (query.region() != null) {
      inner.append(" AND k.region = ?");
      params.add(query.region().name());
    }
    if (query.rarity() != null) {
      inner.append(" AND k.rarity = ?");
      params.add(query.rarity().name());
    }
    if (query.manufactureId() != null) {
      inner.append(" AND k.manufacture_id = ?");
      params.add(query.manufactureId());
    }
    if (near != null) {
      GeoPoint.Box box = near.boxAround(query.radiusKm());
      inner.append(" AND k.latitude BETWEEN ? AND ? AND k.longitude BETWEEN ? AND ?");
      params.add(box.minLatitude());
      params.add(box.maxLatitude());
      params.add(box.minLongitude());
      params.add(box.maxLongitude());
    }

    String within = near == null ? "" : " WHERE x.distance <= ?";
    List<Object> outerParams = new ArrayList<>(params);
    if (near != null) {
      outerParams.add(query.radiusKm());
    }
    String order =
        near != null
            ? "x.distance, x.score DESC, x.title, x.id"
            : words.isEmpty() ? "x.rnk, x.title, x.id" : "x.score DESC, x.rnk, x.title, x.id";

    List<Object> pageParams = new ArrayList<>(outerParams);
    pageParams.add(page.size());
    pageParams.add(page.offset());
    Query items =
        bind(
            em.createNativeQuery(
                "SELECT x.id, "
                    + (near == null ? "NULL" : "x.distance")
                    + " FROM ("
                    + inner
                    + ") x"
                    + within
                    + " ORDER BY "
                    + order
                    + " LIMIT ? OFFSET ?"),
            pageParams);
    List<Hit> hits = new ArrayList<>();
    for (Object row : items.getResultList()) {
      Object[] columns = (Object[]) row;
      hits.add(
          new Hit(
              (String) columns[0],
              columns[1] == null ? null : ((Number) columns[1]).doubleValue()));
    }
    long total;
    if (page.offset() == 0 && hits.size() < page.size()) {
      total = hits.size();
    } else {
      Query count =
          bind(
              em.createNativeQuery("SELECT COUNT(*) FROM (" + inner + ") x" + within), outerParams);
      total = ((Number) count.getSingleResult()).longValue();
    }
    return new Result(hits, total);
  }

  private static Query bind(Query query, List<Object> params) {
    for (int i = 0; i < params.size(); i++) {
      query.setParameter(i + 1, params.get(i));
    }
    return query;
  }
}
