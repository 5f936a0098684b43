package fr.passeurs.machinepark.web;

import fr.passeurs.machinepark.MachineRules;
import fr.passeurs.machinepark.Outage;
import fr.passeurs.machinepark.api.MachineParkReads;
import fr.passeurs.machinepark.api.MachineParkViews.AuthorisationView;
import fr.passeurs.machinepark.api.MachineParkViews.GrantRequest;
import fr.passeurs.machinepark.api.MachineParkViews.MachineBookingView;
import fr.passeurs.machinepark.api.MachineParkViews.OutageRequest;
import fr.passeurs.machinepark.api.MachineParkViews.OutageView;
import fr.passeurs.machinepark.api.MachineParkViews.RulesView;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.workshop.MachineSummary;
import fr.passeurs.workshop.WorkshopService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * A manager's page for one machine of theirs: its booking rules, who is authorised on it (grant,
 * revoke with a reason), and its bookings of the week, to mark one missed or let it go.
 */
@Named
@ViewScoped
public class MachineAdminBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MachineParkReads park;
  @Inject private WorkshopService workshop;
  @Inject private AccountService accounts;
  @Inject private Caller caller;
  @Inject private Clock clock;

  private String machine;
  private String revoke;

  private transient MachineSummary summary;
  private transient boolean looked;

  private boolean bookable;
  private Integer slotMinutes;
  private Integer minMinutes;
  private Integer maxMinutes;
  private Integer weeklyHours;
  private Integer horizonDays;
  private Integer freeCancelHours;
  private String hourlyRate;

  private String grantTo;
  private String grantReason;
  private LocalDate grantUntil;
  private String revocationReason;

  private String outageKind = "MAINTENANCE";
  private LocalDate outageFromDay;
  private String outageFromTime = "08:00";
  private LocalDate outageToDay;
  private String outageToTime = "18:00";
  private String outageReason;

  private transient List<OutageView> outages;
  private transient List<AuthorisationView> authorisations;
  private transient List<MachineBookingView> bookings;

  /** Fills the rules form with the machine's rules, once its id is known. */
  public void load() {
    if (getMachineSummary() == null || slotMinutes != null) {
      return;
    }
    MachineRules rules = park.rulesOf(List.of(machine)).get(machine);
    bookable = rules.bookable();
    slotMinutes = rules.slotMinutes();
    minMinutes = rules.minMinutes();
    maxMinutes = rules.maxMinutes();
    weeklyHours = rules.weeklyHours();
    horizonDays = rules.horizonDays();
    freeCancelHours = rules.freeCancelHours();
    hourlyRate = euros(rules.hourlyRateCents());
  }

  /** The machine, if the caller runs its manufacture. */
  public MachineSummary getMachineSummary() {
    if (!looked) {
      looked = true;
      summary =
          workshop.machine(machine).filter(m -> caller.mayRun(m.manufactureId())).orElse(null);
    }
    return summary;
  }

  public List<Integer> getSteps() {
    return MachineRules.STEPS;
  }

  public String saveRules() {
    Integer cents = cents(hourlyRate);
    if (cents == null) {
      Feedback.error("machineAdmin.rateInvalid");
      return null;
    }
    try {
      park.setRules(
          caller,
          summary().manufactureId(),
          machine,
          new RulesView(
              bookable,
              slotMinutes,
              minMinutes,
              maxMinutes,
              weeklyHours,
              horizonDays,
              freeCancelHours,
              cents));
      Feedback.info("machineAdmin.rulesSaved", summary().name());
      return self();
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public List<AuthorisationView> getAuthorisations() {
    if (authorisations == null) {
      authorisations =
          getMachineSummary() == null
              ? List.of()
              : park.authorisationsOf(caller, summary.manufactureId(), machine);
    }
    return authorisations;
  }

  /** The artisans of the manufacture, to authorise one. */
  public List<AccountSummary> getArtisans() {
    return getMachineSummary() == null ? List.of() : accounts.artisansOf(summary.manufactureId());
  }

  public String grant() {
    try {
      AuthorisationView granted =
          park.grant(
              caller,
              summary().manufactureId(),
              machine,
              new GrantRequest(grantTo, grantReason, grantUntil));
      Feedback.info("machineAdmin.grantDone", granted.person(), granted.machine());
      return self();
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  /** The authorisation the page offers to revoke, chosen by the address. */
  public AuthorisationView getToRevoke() {
    return revoke == null
        ? null
        : getAuthorisations().stream()
            .filter(a -> a.id().equals(revoke) && a.revokedAt() == null)
            .findFirst()
            .orElse(null);
  }

  public String confirmRevocation() {
    try {
      AuthorisationView revoked = park.revoke(caller, revoke, revocationReason);
      Feedback.info("machineAdmin.revokeDone", revoked.person(), revoked.machine());
      return self();
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  /** The bookings of this week and the next, cancelled ones included. */
  public List<MachineBookingView> getBookings() {
    if (bookings == null) {
      if (getMachineSummary() == null) {
        bookings = List.of();
      } else {
        LocalDate monday =
            LocalDate.now(clock.withZone(ClockProducer.PARIS))
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        bookings =
            park.bookingsOf(
                caller,
                summary.manufactureId(),
                machine,
                new TimeRange(
                    monday.atStartOfDay(ClockProducer.PARIS).toInstant(),
                    monday.plusWeeks(2).atStartOfDay(ClockProducer.PARIS).toInstant()));
      }
    }
    return bookings;
  }

  /** Whether a booking has started and is still held: it may be marked missed. */
  public boolean started(MachineBookingView booking) {
    return "BOOKED".equals(booking.status()) && !clock.instant().isBefore(booking.start());
  }

  public String noShow(String id) {
    try {
      MachineBookingView marked = park.markNoShow(caller, id);
      Feedback.info("machineAdmin.noShowMarked", marked.person(), marked.start());
      return self();
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public String waive(String id) {
    try {
      MachineBookingView waived = park.waive(caller, id);
      Feedback.info("machineAdmin.waived", waived.person(), waived.start());
      return self();
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public String cancel(String id) {
    try {
      MachineBookingView cancelled = park.cancel(caller, id);
      Feedback.info("machineAdmin.cancelled", cancelled.person(), cancelled.start());
      return self();
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  /** The machine's stops still to end. */
  public List<OutageView> getOutages() {
    if (outages == null) {
      outages =
          getMachineSummary() == null
              ? List.of()
              : park.outagesOf(summary.manufactureId(), machine);
    }
    return outages;
  }

  public List<String> getOutageKinds() {
    return java.util.Arrays.stream(Outage.Kind.values()).map(Enum::name).toList();
  }

  public String declareOutage() {
    java.time.LocalTime from = MachineWeekBean.time(outageFromTime);
    java.time.LocalTime to = MachineWeekBean.time(outageToTime);
    if (outageFromDay == null || outageToDay == null || from == null || to == null) {
      Feedback.error("machine.chooseTime");
      return null;
    }
    java.time.Instant start = outageFromDay.atTime(from).atZone(ClockProducer.PARIS).toInstant();
    java.time.Instant end = outageToDay.atTime(to).atZone(ClockProducer.PARIS).toInstant();
    if (!end.isAfter(start)) {
      Feedback.error("machine.endAfterStart");
      return null;
    }
    try {
      OutageView declared =
          park.declareOutage(
              caller,
              summary().manufactureId(),
              machine,
              new OutageRequest(outageKind, start, end, outageReason));
      Feedback.info(
          "machineAdmin.declared",
          summary().name(),
          fr.passeurs.platform.Message.of("outageKind." + declared.kind()),
          declared.start(),
          declared.end());
      return self();
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public String lift(String id) {
    try {
      park.liftOutage(caller, id);
      Feedback.info("machineAdmin.lifted", summary().name());
      return self();
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  /** An amount in euros as people write it ("12,50" or "12.50"), in cents; null if it is none. */
  static Integer cents(String euros) {
    if (euros == null || euros.isBlank()) {
      return 0;
    }
    try {
      java.math.BigDecimal amount =
          new java.math.BigDecimal(euros.strip().replace(',', '.').replace(" ", ""));
      if (amount.scale() > 2 || amount.signum() < 0) {
        return null;
      }
      return amount.movePointRight(2).intValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  static String euros(int cents) {
    return java.math.BigDecimal.valueOf(cents, 2).toPlainString();
  }

  private MachineSummary summary() {
    MachineSummary found = getMachineSummary();
    if (found == null) {
      throw DomainException.notFound("machine", machine);
    }
    return found;
  }

  private String self() {
    return "/manager/machine?faces-redirect=true&machine=" + machine;
  }

  // --- form fields ---------------------------------------------------------------------------

  public String getMachine() {
    return machine;
  }

  public void setMachine(String machine) {
    this.machine = machine;
  }

  public String getRevoke() {
    return revoke;
  }

  public void setRevoke(String revoke) {
    this.revoke = revoke;
  }

  public boolean isBookable() {
    return bookable;
  }

  public void setBookable(boolean bookable) {
    this.bookable = bookable;
  }

  public Integer getSlotMinutes() {
    return slotMinutes;
  }

  public void setSlotMinutes(Integer slotMinutes) {
    this.slotMinutes = slotMinutes;
  }

  public Integer getMinMinutes() {
    return minMinutes;
  }

  public void setMinMinutes(Integer minMinutes) {
    this.minMinutes = minMinutes;
  }

  public Integer getMaxMinutes() {
    return maxMinutes;
  }

  public void setMaxMinutes(Integer maxMinutes) {
    this.maxMinutes = maxMinutes;
  }

  public Integer getWeeklyHours() {
    return weeklyHours;
  }

  public void setWeeklyHours(Integer weeklyHours) {
    this.weeklyHours = weeklyHours;
  }

  public Integer getHorizonDays() {
    return horizonDays;
  }

  public void setHorizonDays(Integer horizonDays) {
    this.horizonDays = horizonDays;
  }

  public Integer getFreeCancelHours() {
    return freeCancelHours;
  }

  public void setFreeCancelHours(Integer freeCancelHours) {
    this.freeCancelHours = freeCancelHours;
  }

  public String getHourlyRate() {
    return hourlyRate;
  }

  public void setHourlyRate(String hourlyRate) {
    this.hourlyRate = hourlyRate;
  }

  public String getGrantTo() {
    return grantTo;
  }

  public void setGrantTo(String grantTo) {
    this.grantTo = grantTo;
  }

  public String getGrantReason() {
    return grantReason;
  }

  public void setGrantReason(String grantReason) {
    this.grantReason = grantReason;
  }

  public LocalDate getGrantUntil() {
    return grantUntil;
  }

  public void setGrantUntil(LocalDate grantUntil) {
    this.grantUntil = grantUntil;
  }

  public String getOutageKind() {
    return outageKind;
  }

  public void setOutageKind(String outageKind) {
    this.outageKind = outageKind;
  }

  public LocalDate getOutageFromDay() {
    return outageFromDay;
  }

  public void setOutageFromDay(LocalDate outageFromDay) {
    this.outageFromDay = outageFromDay;
  }

  public String getOutageFromTime() {
    return outageFromTime;
  }

  public void setOutageFromTime(String outageFromTime) {
    this.outageFromTime = outageFromTime;
  }

  public LocalDate getOutageToDay() {
    return outageToDay;
  }

  public void setOutageToDay(LocalDate outageToDay) {
    this.outageToDay = outageToDay;
  }

  public String getOutageToTime() {
    return outageToTime;
  }

  public void setOutageToTime(String outageToTime) {
    this.outageToTime = outageToTime;
  }

  public String getOutageReason() {
    return outageReason;
  }

  public void setOutageReason(String outageReason) {
    this.outageReason = outageReason;
  }

  public String getRevocationReason() {
    return revocationReason;
  }

  public void setRevocationReason(String revocationReason) {
    this.revocationReason = revocationReason;
  }
}
