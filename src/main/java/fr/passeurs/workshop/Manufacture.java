package fr.passeurs.workshop;

import fr.passeurs.platform.DomainException;
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
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A manufacture de proximité: a shared workshop where artisans work and pass know-how on. */
@Entity
@Table(name = "manufacture")
public class Manufacture {

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "name")
  private String name;

  @Column(name = "street")
  private String street;

  @Column(name = "postal_code")
  private String postalCode;

  @Column(name = "city")
  private String city;

  @Enumerated(EnumType.STRING)
  @Column(name = "region")
  private Region region;

  @Column(name = "latitude")
  private double latitude;

  @Column(name = "longitude")
  private double longitude;

  @Column(name = "description")
  private String description;

  @Column(name = "created_at")
  private Instant createdAt;

  @ElementCollection
  @CollectionTable(name = "opening_period", joinColumns = @JoinColumn(name = "manufacture_id"))
  private Set<OpeningPeriod> openingPeriods = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "closure_day", joinColumns = @JoinColumn(name = "manufacture_id"))
  private Set<ClosureDay> closures = new HashSet<>();

  @Version
  @Column(name = "version")
  private long version;

  protected Manufacture() {}

  /**
   * A new manufacture, open by default on weekdays 09:00–18:00 until its manager says otherwise.
   */
  public Manufacture(ManufactureDetails details, Instant now) {
    this.id = Ids.newId();
    this.createdAt = now;
    describe(details);
    for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      openingPeriods.add(new OpeningPeriod(day, DEFAULT_OPENS, DEFAULT_CLOSES));
    }
  }

  static final LocalTime DEFAULT_OPENS = LocalTime.of(9, 0);
  static final LocalTime DEFAULT_CLOSES = LocalTime.of(18, 0);

  /** The periods of a week, checked and in order: periods of one day may not overlap. */
  static List<OpeningPeriod> week(List<OpeningPeriod> periods) {
    List<OpeningPeriod> sorted =
        periods.stream()
            .sorted(Comparator.comparing(OpeningPeriod::day).thenComparing(OpeningPeriod::opens))
            .toList();
    for (int i = 1; i < sorted.size(); i++) {
      OpeningPeriod before = sorted.get(i - 1);
      OpeningPeriod after = sorted.get(i);
      if (before.day() == after.day() && after.opens().isBefore(before.closes())) {
        throw DomainException.invalid("periods", "invalid.periods.overlap", after.day());
      }
    }
    return sorted;
  }

  /**
   * Drops the periods that are not in that week and tells whether any went. The caller writes the
   * drop before it {@linkplain #openOn opens} the new ones: a day whose closing time changes keeps
   * its opening time, the key of its row.
   */
  boolean dropPeriodsOutside(List<OpeningPeriod> week) {
    return openingPeriods.retainAll(week);
  }

  /** Adds the periods of that week, checked by {@link #week}. */
  void openOn(List<OpeningPeriod> week) {
    openingPeriods.addAll(week(week));
  }

  /** Drops the closure of that day, if any, and tells whether there was one. */
  boolean reopenOn(LocalDate day) {
    return closures.removeIf(closure -> closure.day().equals(day));
  }

  /** Closes on that day; the caller has {@linkplain #reopenOn reopened} it and written that. */
  void closeOn(LocalDate day, String reason) {
    closures.add(new ClosureDay(day, reason));
  }

  /**
   * Why the manufacture is not open for the whole of that time, or null if it is: the time must lie
   * on one day (in Paris), not a closure day, within one opening period of that weekday.
   */
  public Message whyClosed(TimeRange time) {
    ZonedDateTime start = time.localStart();
    ZonedDateTime end = time.localEnd();
    LocalDate day = start.toLocalDate();
    if (!end.toLocalDate().equals(day)
        && !(end.toLocalDate().equals(day.plusDays(1))
            && end.toLocalTime().equals(LocalTime.MIDNIGHT))) {
      return Message.of("why.closed.several-days");
    }
    for (ClosureDay closure : closures) {
      if (closure.day().equals(day)) {
        return closure.reason().isEmpty()
            ? Message.of("why.closed.closure-day", day)
            : Message.of("why.closed.closure-day-reason", day, closure.reason());
      }
    }
    LocalTime to = end.toLocalDate().equals(day) ? end.toLocalTime() : LocalTime.MAX;
    boolean open =
        openingPeriods.stream()
            .anyMatch(period -> period.covers(day.getDayOfWeek(), start.toLocalTime(), to));
    if (open) {
      return null;
    }
    String hours = hoursOf(day.getDayOfWeek());
    return hours.isEmpty()
        ? Message.of("why.closed.closed-that-day", day.getDayOfWeek())
        : Message.of("why.closed.outside-hours", day.getDayOfWeek(), hours);
  }

  /** When it is open from one day to another (that one excluded): see the workshop service. */
  List<TimeRange> openTimes(LocalDate from, LocalDate until) {
    java.util.Set<LocalDate> closed =
        closures.stream().map(ClosureDay::day).collect(java.util.stream.Collectors.toSet());
    List<TimeRange> open = new java.util.ArrayList<>();
    for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
      if (closed.contains(day)) {
        continue;
      }
      for (OpeningPeriod period : openingPeriods()) {
        if (period.day() == day.getDayOfWeek()) {
          open.add(TimeRange.inParis(day, period.opens(), period.closes()));
        }
      }
    }
    return open;
  }

  /** "09:00–12:30, 14:00–18:00", or empty if closed that weekday. */
  private String hoursOf(DayOfWeek day) {
    return openingPeriods.stream()
        .filter(period -> period.day() == day)
        .sorted(Comparator.comparing(OpeningPeriod::opens))
        .map(period -> period.opens() + "–" + period.closes())
        .collect(java.util.stream.Collectors.joining(", "));
  }

  public List<OpeningPeriod> openingPeriods() {
    return openingPeriods.stream()
        .sorted(Comparator.comparing(OpeningPeriod::day).thenComparing(OpeningPeriod::opens))
        .toList();
  }

  public List<ClosureDay> closures() {
    return closures.stream().sorted(Comparator.comparing(ClosureDay::day)).toList();
  }

  /** Replaces what the manufacture says of itself. */
  public final void describe(ManufactureDetails details) {
    this.name = details.name().trim();
    this.street = details.street().trim();
    this.postalCode = details.postalCode().trim();
    this.city = details.city().trim();
    this.region = details.region();
    this.latitude = details.location().latitude();
    this.longitude = details.location().longitude();
    this.description = details.description() == null ? "" : details.description().trim();
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String street() {
    return street;
  }

  public String postalCode() {
    return postalCode;
  }

  public String city() {
    return city;
  }

  public Region region() {
    return region;
  }

  public GeoPoint location() {
    return new GeoPoint(latitude, longitude);
  }

  public String description() {
    return description;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  public ManufactureSummary summary() {
    return new ManufactureSummary(id, name, city, region, location());
  }
}
