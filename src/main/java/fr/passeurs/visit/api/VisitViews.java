package fr.passeurs.visit.api;

import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.MultiLine;
import fr.passeurs.platform.TextSize;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.visit.OfferPeriod;
import fr.passeurs.visit.School;
import fr.passeurs.visit.SchoolLevel;
import fr.passeurs.visit.VisitAction;
import fr.passeurs.visit.VisitBooking;
import fr.passeurs.visit.VisitOffer;
import fr.passeurs.visit.VisitReader.BookingListing;
import fr.passeurs.visit.VisitReader.OfferListing;
import fr.passeurs.visit.VisitStep;
import fr.passeurs.workshop.ManufactureSummary;
import fr.passeurs.workshop.RoomSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How visit offers, schools and bookings look in the API. */
public final class VisitViews {

  private VisitViews() {}

  /** Someone, by name. */
  public record VisitPerson(String id, String displayName) {
    static VisitPerson of(AccountSummary a) {
      return a == null ? null : new VisitPerson(a.id(), a.displayName());
    }
  }

  /** Where a visit takes place. */
  public record VisitPlace(String id, String name, String city, Double latitude, Double longitude) {
    static VisitPlace of(ManufactureSummary m) {
      return m == null
          ? null
          : new VisitPlace(
              m.id(),
              m.name(),
              m.city(),
              m.location() == null ? null : m.location().latitude(),
              m.location() == null ? null : m.location().longitude());
    }
  }

  /** The room a visit uses. */
  public record VisitRoomView(String id, String name, int capacity, boolean wheelchairAccessible) {
    static VisitRoomView of(RoomSummary r) {
      return r == null
          ? null
          : new VisitRoomView(r.id(), r.name(), r.capacity(), r.wheelchairAccessible());
    }
  }

  /** The know-how shown. */
  public record VisitKnowHow(String id, String title, String domain) {}

  /** Days in which an offer can take place. */
  public record PeriodView(LocalDate from, LocalDate to) {
    static PeriodView of(OfferPeriod p) {
      return new PeriodView(p.from(), p.to());
    }
  }

  /** A visit offer. */
  public record VisitOfferView(
      String id,
      String title,
      String description,
      String format,
      List<String> levels,
      int durationMinutes,
      int minPupils,
      int maxPupils,
      List<String> accessibility,
      Integer minimumAge,
      String safetyRules,
      String protectiveEquipment,
      List<PeriodView> periods,
      List<String> weekdays,
      VisitKnowHow knowHow,
      VisitPerson artisan,
      VisitPlace manufacture,
      VisitRoomView room,
      boolean withdrawn,
      Map<String, Integer> pupilsPerAdult,
      Double distanceKm,
      long version) {

    /** The offer; {@code from}, when the search was near a place, gives its distance. */
    static VisitOfferView of(OfferListing l, Map<SchoolLevel, Integer> ratios, GeoPoint from) {
      VisitOffer o = l.offer();
      return new VisitOfferView(
          o.id(),
          o.title(),
          o.description(),
          o.format().name(),
          o.levels().stream().sorted().map(Enum::name).toList(),
          o.durationMinutes(),
          o.minPupils(),
          o.maxPupils(),
          o.accessibility().stream().sorted().map(Enum::name).toList(),
          o.minimumAge(),
          o.safetyRules(),
          o.protectiveEquipment(),
          o.periods().stream().map(PeriodView::of).toList(),
          o.weekdays().stream().sorted().map(Enum::name).toList(),
          l.knowHow() == null
              ? new VisitKnowHow(o.knowHowId(), null, o.domain().name())
              : new VisitKnowHow(o.knowHowId(), l.knowHow().title(), o.domain().name()),
          VisitPerson.of(l.artisan()),
          VisitPlace.of(l.manufacture()),
          VisitRoomView.of(l.room()),
          o.isWithdrawn(),
          o.levels().stream()
              .sorted()
              .collect(
                  java.util.stream.Collectors.toMap(
                      Enum::name, ratios::get, (a, b) -> a, java.util.LinkedHashMap::new)),
          from == null || o.place() == null
              ? null
              : Math.round(o.place().distanceKm(from) * 10) / 10.0,
          o.version());
    }
  }

  /** A school to register: its UAI, and its name and town if nobody registered it yet. */
  public record SchoolRequest(
      @TextSize(max = 20) String uai,
      @TextSize(max = 200) String name,
      @TextSize(max = 120) String city) {}

  /**
   * What an action on a booking takes: {@code choice} (confirm: which wished time, 0 is the first),
   * {@code reason} (decline, cancel), {@code presentPupils} and {@code presentAdults} (markDone).
   */
  public record ActionRequest(
      Integer choice,
      @TextSize(max = 500) @MultiLine String reason,
      Integer presentPupils,
      Integer presentAdults) {}

  /** A school, by its UAI. */
  public record SchoolView(String uai, String name, String city) {
    static SchoolView of(School s) {
      return s == null ? null : new SchoolView(s.uai(), s.name(), s.city());
    }
  }

  /** A time. */
  public record TimeView(Instant start, Instant end) {
    static TimeView of(TimeRange t) {
      return new TimeView(t.start(), t.end());
    }
  }

  /** One line of a booking's history. */
  public record StepView(
      Instant at, VisitPerson actor, String action, String from, String to, String note) {}

  /** A class visit booking, with its history and what the caller may do now. */
  public record BookingView(
      String id,
      String status,
      String offerId,
      String title,
      VisitPlace manufacture,
      VisitRoomView room,
      SchoolView school,
      VisitPerson teacher,
      VisitPerson artisan,
      String level,
      int pupils,
      int adults,
      List<String> accessibilityNeeds,
      String comment,
      List<TimeView> wishedTimes,
      TimeView confirmedTime,
      Instant answerBy,
      Instant cancellationLimit,
      String reason,
      Integer presentPupils,
      Integer presentAdults,
      Instant attendanceConfirmedAt,
      List<StepView> history,
      List<String> allowedActions,
      Instant createdAt,
      long version) {

    /** The booking; the notes of its history in {@code language}. */
    static BookingView of(BookingListing l, Locale language) {
      VisitBooking b = l.booking();
      return new BookingView(
          b.id(),
          b.status().name(),
          b.offerId(),
          b.title(),
          VisitPlace.of(l.manufacture()),
          VisitRoomView.of(l.room()),
          SchoolView.of(l.school()),
          VisitPerson.of(l.person(b.teacherId())),
          VisitPerson.of(l.person(b.artisanId())),
          b.level().name(),
          b.pupils(),
          b.adults(),
          b.needs().stream().sorted().map(Enum::name).toList(),
          b.comment(),
          b.wishedTimes().stream().map(TimeView::of).toList(),
          b.confirmedTime().map(TimeView::of).orElse(null),
          b.answerBy(),
          l.cancellationLimit(),
          b.reason(),
          b.presentPupils(),
          b.presentAdults(),
          b.attendanceConfirmedAt(),
          b.history().stream()
              .sorted(Comparator.comparing(VisitStep::at))
              .map(
                  s ->
                      new StepView(
                          s.at(),
                          VisitPerson.of(l.person(s.actorId())),
                          s.action().apiName(),
                          s.from() == null ? null : s.from().name(),
                          s.to().name(),
                          b.noteOf(s) == null ? null : b.noteOf(s).in(language)))
              .toList(),
          l.allowedActions().stream().map(VisitAction::apiName).toList(),
          b.createdAt(),
          b.version());
    }
  }
}
