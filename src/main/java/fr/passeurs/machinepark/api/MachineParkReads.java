package fr.passeurs.machinepark.api;

import fr.passeurs.machinepark.Authorisation;
import fr.passeurs.machinepark.MachineBooking;
import fr.passeurs.machinepark.MachineParkService;
import fr.passeurs.machinepark.MachineRules;
import fr.passeurs.machinepark.UsageStatementPdf;
import fr.passeurs.machinepark.api.MachineParkViews.AuthorisationView;
import fr.passeurs.machinepark.api.MachineParkViews.AvailabilityView;
import fr.passeurs.machinepark.api.MachineParkViews.GrantRequest;
import fr.passeurs.machinepark.api.MachineParkViews.MachineBookingRequest;
import fr.passeurs.machinepark.api.MachineParkViews.MachineBookingView;
import fr.passeurs.machinepark.api.MachineParkViews.OutageRequest;
import fr.passeurs.machinepark.api.MachineParkViews.OutageView;
import fr.passeurs.machinepark.api.MachineParkViews.RulesView;
import fr.passeurs.machinepark.api.MachineParkViews.UsageLineView;
import fr.passeurs.machinepark.api.MachineParkViews.UsageView;
import fr.passeurs.machinepark.api.MachineParkViews.WatchRequest;
import fr.passeurs.machinepark.api.MachineParkViews.WatchView;
import fr.passeurs.machinepark.api.MachineParkViews.Window;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.Csv;
import fr.passeurs.platform.Messages;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.workshop.MachineSummary;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import fr.passeurs.workshop.WorkshopService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The machine park as the API and the pages both use it: requests in, the read models of {@link
 * MachineParkViews} out, people and machines named; the entities stay here.
 */
@ApplicationScoped
public class MachineParkReads {

  @Inject private MachineParkService park;
  @Inject private WorkshopService workshop;
  @Inject private AccountService accounts;
  @Inject private Clock clock;
  @Inject private ManufactureService manufactures;

  public RulesView rules(String manufactureId, String machineId) {
    return RulesView.of(park.rules(manufactureId, machineId));
  }

  public RulesView setRules(
      Caller caller, String manufactureId, String machineId, RulesView request) {
    return RulesView.of(park.setRules(caller, manufactureId, machineId, request.toRules()));
  }

  /** The rules of each machine of a manufacture, by machine id. */
  public Map<String, MachineRules> rulesOf(List<String> machineIds) {
    return park.rulesOf(machineIds);
  }

  public AuthorisationView grant(
      Caller caller, String manufactureId, String machineId, GrantRequest request) {
    return views(
            List.of(
                park.grant(
                    caller,
                    manufactureId,
                    machineId,
                    request.accountId(),
                    request.reason(),
                    request.expiresOn())))
        .get(0);
  }

  public AuthorisationView revoke(Caller caller, String authorisationId, String reason) {
    return views(List.of(park.revoke(caller, authorisationId, reason))).get(0);
  }

  public List<AuthorisationView> authorisationsOf(
      Caller caller, String manufactureId, String machineId) {
    return views(park.authorisationsOf(caller, manufactureId, machineId));
  }

  public List<AuthorisationView> myAuthorisations(Caller caller) {
    return views(park.myAuthorisations(caller));
  }

  public MachineBookingView book(Caller caller, MachineBookingRequest request) {
    TimeRange time = request.time();
    return bookings(
            List.of(
                park.book(
                    caller,
                    request.machineId().trim(),
                    time,
                    request.forAccountId() == null || request.forAccountId().isBlank()
                        ? null
                        : request.forAccountId().trim())))
        .get(0);
  }

  public MachineBookingView cancel(Caller caller, String id) {
    return bookings(List.of(park.cancel(caller, id))).get(0);
  }

  public MachineBookingView markNoShow(Caller caller, String id) {
    return bookings(List.of(park.markNoShow(caller, id))).get(0);
  }

  public MachineBookingView waive(Caller caller, String id) {
    return bookings(List.of(park.waive(caller, id))).get(0);
  }

  /** The caller's bookings not yet ended, soonest first. */
  public List<MachineBookingView> myBookings(Caller caller) {
    return bookings(park.myBookings(caller, clock.instant()));
  }

  public List<MachineBookingView> bookingsOf(
      Caller caller, String manufactureId, String machineId, TimeRange window) {
    return bookings(park.bookingsOf(caller, manufactureId, machineId, window));
  }

  public AvailabilityView availability(
      String manufactureId, String machineId, LocalDate from, LocalDate until) {
    return new AvailabilityView(
        park.availability(manufactureId, machineId, from, until).stream()
            .map(w -> new Window(w.start(), w.end()))
            .toList());
  }

  public OutageView declareOutage(
      Caller caller, String manufactureId, String machineId, OutageRequest request) {
    TimeRange time = request.time();
    return OutageView.of(
        park.declareOutage(
            caller, manufactureId, machineId, request.outageKind(), time, request.reason()));
  }

  public OutageView liftOutage(Caller caller, String outageId) {
    return OutageView.of(park.liftOutage(caller, outageId));
  }

  /** A machine's outages still to end, by start. */
  public List<OutageView> outagesOf(String manufactureId, String machineId) {
    return park.outagesOf(manufactureId, machineId, clock.instant()).stream()
        .map(OutageView::of)
        .toList();
  }

  /** The usage statement of a month, per person and machine, by name (its managers). */
  public UsageView usage(Caller caller, String manufactureId, YearMonth month) {
    List<MachineParkService.UsageLine> lines = park.usage(caller, manufactureId, month);
    Set<String> people = new HashSet<>();
    Set<String> machines = new HashSet<>();
    lines.forEach(
        l -> {
          people.add(l.accountId());
          machines.add(l.machineId());
        });
    Map<String, AccountSummary> named = accounts.summaries(people);
    Map<String, MachineSummary> machineNames = workshop.machineSummaries(machines);
    List<UsageLineView> views =
        lines.stream()
            .map(
                l ->
                    new UsageLineView(
                        l.accountId(),
                        personOf(named, l.accountId()),
                        l.machineId(),
                        nameOf(machineNames, l.machineId()),
                        l.bookings(),
                        l.noShows(),
                        l.lateCancellations(),
                        l.minutes(),
                        l.amountCents()))
            .sorted(
                java.util.Comparator.comparing(
                        (UsageLineView v) -> v.person() == null ? "" : v.person())
                    .thenComparing(v -> v.machine() == null ? "" : v.machine()))
            .toList();
    return new UsageView(
        month.toString(),
        manufactureId,
        views,
        views.stream().mapToLong(UsageLineView::minutes).sum(),
        views.stream().mapToLong(UsageLineView::amountCents).sum());
  }

  /**
   * The statement as CSV: a header in the reader's language, then a line per person and machine;
   * hours and euros with a point, so that a spreadsheet in any language reads them as numbers.
   */
  public String usageCsv(Caller caller, String manufactureId, YearMonth month, Locale language) {
    UsageView usage = usage(caller, manufactureId, month);
    StringBuilder csv = new StringBuilder();
    csv.append(
            Csv.line(
                java.util.stream.Stream.of(
                        "person",
                        "machine",
                        "bookings",
                        "noShows",
                        "lateCancellations",
                        "hours",
                        "amount")
                    .map(column -> Messages.format(language, "usage.column." + column))
                    .toList()))
        .append("\r\n");
    for (UsageLineView line : usage.lines()) {
      csv.append(
              Csv.line(
                  List.of(
                      line.person() == null ? "" : line.person(),
                      line.machine() == null ? "" : line.machine(),
                      String.valueOf(line.bookings()),
                      String.valueOf(line.noShows()),
                      String.valueOf(line.lateCancellations()),
                      String.format(Locale.ROOT, "%.2f", line.minutes() / 60.0),
                      String.format(Locale.ROOT, "%.2f", line.amountCents() / 100.0))))
          .append("\r\n");
    }
    return csv.toString();
  }

  /** The statement as a PDF, in French like the manufactures' other documents. */
  public byte[] usagePdf(Caller caller, String manufactureId, YearMonth month) {
    UsageView usage = usage(caller, manufactureId, month);
    String manufacture =
        manufactures.summary(manufactureId).map(ManufactureSummary::name).orElse(manufactureId);
    return UsageStatementPdf.render(
        new UsageStatementPdf.Content(
            manufacture,
            month,
            usage.lines().stream()
                .map(
                    l ->
                        new UsageStatementPdf.Line(
                            l.person(),
                            l.machine(),
                            l.bookings(),
                            l.noShows(),
                            l.lateCancellations(),
                            l.minutes(),
                            l.amountCents()))
                .toList(),
            clock.instant()));
  }

  /** The month of a statement, "2027-03"; a field error of {@code month} if it is none. */
  public static YearMonth month(String raw) {
    try {
      return YearMonth.parse(raw == null ? "" : raw.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw fr.passeurs.platform.DomainException.invalid("month", "invalid.month");
    }
  }

  public WatchView watch(
      Caller caller, String manufactureId, String machineId, WatchRequest request) {
    fr.passeurs.machinepark.Watch watch =
        park.watch(caller, manufactureId, machineId, request.window());
    return new WatchView(
        watch.id(),
        watch.machineId(),
        watch.window().start(),
        watch.window().end(),
        watch.notifiedAt());
  }

  /** Today in Paris, where the workshops are. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.PARIS));
  }

  private List<AuthorisationView> views(List<Authorisation> authorisations) {
    Set<String> people = new HashSet<>();
    Set<String> machines = new HashSet<>();
    for (Authorisation a : authorisations) {
      people.add(a.accountId());
      if (a.grantedBy() != null) {
        people.add(a.grantedBy());
      }
      machines.add(a.machineId());
    }
    Map<String, AccountSummary> named = accounts.summaries(people);
    Map<String, MachineSummary> machineNames = workshop.machineSummaries(machines);
    LocalDate today = today();
    return authorisations.stream()
        .map(
            a ->
                new AuthorisationView(
                    a.id(),
                    a.machineId(),
                    nameOf(machineNames, a.machineId()),
                    a.manufactureId(),
                    a.accountId(),
                    personOf(named, a.accountId()),
                    a.grantedBy() == null ? null : personOf(named, a.grantedBy()),
                    a.grantedAt(),
                    a.reason(),
                    a.expiresOn(),
                    a.certificateId(),
                    a.revokedAt(),
                    a.revocationReason(),
                    a.isRevoked() && a.revokedBy() == null && a.certificateId() != null,
                    a.validOn(today)))
        .toList();
  }

  private List<MachineBookingView> bookings(Collection<MachineBooking> bookings) {
    Set<String> people = new HashSet<>();
    Set<String> machines = new HashSet<>();
    bookings.forEach(
        b -> {
          people.add(b.accountId());
          machines.add(b.machineId());
        });
    Map<String, AccountSummary> named = accounts.summaries(people);
    Map<String, MachineSummary> machineNames = workshop.machineSummaries(machines);
    return bookings.stream()
        .map(
            b ->
                new MachineBookingView(
                    b.id(),
                    b.machineId(),
                    nameOf(machineNames, b.machineId()),
                    b.manufactureId(),
                    b.accountId(),
                    personOf(named, b.accountId()),
                    b.time().start(),
                    b.time().end(),
                    b.status().name(),
                    b.freeCancelUntil(),
                    b.cancelledLate(),
                    b.countsAsUsed(),
                    b.rateCents()))
        .toList();
  }

  private static String nameOf(Map<String, MachineSummary> machines, String id) {
    MachineSummary machine = machines.get(id);
    return machine == null ? null : machine.name();
  }

  private static String personOf(Map<String, AccountSummary> people, String id) {
    AccountSummary person = people.get(id);
    return person == null ? null : person.displayName();
  }
}
