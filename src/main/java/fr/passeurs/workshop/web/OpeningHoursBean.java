package fr.passeurs.workshop.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.LimitsOf;
import fr.passeurs.workshop.api.WorkshopReads;
import fr.passeurs.workshop.api.WorkshopViews.Closure;
import fr.passeurs.workshop.api.WorkshopViews.ClosureRequest;
import fr.passeurs.workshop.api.WorkshopViews.OpeningHours;
import fr.passeurs.workshop.api.WorkshopViews.Period;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A manager's opening hours and closure days: each day of the week with up to two periods (a
 * morning and an afternoon, say), and the days the manufacture closes, with their reason.
 */
@Named
@RequestScoped
public class OpeningHoursBean {

  @Inject private WorkshopReads workshop;
  @Inject private Caller caller;
  @Inject private Clock clock;

  /** One day of the week as the form shows it: two periods, times as "HH:mm" or empty. */
  public static class DayHours {
    private final DayOfWeek day;
    private String opens1;
    private String closes1;
    private String opens2;
    private String closes2;

    DayHours(DayOfWeek day) {
      this.day = day;
    }

    public DayOfWeek getDay() {
      return day;
    }

    public String getOpens1() {
      return opens1;
    }

    public void setOpens1(String opens1) {
      this.opens1 = opens1;
    }

    public String getCloses1() {
      return closes1;
    }

    public void setCloses1(String closes1) {
      this.closes1 = closes1;
    }

    public String getOpens2() {
      return opens2;
    }

    public void setOpens2(String opens2) {
      this.opens2 = opens2;
    }

    public String getCloses2() {
      return closes2;
    }

    public void setCloses2(String closes2) {
      this.closes2 = closes2;
    }
  }

  private final List<DayHours> week = new ArrayList<>();
  private List<Closure> closures = List.of();

  private LocalDate closureDate;

  @LimitsOf(value = ClosureRequest.class, field = "reason")
  private String closureReason;

  @PostConstruct
  void read() {
    for (DayOfWeek day : DayOfWeek.values()) {
      week.add(new DayHours(day));
    }
    if (caller.manufactureId() == null) {
      return;
    }
    OpeningHours hours = workshop.openingHours(caller.manufactureId());
    for (Period period : hours.periods()) {
      DayHours day = week.get(period.day().getValue() - 1);
      if (day.opens1 == null) {
        day.opens1 = period.opens().toString();
        day.closes1 = period.closes().toString();
      } else if (day.opens2 == null) {
        day.opens2 = period.opens().toString();
        day.closes2 = period.closes().toString();
      }
    }
    closures =
        hours.closures().stream()
            .filter(c -> !c.date().isBefore(LocalDate.now(clock.withZone(ClockProducer.PARIS))))
            .sorted(Comparator.comparing(Closure::date))
            .toList();
  }

  public String saveHours() {
    List<Period> periods = new ArrayList<>();
    try {
      for (DayHours hours : week) {
        add(periods, hours.day, hours.opens1, hours.closes1);
        add(periods, hours.day, hours.opens2, hours.closes2);
      }
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
    try {
      workshop.setOpeningHours(caller, caller.manufactureId(), periods);
      Feedback.info("hours.saved");
      return "/manager/workshop?faces-redirect=true";
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  /** A period when both its times are given; one without the other is refused. */
  private static void add(List<Period> periods, DayOfWeek day, String opens, String closes) {
    boolean noOpen = opens == null || opens.isBlank();
    boolean noClose = closes == null || closes.isBlank();
    if (noOpen && noClose) {
      return;
    }
    if (noOpen || noClose) {
      throw DomainException.invalid("hours", "invalid.hours.both-times");
    }
    try {
      periods.add(new Period(day, LocalTime.parse(opens), LocalTime.parse(closes)));
    } catch (DateTimeParseException e) {
      throw DomainException.invalid("hours", "invalid.hours.time");
    }
  }

  public String close() {
    try {
      workshop.closeOn(
          caller, caller.manufactureId(), new ClosureRequest(closureDate, closureReason));
      Feedback.info("hours.closed");
      return "/manager/workshop?faces-redirect=true";
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public String reopen(LocalDate day) {
    try {
      workshop.reopenOn(caller, caller.manufactureId(), day);
      Feedback.info("hours.reopened");
      return "/manager/workshop?faces-redirect=true";
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public List<DayHours> getWeek() {
    return week;
  }

  public List<Closure> getClosures() {
    return closures;
  }

  public LocalDate getClosureDate() {
    return closureDate;
  }

  public void setClosureDate(LocalDate closureDate) {
    this.closureDate = closureDate;
  }

  public String getClosureReason() {
    return closureReason;
  }

  public void setClosureReason(String closureReason) {
    this.closureReason = closureReason;
  }
}
