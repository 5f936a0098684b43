package fr.passeurs.visit.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Dates;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.visit.AccessibilityNeed;
import fr.passeurs.visit.SchoolLevel;
import fr.passeurs.visit.api.BookingRequest;
import fr.passeurs.visit.api.VisitReads;
import fr.passeurs.visit.api.VisitViews.BookingView;
import fr.passeurs.visit.api.VisitViews.SchoolView;
import fr.passeurs.visit.api.VisitViews.VisitOfferView;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A teacher's request for a visit: their school, the class, its needs, and a wished time with up to
 * two alternatives. It checks the group as the teacher types (how many adults the level needs, the
 * offer's group sizes, the room's capacity) before the service checks it all again.
 */
@Named
@ViewScoped
public class BookingForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The inputs of the fields the service may name. */
  private static final Map<String, String> INPUTS =
      Map.of(
          "school", "book:school",
          "level", "book:level",
          "pupils", "book:pupils",
          "adults", "book:adults",
          "comment", "book:comment",
          "times", "book:day1",
          "times[0]", "book:day1",
          "times[1]", "book:day2",
          "times[2]", "book:day3");

  @Inject private VisitReads visits;
  @Inject private Dates dates;
  @Inject private Instance<Caller> caller;

  /** The offer and the limits it sets, kept for the checks as one types. */
  private String offerId;

  private List<SchoolLevel> levels = List.of();
  private int minPupils;
  private int maxPupils;
  private int roomCapacity;
  private int durationMinutes;

  private String schoolUai;
  private SchoolLevel level;
  private Integer pupils;
  private Integer adults;
  private List<String> needs = new ArrayList<>();
  private String comment;
  private LocalDate day1;
  private LocalTime time1 = LocalTime.of(10, 0);
  private LocalDate day2;
  private LocalTime time2 = LocalTime.of(10, 0);
  private LocalDate day3;
  private LocalTime time3 = LocalTime.of(10, 0);

  private transient List<SchoolView> schools;

  /** Takes the offer's limits; chooses the teacher's school if they have only one. */
  void prepare(VisitOfferView offer) {
    if (offer.id().equals(offerId)) {
      return;
    }
    offerId = offer.id();
    levels = offer.levels().stream().map(SchoolLevel::valueOf).sorted().toList();
    minPupils = offer.minPupils();
    maxPupils = offer.maxPupils();
    roomCapacity = offer.room() == null ? Integer.MAX_VALUE : offer.room().capacity();
    durationMinutes = offer.durationMinutes();
    if (levels.size() == 1) {
      level = levels.get(0);
    }
    if (schoolUai == null && getSchools().size() == 1) {
      schoolUai = getSchools().get(0).uai();
    }
  }

  /** A school the teacher has just registered becomes the one chosen. */
  void chooseSchool(String uai) {
    schools = null;
    schoolUai = uai;
  }

  public String submit() {
    if (day1 == null) {
      Refusals.beside("book:day1", Feedback.text("book.dayRequired"));
      Refusals.top(Feedback.text("visit.fixFields"));
      return null;
    }
    List<Instant> starts = new ArrayList<>();
    starts.add(inParis(day1, time1));
    if (day2 != null) {
      starts.add(inParis(day2, time2));
    }
    if (day3 != null) {
      starts.add(inParis(day3, time3));
    }
    try {
      BookingView booking =
          visits.request(
              caller.get(),
              new BookingRequest(
                  offerId,
                  schoolUai,
                  level == null ? null : level.name(),
                  pupils,
                  adults,
                  needs,
                  comment,
                  starts),
              Feedback.locale());
      Feedback.info("book.sent", dates.dayAndTime(booking.answerBy()));
      return "/visits/booking?faces-redirect=true&id=" + booking.id();
    } catch (DomainException e) {
      Refusals.show(e, INPUTS);
      return null;
    }
  }

  private static Instant inParis(LocalDate day, LocalTime time) {
    return day.atTime(time).atZone(ClockProducer.PARIS).toInstant();
  }

  // --- What the form checks as one types -----------------------------------------------------

  /** The fewest adults for the pupils at the chosen level, or null until both are given. */
  public Integer getAdultsNeeded() {
    return level == null || pupils == null || pupils < 1
        ? null
        : visits.adultsNeeded(level, pupils);
  }

  public Integer getPupilsPerAdult() {
    return level == null ? null : visits.pupilsPerAdult().get(level);
  }

  public boolean isTooFewAdults() {
    Integer needed = getAdultsNeeded();
    return needed != null && adults != null && adults < needed;
  }

  public boolean isPupilsOutOfRange() {
    return pupils != null && (pupils < minPupils || pupils > maxPupils);
  }

  public boolean isOverCapacity() {
    return pupils != null && adults != null && pupils + adults > roomCapacity;
  }

  /** Everything known fits: level, pupils and adults given, no warning. */
  public boolean isGroupFits() {
    return getAdultsNeeded() != null
        && adults != null
        && !isTooFewAdults()
        && !isPupilsOutOfRange()
        && !isOverCapacity();
  }

  public int getGroupSize() {
    return (pupils == null ? 0 : pupils) + (adults == null ? 0 : adults);
  }

  // --- Choices ---------------------------------------------------------------------------------

  public List<SchoolView> getSchools() {
    if (schools == null) {
      schools = visits.schools(caller.get());
    }
    return schools;
  }

  public List<SchoolLevel> getLevels() {
    return levels;
  }

  public List<AccessibilityNeed> getAllNeeds() {
    return Arrays.asList(AccessibilityNeed.values());
  }

  /** Quarter hours from 08:00 to 18:45, the choices of a start. */
  public List<LocalTime> getTimes() {
    List<LocalTime> times = new ArrayList<>();
    for (LocalTime t = LocalTime.of(8, 0); t.isBefore(LocalTime.of(19, 0)); t = t.plusMinutes(15)) {
      times.add(t);
    }
    return times;
  }

  public int getMinPupils() {
    return minPupils;
  }

  public int getMaxPupils() {
    return maxPupils;
  }

  public int getRoomCapacity() {
    return roomCapacity;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  // --- Fields ----------------------------------------------------------------------------------

  public String getSchoolUai() {
    return schoolUai;
  }

  public void setSchoolUai(String schoolUai) {
    this.schoolUai = schoolUai;
  }

  public SchoolLevel getLevel() {
    return level;
  }

  public void setLevel(SchoolLevel level) {
    this.level = level;
  }

  public Integer getPupils() {
    return pupils;
  }

  public void setPupils(Integer pupils) {
    this.pupils = pupils;
  }

  public Integer getAdults() {
    return adults;
  }

  public void setAdults(Integer adults) {
    this.adults = adults;
  }

  public List<String> getNeeds() {
    return needs;
  }

  public void setNeeds(List<String> needs) {
    this.needs = needs == null ? new ArrayList<>() : new ArrayList<>(needs);
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public LocalDate getDay1() {
    return day1;
  }

  public void setDay1(LocalDate day1) {
    this.day1 = day1;
  }

  public LocalTime getTime1() {
    return time1;
  }

  public void setTime1(LocalTime time1) {
    this.time1 = time1;
  }

  public LocalDate getDay2() {
    return day2;
  }

  public void setDay2(LocalDate day2) {
    this.day2 = day2;
  }

  public LocalTime getTime2() {
    return time2;
  }

  public void setTime2(LocalTime time2) {
    this.time2 = time2;
  }

  public LocalDate getDay3() {
    return day3;
  }

  public void setDay3(LocalDate day3) {
    this.day3 = day3;
  }

  public LocalTime getTime3() {
    return time3;
  }

  public void setTime3(LocalTime time3) {
    this.time3 = time3;
  }
}
