package fr.passeurs.attendance.api;

import fr.passeurs.attendance.AttendanceStatus;
import fr.passeurs.attendance.RegisterService;
import fr.passeurs.attendance.RegisterService.Register;
import fr.passeurs.attendance.Signature;
import fr.passeurs.attendance.api.RegisterViews.EntryRequest;
import fr.passeurs.attendance.api.RegisterViews.EntryView;
import fr.passeurs.attendance.api.RegisterViews.HalfDayView;
import fr.passeurs.attendance.api.RegisterViews.RegisterParticipantView;
import fr.passeurs.attendance.api.RegisterViews.RegisterView;
import fr.passeurs.attendance.api.RegisterViews.SignatureView;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.rest.Input;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attendance registers as the API and the pages both use them: {@link EntryRequest} in, the read
 * models of {@link RegisterViews} out; the entities stay here. {@code from} says where an entry or
 * a signature was made ("api 10.0.0.1", "web 10.0.0.1"), for the register's history.
 */
@ApplicationScoped
public class RegisterReads {

  @Inject private RegisterService registers;
  @Inject private AccountService accounts;

  /** The register as it stands (its trainer, the managers of its manufacture, the admin). */
  public RegisterView register(Caller caller, String sessionId) {
    Register register = registers.register(caller, sessionId);
    Map<String, AccountSummary> people = accounts.summaries(register.roster().participantIds());
    List<HalfDayView> halfDays = new ArrayList<>();
    List<TimeRange> times = register.roster().halfDays();
    for (int slot = 0; slot < times.size(); slot++) {
      halfDays.add(
          new HalfDayView(
              slot, times.get(slot).start(), times.get(slot).end(), register.closed(slot)));
    }
    List<RegisterParticipantView> participants = new ArrayList<>();
    for (String id : register.roster().participantIds()) {
      List<EntryView> entries = new ArrayList<>();
      List<SignatureView> signed = new ArrayList<>();
      for (int slot = 0; slot < times.size(); slot++) {
        register.entry(slot, id).map(EntryView::of).ifPresent(entries::add);
        register.signature(slot, id).map(SignatureView::of).ifPresent(signed::add);
      }
      AccountSummary person = people.get(id);
      participants.add(
          new RegisterParticipantView(
              id,
              person == null ? null : person.displayName(),
              register.attended(id).toMinutes(),
              entries,
              signed));
    }
    return new RegisterView(
        sessionId,
        register.roster().title(),
        halfDays,
        participants,
        register.signatures().stream()
            .filter(s -> s.role() == Signature.Role.TRAINER)
            .map(SignatureView::of)
            .toList(),
        register.planned().toMinutes(),
        register.closed());
  }

  /** Every half-day of the session's register is closed (signed by its trainer). */
  public boolean closed(String sessionId) {
    return registers.registerOf(sessionId).closed();
  }

  /** Every entry, corrections included, in the order they were made. */
  public List<EntryView> history(Caller caller, String sessionId) {
    return registers.history(caller, sessionId).stream().map(EntryView::of).toList();
  }

  /** Records or corrects a participant's attendance of a half-day. */
  public EntryView record(
      Caller caller,
      String sessionId,
      int slot,
      String participantId,
      EntryRequest entry,
      String from) {
    Input input = new Input();
    AttendanceStatus status = input.enumValue("status", entry.status(), AttendanceStatus.class);
    input.check(status != null || !Input.isBlank(entry.status()), "status", "invalid.required");
    input.throwIfInvalid();
    return EntryView.of(
        registers.record(
            caller,
            sessionId,
            slot,
            participantId,
            status,
            entry.lateMinutes(),
            entry.remark(),
            from));
  }

  /** A participant signs a half-day, with the trainer's code or, during it, without. */
  public SignatureView sign(Caller caller, String sessionId, int slot, String code, String from) {
    return SignatureView.of(registers.sign(caller, sessionId, slot, code, from));
  }

  /** The trainer signs a half-day once every participant has an entry: it closes. */
  public SignatureView signAsTrainer(Caller caller, String sessionId, int slot, String from) {
    return SignatureView.of(registers.signAsTrainer(caller, sessionId, slot, from));
  }

  /** The caller's own signature of a half-day, if they gave it. */
  public Optional<SignatureView> signatureOf(Caller caller, String sessionId, int slot) {
    return registers.signatureOf(caller, sessionId, slot).map(SignatureView::of);
  }

  /** The half-day taking place now, for a participant: whether they signed it yet. */
  public record Ongoing(int slot, TimeRange time, SignatureView signature) {}

  /** The half-day of the session taking place now, if the caller is one of its participants. */
  public Optional<Ongoing> ongoing(Caller caller, String sessionId) {
    return registers
        .ongoing(caller, sessionId)
        .map(
            now ->
                new Ongoing(
                    now.slot(), now.time(), now.signature().map(SignatureView::of).orElse(null)));
  }
}
