package fr.passeurs.catalogue;

import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.Ids;
import fr.passeurs.platform.Message;
import fr.passeurs.search.SearchDocument;
import fr.passeurs.search.SearchFacts;
import fr.passeurs.search.SearchKind;
import fr.passeurs.workshop.ManufactureSummary;
import fr.passeurs.workshop.Region;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A know-how entry: a heritage skill, who holds it, where, whether it is recognised, and how
 * endangered it is. Archiving keeps it for its owners and takes it out of the public catalogue.
 */
@Entity
@Table(name = "know_how")
public class KnowHow {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "title")
  private String title;

  @Column(name = "summary")
  private String summary;

  @Column(name = "description")
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "domain")
  private Domain domain;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "craft_code")
  private Craft craft;

  @ElementCollection
  @CollectionTable(name = "know_how_technique", joinColumns = @JoinColumn(name = "know_how_id"))
  @OrderColumn(name = "seq")
  @Column(name = "name")
  private List<String> techniques = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "region")
  private Region region;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "latitude")
  private Double latitude;

  @Column(name = "longitude")
  private Double longitude;

  @Enumerated(EnumType.STRING)
  @Column(name = "recognition")
  private Recognition recognition;

  @Column(name = "recognition_url")
  private String recognitionUrl;

  @ElementCollection
  @CollectionTable(name = "know_how_holder", joinColumns = @JoinColumn(name = "know_how_id"))
  @Column(name = "account_id")
  private Set<String> holderIds = new HashSet<>();

  @Column(name = "trained_outside")
  private boolean trainedOutside;

  @Column(name = "trained_on_platform")
  private boolean trainedOnPlatform;

  @Column(name = "holder_count")
  private int holderCount;

  @Enumerated(EnumType.STRING)
  @Column(name = "rarity")
  private Rarity rarity;

  @Column(name = "rarity_rank")
  private int rarityRank;

  @Column(name = "archived")
  private boolean archived;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected KnowHow() {}

  KnowHow(KnowHowContent content, Craft craft, int activeHolders, String createdBy, Instant now) {
    this.id = Ids.newId();
    this.createdBy = createdBy;
    this.createdAt = now;
    revise(content, craft, activeHolders, now);
  }

  /**
   * Replaces the written content and, in the same step, the rarity that follows from it: how many
   * of the new holders are active artisans is counted by the caller beforehand.
   */
  final void revise(KnowHowContent content, Craft craft, int activeHolders, Instant now) {
    this.title = content.title().trim();
    this.summary = content.summary().trim();
    this.description = content.description() == null ? "" : content.description().trim();
    this.domain = content.domain();
    this.craft = craft;
    this.techniques.clear();
    content.techniques().stream().map(String::trim).forEach(techniques::add);
    this.region = content.region();
    this.manufactureId = content.manufactureId();
    this.recognition = content.recognition();
    this.recognitionUrl = content.recognition() == null ? null : content.recognitionUrl().trim();
    // only what changed, so that a holder who stays is neither deleted nor inserted again
    this.holderIds.retainAll(content.holderIds());
    this.holderIds.addAll(content.holderIds());
    this.trainedOutside = content.trainedOutside();
    this.updatedAt = now;
    assess(activeHolders);
  }

  /** Sets how many holders are active artisans, and so the rarity. */
  void assess(int activeHolders) {
    this.holderCount = activeHolders;
    rate(Rarity.of(activeHolders, isTrained()));
  }

  private void rate(Rarity level) {
    this.rarity = level;
    this.rarityRank = level.ordinal();
  }

  /** A training for this know-how is offered on Passeurs: it is taught. */
  void markTrainedOnPlatform() {
    this.trainedOnPlatform = true;
    rate(Rarity.of(holderCount, true));
  }

  /** Where the entry is found by distance: its manufacture's place, or nowhere. */
  void placeAt(GeoPoint location) {
    this.latitude = location == null ? null : location.latitude();
    this.longitude = location == null ? null : location.longitude();
  }

  void archive(Instant now) {
    this.archived = true;
    this.updatedAt = now;
  }

  /**
   * The entry as the search finds it: its title and summary shown, its description, techniques and
   * craft's names searched too; its facts, its region its own or else its manufacture's.
   */
  SearchDocument asSearchDocument(ManufactureSummary manufacture) {
    StringBuilder more = new StringBuilder(description == null ? "" : description);
    techniques.forEach(technique -> more.append('\n').append(technique));
    if (craft != null) {
      more.append('\n').append(craft.nameEn());
    }
    return new SearchDocument(
        SearchKind.KNOW_HOW,
        id,
        title,
        summary,
        more.toString(),
        SearchFacts.builder()
            .domain(domain.name())
            .craft(craft == null ? null : craft.code(), craft == null ? null : craft.nameFr())
            .region(
                region != null
                    ? region.name()
                    : manufacture == null ? null : manufacture.region().name())
            .rarity(rarity.name(), rarityRank)
            .knowHow(id)
            .manufacture(manufactureId, manufacture == null ? null : manufacture.city(), location())
            .build());
  }

  /** Holders and the author own the entry. */
  boolean isOwnedBy(String accountId) {
    return accountId != null && (holderIds.contains(accountId) || accountId.equals(createdBy));
  }

  public boolean isTrained() {
    return trainedOutside || trainedOnPlatform;
  }

  /** As other contexts see it. */
  public KnowHowSummary asSummary() {
    return new KnowHowSummary(
        id,
        title,
        domain,
        craft == null ? null : craft.code(),
        rarity,
        manufactureId,
        holderIds(),
        archived);
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  public String description() {
    return description;
  }

  public Domain domain() {
    return domain;
  }

  public Craft craft() {
    return craft;
  }

  public List<String> techniques() {
    return List.copyOf(techniques);
  }

  public Region region() {
    return region;
  }

  public String manufactureId() {
    return manufactureId;
  }

  public GeoPoint location() {
    return latitude == null ? null : new GeoPoint(latitude, longitude);
  }

  public Recognition recognition() {
    return recognition;
  }

  public String recognitionUrl() {
    return recognitionUrl;
  }

  public Set<String> holderIds() {
    return Set.copyOf(holderIds);
  }

  public boolean trainedOutside() {
    return trainedOutside;
  }

  public boolean trainedOnPlatform() {
    return trainedOnPlatform;
  }

  public int holderCount() {
    return holderCount;
  }

  public Rarity rarity() {
    return rarity;
  }

  public Message rarityReason() {
    return Rarity.reason(holderCount, isTrained());
  }

  public boolean archived() {
    return archived;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
