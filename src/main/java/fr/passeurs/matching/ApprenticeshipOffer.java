package fr.passeurs.matching;

import fr.passeurs.matching.core.ApprenticeLevel;
import fr.passeurs.matching.core.Fit;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A master artisan's offer to take apprentices for a know-how they hold, for months or years, with
 * a transmission plan. Its master ranks those who apply; matching rounds fill its places.
 */
@Entity
@Table(name = "apprenticeship_offer")
public class ApprenticeshipOffer {

  public static final int MAX_PLACES = 20;
  public static final int MAX_MILESTONES = 20;

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "master_id")
  private String masterId;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "know_how_id")
  private String knowHowId;

  @Column(name = "title")
  private String title;

  @Column(name = "description")
  private String description;

  @Column(name = "places")
  private int places;

  @Column(name = "places_held")
  private int placesHeld;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "duration_months")
  private int durationMonths;

  @Column(name = "days_per_week")
  private int daysPerWeek;

  @Enumerated(EnumType.STRING)
  @Column(name = "required_level")
  private ApprenticeLevel requiredLevel;

  @Column(name = "minimum_age")
  private Integer minimumAge;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "apprenticeship_offer_milestone",
      joinColumns = @JoinColumn(name = "offer_id"))
  @OrderColumn(name = "seq")
  @Column(name = "title")
  private List<String> milestones = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "master_ranking", joinColumns = @JoinColumn(name = "offer_id"))
  private List<RankingEntry> ranking = new ArrayList<>();

  @Column(name = "latitude")
  private Double latitude;

  @Column(name = "longitude")
  private Double longitude;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private OfferStatus status;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected ApprenticeshipOffer() {}

  ApprenticeshipOffer(
      String masterId,
      String manufactureId,
      GeoPoint place,
      ApprenticeshipTerms terms,
      Instant now) {
    this.id = Ids.newId();
    this.masterId = masterId;
    this.manufactureId = manufactureId;
    this.latitude = place == null ? null : place.latitude();
    this.longitude = place == null ? null : place.longitude();
    this.status = OfferStatus.OPEN;
    this.createdAt = now;
    revise(terms, now);
  }

  final void revise(ApprenticeshipTerms terms, Instant now) {
    List<FieldError> errors = problemsWith(terms);
    if (terms.places() < placesHeld) {
      errors.add(new FieldError("places", "invalid.apprenticeship-offer.places-held", placesHeld));
    }
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    this.knowHowId = terms.knowHowId();
    this.title = terms.title().trim();
    this.description = terms.description() == null ? "" : terms.description().trim();
    this.places = terms.places();
    this.startDate = terms.startDate();
    this.durationMonths = terms.durationMonths();
    this.daysPerWeek = terms.daysPerWeek();
    this.requiredLevel = terms.requiredLevel();
    this.minimumAge = terms.minimumAge();
    this.milestones.clear();
    terms.milestones().stream().map(String::trim).forEach(milestones::add);
    this.updatedAt = now;
  }

  /** Every rule of the terms themselves, each failing field named. */
  public static List<FieldError> problemsWith(ApprenticeshipTerms terms) {
    List<FieldError> errors = new ArrayList<>();
    if (terms.title() == null || terms.title().isBlank() || terms.title().length() > 200) {
      errors.add(new FieldError("title", "invalid.length.range", 1, 200));
    }
    if (terms.description() != null && terms.description().length() > 4000) {
      errors.add(new FieldError("description", "invalid.length.max", 4000));
    }
    if (terms.places() < 1 || terms.places() > MAX_PLACES) {
      errors.add(new FieldError("places", "invalid.range", 1, MAX_PLACES));
    }
    if (terms.startDate() == null) {
      errors.add(new FieldError("startDate", "invalid.required"));
    }
    if (terms.durationMonths() < 1 || terms.durationMonths() > 60) {
      errors.add(
          new FieldError("durationMonths", "invalid.apprenticeship-offer.duration-months", 1, 60));
    }
    if (terms.daysPerWeek() < 1 || terms.daysPerWeek() > 6) {
      errors.add(new FieldError("daysPerWeek", "invalid.apprenticeship-offer.days-per-week", 1, 6));
    }
    if (terms.requiredLevel() == null) {
      errors.add(new FieldError("requiredLevel", "invalid.required"));
    }
    if (terms.minimumAge() != null && (terms.minimumAge() < 14 || terms.minimumAge() > 99)) {
      errors.add(new FieldError("minimumAge", "invalid.apprenticeship-offer.minimum-age", 14, 99));
    }
    if (terms.milestones().isEmpty() || terms.milestones().size() > MAX_MILESTONES) {
      errors.add(
          new FieldError(
              "milestones", "invalid.apprenticeship-offer.milestone-count", 1, MAX_MILESTONES));
    } else if (terms.milestones().stream()
        .anyMatch(m -> m == null || m.isBlank() || m.length() > 300)) {
      errors.add(
          new FieldError("milestones", "invalid.apprenticeship-offer.milestone-length", 1, 300));
    }
    return errors;
  }

  void close(Instant now) {
    this.status = OfferStatus.CLOSED;
    this.updatedAt = now;
  }

  /** The master's ranking replaces the previous one. */
  void rank(List<RankingEntry> entries, Instant now) {
    ranking.clear();
    ranking.addAll(entries);
    this.updatedAt = now;
  }

  /** A round proposes one of the free places. */
  void hold() {
    if (placesHeld >= places) {
      throw DomainException.conflict("offer-full", "problem.offer-full");
    }
    placesHeld++;
  }

  /** A proposed place was declined or not answered: it is free for the next round. */
  void release() {
    if (placesHeld > 0) {
      placesHeld--;
    }
  }

  public int freePlaces() {
    return status == OfferStatus.OPEN ? places - placesHeld : 0;
  }

  public LocalDate endDate() {
    return startDate.plusMonths(durationMonths);
  }

  public String id() {
    return id;
  }

  public String masterId() {
    return masterId;
  }

  public String manufactureId() {
    return manufactureId;
  }

  public String knowHowId() {
    return knowHowId;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public int places() {
    return places;
  }

  public int placesHeld() {
    return placesHeld;
  }

  /** What a fit reads of this offer. */
  public Fit.Terms terms() {
    return new Fit.Terms(place(), requiredLevel(), minimumAge(), startDate());
  }

  public LocalDate startDate() {
    return startDate;
  }

  public int durationMonths() {
    return durationMonths;
  }

  public int daysPerWeek() {
    return daysPerWeek;
  }

  public ApprenticeLevel requiredLevel() {
    return requiredLevel;
  }

  public Integer minimumAge() {
    return minimumAge;
  }

  public List<String> milestones() {
    return List.copyOf(milestones);
  }

  public List<RankingEntry> ranking() {
    return List.copyOf(ranking);
  }

  public GeoPoint place() {
    return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
  }

  public OfferStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
