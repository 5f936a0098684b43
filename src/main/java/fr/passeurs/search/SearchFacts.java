package fr.passeurs.search;

import fr.passeurs.platform.GeoPoint;
import java.time.LocalDate;
import java.util.Set;

/**
 * The facts of a searchable thing. Codes, not labels: the domain, craft, region and rarity as their
 * enum or reference codes, translated where they are shown. {@code from} and {@code to} date the
 * dated kinds (a session's days, a visit offer's periods, an apprenticeship's start); {@code
 * freePlaces} and {@code full} tell what is left of a session or offer.
 */
public record SearchFacts(
    String domain,
    String craftCode,
    String craftLabel,
    String region,
    String rarity,
    int rarityRank,
    String knowHowId,
    String manufactureId,
    String place,
    GeoPoint location,
    Set<String> levels,
    LocalDate from,
    LocalDate to,
    Integer freePlaces,
    boolean full) {

  /** The rank of things with no rarity: after every rarity. */
  public static final int NO_RARITY = 9;

  public SearchFacts {
    levels = levels == null ? Set.of() : Set.copyOf(levels);
  }

  public boolean dated() {
    return from != null;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Facts, set one by one. */
  public static final class Builder {
    private String domain;
    private String craftCode;
    private String craftLabel;
    private String region;
    private String rarity;
    private int rarityRank = NO_RARITY;
    private String knowHowId;
    private String manufactureId;
    private String place;
    private GeoPoint location;
    private Set<String> levels = Set.of();
    private LocalDate from;
    private LocalDate to;
    private Integer freePlaces;
    private boolean full;

    public Builder domain(String domain) {
      this.domain = domain;
      return this;
    }

    public Builder craft(String code, String label) {
      this.craftCode = code;
      this.craftLabel = label;
      return this;
    }

    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /** The rarity's code and its rank, the rarest first (0). */
    public Builder rarity(String rarity, int rank) {
      this.rarity = rarity;
      this.rarityRank = rank;
      return this;
    }

    public Builder knowHow(String knowHowId) {
      this.knowHowId = knowHowId;
      return this;
    }

    public Builder manufacture(String manufactureId, String place, GeoPoint location) {
      this.manufactureId = manufactureId;
      this.place = place;
      this.location = location;
      return this;
    }

    public Builder levels(Set<String> levels) {
      this.levels = levels;
      return this;
    }

    public Builder dated(LocalDate from, LocalDate to) {
      this.from = from;
      this.to = to == null ? from : to;
      return this;
    }

    public Builder places(int free) {
      this.freePlaces = Math.max(free, 0);
      this.full = free <= 0;
      return this;
    }

    public SearchFacts build() {
      return new SearchFacts(
          domain,
          craftCode,
          craftLabel,
          region,
          rarity,
          rarityRank,
          knowHowId,
          manufactureId,
          place,
          location,
          levels,
          from,
          to,
          freePlaces,
          full);
    }
  }
}
