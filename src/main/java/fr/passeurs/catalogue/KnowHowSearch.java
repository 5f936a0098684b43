package fr.passeurs.catalogue;

import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.rest.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The catalogue search, with the same results on MariaDB and H2.
 *
 * <p>With words to match, the database only reads the term table: each word is looked up by prefix
 * on the table's primary key (an index range scan), the filters apply to the facts each term row
 * carries, and the matching rows come back as they are. Grouping by entry, keeping the entries that
 * match every word, scoring and sorting happen here, in memory: the same code on both databases,
 * and no join or grouping left for a planner to do badly (H2 groups slowly). The longest word goes
 * first, and once few entries are left the next words are looked up among them only. An entry's
 * score adds up, per word, the weight of its best-matching field, an exact word counting double;
 * ties go to the rarest, then to the id.
 *
 * <p>Without words, the database reads {@code know_how} through its indexes, rarest first, then by
 * title. Near a place, a bounding box on latitude and longitude comes first, then the exact
 * great-circle distance, and the nearest come first.
 */
final class KnowHowSearch {

  /** One entry found: its id and, for a search near a place, its distance. */
  record Hit(String id, Double distanceKm) {}

  record Result(List<Hit> hits, long total) {}

  /** Below this many candidates, the next word is looked up among them only. */
  static final int NARROW_BELOW = 500;

  private static final Pattern SEARCH_WORD = Pattern.compile("[a-z0-9]{1,64}");

  private KnowHowSearch() {}

  static Result run(DataSource dataSource, KnowHowQuery query, PageRequest page) {
    List<String> words = SearchText.words(query.text());
    try (Connection db = dataSource.getConnection()) {
      return words.isEmpty() ? byFacts(db, query, page) : byWords(db, query, words, page);
    } catch (SQLException e) {
      throw new IllegalStateException("The catalogue search failed: " + e.getMessage(), e);
    }
  }

  /** An entry matching the words so far, with what sorting needs. */
  private static final class Candidate {
    final String id;
    int score;
    int rank;
    Double latitude;
    Double longitude;
    Double distanceKm;

    Candidate(String id) {
      this.id = id;
    }
  }

  private static Result byWords(
      Connection db, KnowHowQuery query, List<String> words, PageRequest page) throws SQLException {
    List<String> ordered = new ArrayList<>(words);
    if (ordered.size() > 1) {
      // the rarest word first, so that the others may be looked up among its few entries
      Map<String, Long> counts = new HashMap<>();
      for (String word : ordered) {
        counts.put(word, count(db, word));
      }
      ordered.sort(Comparator.comparing(counts::get));
    }
    Map<String, Candidate> candidates = null;
    for (String word : ordered) {
      Map<String, Candidate> matches = termMatches(db, query, word, candidates);
      if (candidates == null) {
        candidates = matches;
      } else {
        Map<String, Candidate> kept = new HashMap<>();
        for (Candidate match : matches.values()) {
          Candidate known = candidates.get(match.id);
          if (known != null) {
            known.score += match.score;
            kept.put(known.id, known);
          }
        }
        candidates = kept;
      }
      if (candidates.isEmpty()) {
        break;
      }
    }
    List<Candidate> found = new ArrayList<>(candidates.values());
    GeoPoint near = query.near();
    Comparator<Candidate> order;
    if (near != null) {
      for (Candidate candidate : found) {
        candidate.distanceKm =
            near.distanceKm(new GeoPoint(candidate.latitude, candidate.longitude));
      }
      found.removeIf(candidate -> candidate.distanceKm > query.radiusKm());
      order = Comparator.comparingDouble((Candidate c) -> c.distanceKm);
      order = order.thenComparing(Comparator.comparingInt((Candidate c) -> c.score).reversed());
    } else {
      order = Comparator.comparingInt((Candidate c) -> c.score).reversed();
    }
    found.sort(order.thenComparingInt(c -> c.rank).thenComparing(c -> c.id));
    List<Hit> hits =
        found.stream()
            .skip(page.offset())
            .limit(page.size())
            .map(c -> new Hit(c.id, c.distanceKm))
            .toList();
    return new Result(hits, found.size());
  }

  /** How many term rows start with this word: a count on the index alone. */
  private static long count(Connection db, String word) throws SQLException {
    try (PreparedStatement statement =
            db.prepareStatement(
                "SELECT COUNT(*) FROM know_how_term t WHERE t.term LIKE " + prefixPattern(word));
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** The word as a LIKE prefix pattern, checked to hold only what search words hold. */
  private static String prefixPattern(String word) {
    if (!SEARCH_WORD.matcher(word).matches()) {
      throw new IllegalArgumentException("not a search word: " + word);
    }
    return "'" + word + "%'";
  }

  /**
   * The entries with a word starting with {@code word} that pass the filters, each with the weight
   * of its best-matching term; among {@code within} only, when those are few.
   */
  private static Map<String, Candidate> termMatches(
      Connection db, KnowHowQuery query, String word, Map<String, Candidate> within)
      throws SQLException {
    // The prefix is written as a literal: a bound LIKE ? hides from H2 that the pattern has no
    // leading wildcard, and it would scan the whole table. Search words hold only a-z and 0-9.
    StringBuilder sql =
        new StringBuilder(
            "SELECT t.know_how_id, t.term, t.weight, t.rarity, t.latitude, t.longitude"
                + " FROM know_how_term t WHERE t.term LIKE "
                + prefixPattern(word));
    List<Object> params = new ArrayList<>();
    addFilters(sql, params, "t", query);
    if (within != null && within.size() < NARROW_BELOW) {
      sql.append(" AND t.know_how_id IN (");
      String separator = "";
      for (String id : within.keySet()) {
        sql.append(separator).append('?');
        params.add(id);
        separator = ", ";
      }
      sql.append(')');
    }
    Map<String, Candidate> matches = new HashMap<>(within == null ? 4096 : within.size() * 2);
    try (PreparedStatement statement = prepare(db, sql.toString(), params);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String id = rows.getString(1);
        int weight = rows.getInt(3) * (word.equals(rows.getString(2)) ? 2 : 1);
        Candidate match = matches.get(id);
        if (match == null) {
          match = new Candidate(id);
          match.rank = Rarity.valueOf(rows.getString(4)).ordinal();
          double latitude = rows.getDouble(5);
          match.latitude = rows.wasNull() ? null : latitude;
          double longitude = rows.getDouble(6);
          match.longitude = rows.wasNull() ? null : longitude;
          matches.put(id, match);
        }
        match.score = Math.max(match.score, weight);
      }
    }
    return matches;
  }

  /**
   * Published entries by their facts alone: rarest first, then by title (an index order), or
   * nearest first near a place. The page and the total are two queries: a window count would make
   * MariaDB sort every match.
   */
  private static Result byFacts(Connection db, KnowHowQuery query, PageRequest page)
      throws SQLException {
    GeoPoint near = query.near();
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" FROM know_how k WHERE k.archived = FALSE");
    addFilters(where, params, "k", query);
    List<Hit> hits = new ArrayList<>();
    long total;
    if (near == null) {
      List<Object> paged = new ArrayList<>(params);
      paged.add(page.size());
      paged.add(page.offset());
      try (PreparedStatement statement =
              prepare(
                  db,
                  "SELECT k.id" + where + " ORDER BY k.rarity_rank, k.title, k.id LIMIT ? OFFSET ?",
                  paged);
          ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          hits.add(new Hit(rows.getString(1), null));
        }
      }
      if (page.offset() == 0 && hits.size() < page.size()) {
        total = hits.size();
      } else {
        try (PreparedStatement statement = prepare(db, "SELECT COUNT(*)" + where, params);
            ResultSet rows = statement.executeQuery()) {
          rows.next();
          total = rows.getLong(1);
        }
      }
      return new Result(hits, total);
    }
    // near a place: the box keeps few rows; the exact distance decides here, nearest first
    List<Object[]> found = new ArrayList<>();
    try (PreparedStatement statement =
            prepare(
                db,
                "SELECT k.id, k.latitude, k.longitude, k.rarity_rank, k.title" + where,
                params);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        double distance = near.distanceKm(new GeoPoint(rows.getDouble(2), rows.getDouble(3)));
        if (distance <= query.radiusKm()) {
          found.add(new Object[] {rows.getString(1), distance, rows.getInt(4), rows.getString(5)});
        }
      }
    }
    found.sort(
        Comparator.comparingDouble((Object[] r) -> (Double) r[1])
            .thenComparingInt(r -> (Integer) r[2])
            .thenComparing(r -> (String) r[3])
            .thenComparing(r -> (String) r[0]));
    found.stream()
        .skip(page.offset())
        .limit(page.size())
        .forEach(r -> hits.add(new Hit((String) r[0], (Double) r[1])));
    return new Result(hits, found.size());
  }

  /** The filters on facts that both tables carry under the same column names. */
  private static void addFilters(
      StringBuilder sql, List<Object> params, String table, KnowHowQuery query) {
    if (query.domain() != null) {
      sql.append(" AND ").append(table).append(".domain = ?");
      params.add(query.domain().name());
    }
    if (query.craftCode() != null) {
      sql.append(" AND ").append(table).append(".craft_code = ?");
      params.add(query.craftCode());
    }
    if (query.region() != null) {
      sql.append(" AND ").append(table).append(".region = ?");
      params.add(query.region().name());
    }
    if (query.rarity() != null) {
      sql.append(" AND ").append(table).append(".rarity = ?");
      params.add(query.rarity().name());
    }
    if (query.manufactureId() != null) {
      sql.append(" AND ").append(table).append(".manufacture_id = ?");
      params.add(query.manufactureId());
    }
    if (query.near() != null) {
      GeoPoint.Box box = query.near().boxAround(query.radiusKm());
      sql.append(" AND ").append(table).append(".latitude BETWEEN ? AND ?");
      sql.append(" AND ").append(table).append(".longitude BETWEEN ? AND ?");
      params.add(box.minLatitude());
      params.add(box.maxLatitude());
      params.add(box.minLongitude());
      params.add(box.maxLongitude());
    }
  }

  private static PreparedStatement prepare(Connection db, String sql, List<Object> params)
      throws SQLException {
    PreparedStatement statement = db.prepareStatement(sql);
    for (int i = 0; i < params.size(); i++) {
      statement.setObject(i + 1, params.get(i));
    }
    return statement;
  }
}
