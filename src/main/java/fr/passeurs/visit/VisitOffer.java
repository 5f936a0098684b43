package fr.passeurs.visit;

import fr.passeurs.catalogue.Domain;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.Ids;
import fr.passeurs.platform.Message;
import fr.passeurs.platform.TimeRange;
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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A visit an artisan (or their manager) offers to school classes: what the pupils will see or do,
 * for which levels, how many of them, in which room, on which days. Teachers book it.
 */
@Entity
@Table(name = "visit_offer")
public class VisitOffer {

  /** Shortest and longest visit, in minutes; visits fall on quarter hours. */
  public static final int MIN_DURATION = 30;

  public static final int MAX_DURATION = 480;

  /** Most pupils in one visit, whatever the room. */
  public static final int MAX_PUPILS = 200;

  /** Most periods an offer lists. */
  public static final int MAX_PERIODS = 12;

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "artisan_id")
  private String artisanId;

  @Column(name = "manufacture_id")
  private String manufactureId;

  @Column(name = "know_how_id")
  private String knowHowId;

  @Enumerated(EnumType.STRING)
  @Column(name = "domain")
  private Domain domain;

  @Column(name = "room_id")
  private String roomId;

  @Column(name = "title")
  private String title;

  @Column(name = "description")
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "format")
  private VisitFormat format;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "visit_offer_level", joinColumns = @JoinColumn(name = "offer_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "level")
  private Set<SchoolLevel> levels = new HashSet<>();

  @Column(name = "duration_minutes")
  private int durationMinutes;

  @Column(name = "min_pupils")
  private int minPupils;

  @Column(name = "max_pupils")
  private int maxPupils;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "visit_offer_access", joinColumns = @JoinColumn(name = "offer_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "need")
  private Set<AccessibilityNeed> accessibility = new HashSet<>();

  @Column(name = "minimum_age")
  private Integer minimumAge;

  @Column(name = "safety_rules")
  private String safetyRules;

  @Column(name = "protective_equipment")
  private String protectiveEquipment;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "visit_offer_period", joinColumns = @JoinColumn(name = "offer_id"))
  @OrderColumn(name = "seq")
  private List<OfferPeriod> periods = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "visit_offer_weekday", joinColumns = @JoinColumn(name = "offer_id"))
  @Column(name = "weekday")
  private Set<Integer> weekdays = new HashSet<>();

  @Column(name = "latitude")
  private Double latitude;

  @Column(name = "longitude")
  private Double longitude;

  @Column(name = "withdrawn")
  private boolean withdrawn;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version
  @Column(name = "version")
  private long version;

  protected VisitOffer() {}

  VisitOffer(
      String artisanId,
      String manufactureId,
      Domain domain,
      GeoPoint place,
      OfferDetails details,
      Instant now) {
    this.id = Ids.newId();
    this.artisanId = artisanId;
    this.manufactureId = manufactureId;
    this.createdAt = now;
    this.domain = domain;
    moveTo(place);
    revise(details, now);
  }

  final void revise(OfferDetails details, Instant now) {
    List<FieldError> errors = problemsWith(details);
    if (!errors.isEmpty()) {
      throw DomainException.invalid(errors);
    }
    this.knowHowId = details.knowHowId();
    this.roomId = details.roomId();
    this.title = details.title().trim();
    this.description = details.description() == null ? "" : details.description().trim();
    this.format = details.format();
    this.levels.retainAll(details.levels());
    this.levels.addAll(details.levels());
    this.durationMinutes = details.durationMinutes();
    this.minPupils = details.minPupils();
    this.maxPupils = details.maxPupils();
    this.accessibility.retainAll(details.accessibility());
    this.accessibility.addAll(details.accessibility());
    this.minimumAge = details.minimumAge();
    this.safetyRules = trimmed(details.safetyRules());
    this.protectiveEquipment = trimmed(details.protectiveEquipment());
    this.periods.clear();
    this.periods.addAll(
        details.periods().stream()
            .sorted(java.util.Comparator.comparing(OfferPeriod::from))
            .toList());
    Set<Integer> days = new HashSet<>();
    details.weekdays().forEach(d -> days.add(d.getValue()));
    this.weekdays.retainAll(days);
    this.weekdays.addAll(days);
    this.updatedAt = now;
  }

  /** Every rule an offer's own description must follow, each failing field named. */
  public static List<FieldError> problemsWith(OfferDetails details) {
    List<FieldError> errors = new ArrayList<>();
    if (details.title() == null || details.title().isBlank() || details.title().length() > 200) {
      errors.add(new FieldError("title", "invalid.length.range", 1, 200));
    }
    tooLong(errors, "description", details.description(), 4000);
    tooLong(errors, "safetyRules", details.safetyRules(), 2000);
    tooLong(errors, "protectiveEquipment", details.protectiveEquipment(), 500);
    if (details.format() == null) {
      errors.add(new FieldError("format", "invalid.required"));
    }
    if (details.levels().isEmpty()) {
      errors.add(new FieldError("levels", "invalid.visit.levels-required"));
    }
    if (details.durationMinutes() < MIN_DURATION
        || details.durationMinutes() > MAX_DURATION
        || details.durationMinutes() % 15 != 0) {
      errors.add(
          new FieldError("durationMinutes", "invalid.visit.duration", MIN_DURATION, MAX_DURATION));
    }
    if (details.minPupils() < 1
        || details.maxPupils() < details.minPupils()
        || details.maxPupils() > MAX_PUPILS) {
      errors.add(new FieldError("maxPupils", "invalid.visit.pupils-bounds", 1, MAX_PUPILS));
    }
    if (details.minimumAge() != null && (details.minimumAge() < 0 || details.minimumAge() > 25)) {
      errors.add(new FieldError("minimumAge", "invalid.visit.minimum-age", 0, 25));
    }
    if (details.periods().isEmpty() || details.periods().size() > MAX_PERIODS) {
      errors.add(new FieldError("periods", "invalid.visit.periods-count", 1, MAX_PERIODS));
    }
    for (int i = 0; i < details.periods().size(); i++) {
      OfferPeriod p = details.periods().get(i);
      if (p == null || p.from() == null || p.to() == null || p.to().isBefore(p.from())) {
        errors.add(new FieldError("periods[" + i + "]", "invalid.visit.period-order"));
      }
    }
    if (details.weekdays().isEmpty()) {
      errors.add(new FieldError("weekdays", "invalid.visit.weekdays-required"));
    }
    return errors;
  }

  private static void tooLong(List<FieldError> errors, String field, String text, int max) {
    if (text != null && text.length() > max) {
      errors.add(new FieldError(field, "invalid.length.max", max));
    }
  }

  void withdraw(Instant now) {
    this.withdrawn = true;
    this.updatedAt = now;
  }

  final void moveTo(GeoPoint place) {
    this.latitude = place == null ? null : place.latitude();
    this.longitude = place == null ? null : place.longitude();
  }

  /** Why a visit at this time does not fit the offer's periods and weekdays; empty if it does. */
  public Optional<Message> whyNot(TimeRange time) {
    LocalDate day = time.day();
    if (!time.localEnd().toLocalDate().equals(day)) {
      return Optional.of(Message.of("why.visit.one-day"));
    }
    if (periods.stream().noneMatch(p -> p.contains(day))) {
      return Optional.of(Message.of("why.visit.outside-periods", day));
    }
    if (!weekdays.contains(day.getDayOfWeek().getValue())) {
      return Optional.of(
          Message.of(
              "why.visit.not-that-weekday",
              day.getDayOfWeek(),
              weekdays.stream().sorted().map(DayOfWeek::of).toList()));
    }
    return Optional.empty();
  }

  private static String trimmed(String text) {
    return text == null ? "" : text.trim();
  }

  public String id() {
    return id;
  }

  public String artisanId() {
    return artisanId;
  }

  public String manufactureId() {
    return manufactureId;
  }

  public String knowHowId() {
    return knowHowId;
  }

  public Domain domain() {
    return domain;
  }

  public String roomId() {
    return roomId;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public VisitFormat format() {
    return format;
  }

  public Set<SchoolLevel> levels() {
    return levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
  }

  public int durationMinutes() {
    return durationMinutes;
  }

  public int minPupils() {
    return minPupils;
  }

  public int maxPupils() {
    return maxPupils;
  }

  public Set<AccessibilityNeed> accessibility() {
    return Set.copyOf(accessibility);
  }

  public Integer minimumAge() {
    return minimumAge;
  }

  public String safetyRules() {
    return safetyRules;
  }

  public String protectiveEquipment() {
    return protectiveEquipment;
  }

  public List<OfferPeriod> periods() {
    return List.copyOf(periods);
  }

  public Set<DayOfWeek> weekdays() {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    weekdays.forEach(d -> days.add(DayOfWeek.of(d)));
    return days;
  }

  public GeoPoint place() {
    return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
  }

  public boolean isWithdrawn() {
    return withdrawn;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
