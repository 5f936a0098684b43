package fr.passeurs.attendance;

import fr.passeurs.attendance.RegisterService.Register;
import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Csv;
import fr.passeurs.platform.ParisTime;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.training.SessionRoster;
import fr.passeurs.workshop.ManufactureService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The register handed over as a <i>feuille d'émargement</i>, in CSV for a spreadsheet or in PDF to
 * print and keep: for the same people who may read the register (its trainer, the manufacture's
 * managers, the admin).
 */
@ApplicationScoped
public class RegisterExports {

  @Inject private RegisterService registers;
  @Inject private AccountService accounts;
  @Inject private KnowHowService knowHow;
  @Inject private ManufactureService manufactures;
  @Inject private Clock clock;

  /** The file name of an export, without its extension. */
  public static String fileName(String sessionId) {
    return "emargement-" + sessionId;
  }

  /** One line per participant and half-day, UTF-8 with a byte-order mark for spreadsheets. */
  public byte[] csv(Caller caller, String sessionId) {
    Register register = registers.register(caller, sessionId);
    SessionRoster roster = register.roster();
    Map<String, AccountSummary> people = people(roster);
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append(
        Csv.line(
            List.of(
                "formation",
                "formateur",
                "demi-journée",
                "début",
                "fin",
                "participant",
                "présence",
                "minutes de retard",
                "remarque",
                "signature du participant",
                "mode de signature",
                "signature du formateur")));
    List<TimeRange> times = roster.halfDays();
    String trainer = name(people, roster.artisanId());
    for (int slot = 0; slot < times.size(); slot++) {
      int s = slot;
      String trainerSigned =
          register
              .signature(slot, roster.artisanId())
              .map(x -> ParisTime.shown(x.signedAt()))
              .orElse("");
      for (String id : roster.participantIds()) {
        AttendanceEntry entry = register.entry(slot, id).orElse(null);
        Signature signed = register.signature(slot, id).orElse(null);
        csv.append(
            Csv.line(
                List.of(
                    roster.title(),
                    trainer,
                    String.valueOf(s + 1),
                    ParisTime.shown(times.get(s).start()),
                    ParisTime.shown(times.get(s).end()),
                    name(people, id),
                    entry == null ? "" : entry.status().name(),
                    entry == null || entry.lateMinutes() == null
                        ? ""
                        : entry.lateMinutes().toString(),
                    entry == null ? "" : entry.remark(),
                    signed == null ? "" : ParisTime.shown(signed.signedAt()),
                    signed == null ? "" : signed.method().name(),
                    trainerSigned)));
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The sheet to print: landscape A4, a table per half-day, participants by name. */
  public byte[] pdf(Caller caller, String sessionId) {
    Register register = registers.register(caller, sessionId);
    SessionRoster roster = register.roster();
    Map<String, AccountSummary> people = people(roster);
    List<String> participants = new ArrayList<>(roster.participantIds());
    participants.sort(
        (a, b) -> String.CASE_INSENSITIVE_ORDER.compare(name(people, a), name(people, b)));
    List<AttendanceSheet.HalfDay> halfDays = new ArrayList<>();
    for (int slot = 0; slot < roster.halfDays().size(); slot++) {
      List<AttendanceSheet.Line> lines = new ArrayList<>();
      for (String id : participants) {
        AttendanceEntry entry = register.entry(slot, id).orElse(null);
        Signature signed = register.signature(slot, id).orElse(null);
        lines.add(
            new AttendanceSheet.Line(
                name(people, id),
                entry == null ? null : entry.status(),
                entry == null ? null : entry.lateMinutes(),
                entry == null ? "" : entry.remark(),
                signed == null ? null : signed.signedAt(),
                signed == null ? null : signed.method()));
      }
      halfDays.add(
          new AttendanceSheet.HalfDay(
              roster.halfDays().get(slot),
              lines,
              register.signature(slot, roster.artisanId()).map(Signature::signedAt).orElse(null)));
    }
    return AttendanceSheet.render(
        new AttendanceSheet.Content(
            roster.title(),
            knowHow.summary(roster.knowHowId()).map(KnowHowSummary::title).orElse("—"),
            manufactures
                .summary(roster.manufactureId())
                .map(m -> m.name() + (m.city() == null ? "" : " (" + m.city() + ")"))
                .orElse("—"),
            name(people, roster.artisanId()),
            halfDays,
            clock.instant().truncatedTo(ChronoUnit.SECONDS)));
  }

  private Map<String, AccountSummary> people(SessionRoster roster) {
    Set<String> ids = new HashSet<>(roster.participantIds());
    ids.add(roster.artisanId());
    return accounts.summaries(ids);
  }

  private static String name(Map<String, AccountSummary> people, String id) {
    AccountSummary person = people.get(id);
    return person == null ? id : person.displayName();
  }
}
