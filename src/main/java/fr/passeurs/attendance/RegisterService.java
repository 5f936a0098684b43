package fr.passeurs.attendance;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.persistence.Secrets;
import fr.passeurs.training.SessionRoster;
import fr.passeurs.training.SessionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use cases of a session's attendance register: the trainer (or a manager of the manufacture)
 * records each participant's attendance of each half-day and corrects it by adding entries;
 * participants sign during the half-day, by their own action or the trainer's QR code; the trainer
 * signs each half-day, which closes it. The hours attended follow from the current entries.
 */
@ApplicationScoped
@Transactional
public class RegisterService {

  /** Most minutes late that a LATE entry records. */
  public static final int MAX_LATE_MINUTES = 300;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private SessionService sessions;
  @Inject private Secrets secrets;
  @Inject private Event<RegisterClosed> closedRegisters;

  /** A register as it stands: the roster, the current entries and every signature. */
  public record Register(
      SessionRoster roster,
      Map<Integer, Map<String, AttendanceEntry>> current,
      List<Signature> signatures) {

    /** The current entry of a participant for a half-day, if any. */
    public Optional<AttendanceEntry> entry(int slot, String participantId) {
      return Optional.ofNullable(current.getOrDefault(slot, Map.of()).get(participantId));
    }

    public Optional<Signature> signature(int slot, String signerId) {
      return signatures.stream()
          .filter(s -> s.slot() == slot && s.signerId().equals(signerId))
          .findFirst();
    }

    /** The trainer signed this half-day: it is closed. */
    public boolean closed(int slot) {
      return signatures.stream()
          .anyMatch(s -> s.slot() == slot && s.role() == Signature.Role.TRAINER);
    }

    /** Every half-day is closed. */
    public boolean closed() {
      for (int slot = 0; slot < roster.halfDays().size(); slot++) {
        if (!closed(slot)) {
          return false;
        }
      }
      return true;
    }

    /** Time a participant attended, from the current entries. */
    public Duration attended(String participantId) {
      Duration total = Duration.ZERO;
      for (int slot = 0; slot < roster.halfDays().size(); slot++) {
        Duration length = roster.halfDays().get(slot).duration();
        total =
            total.plus(
                entry(slot, participantId).map(e -> e.attended(length)).orElse(Duration.ZERO));
      }
      return total;
    }

    /** Time of the whole session. */
    public Duration planned() {
      return roster.halfDays().stream()
          .map(TimeRange::duration)
          .reduce(Duration.ZERO, Duration::plus);
    }
  }

  /** The register: for the trainer, the manufacture's managers and the admin. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Register register(Caller caller, String sessionId) {
    SessionRoster roster = sessions.roster(sessionId);
    mustKeep(caller, roster);
    return read(roster);
  }

  /** The register, for other contexts (certificates): no caller check. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Register registerOf(String sessionId) {
    return read(sessions.roster(sessionId));
  }

  /** Every entry of a register, corrections included, in the order they were made. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AttendanceEntry> history(Caller caller, String sessionId) {
    mustKeep(caller, sessions.roster(sessionId));
    return em.createQuery(
            "SELECT e FROM AttendanceEntry e WHERE e.sessionId = :s ORDER BY e.enteredAt, e.slot,"
                + " e.participantId, e.seq",
            AttendanceEntry.class)
        .setParameter("s", sessionId)
        .getResultList();
  }

  /**
   * Records a participant's attendance of a half-day, from its start on; a new entry supersedes the
   * current one, which stays in the history.
   */
  public AttendanceEntry record(
      Caller caller,
      String sessionId,
      int slot,
      String participantId,
      AttendanceStatus status,
      Integer lateMinutes,
      String remark,
      String from) {
    SessionRoster roster = sessions.roster(sessionId);
    mustKeep(caller, roster);
    TimeRange halfDay = halfDay(roster, slot);
    if (!roster.participantIds().contains(participantId)) {
      throw DomainException.invalid("participantId", "not a confirmed participant of this session");
    }
    if (clock.instant().isBefore(halfDay.start())) {
      throw DomainException.conflict(
          "half-day-not-started", "Attendance is recorded once the half-day has begun.");
    }
    if (status == null) {
      throw DomainException.invalid("status", "PRESENT, LATE, EXCUSED or ABSENT");
    }
    if (status == AttendanceStatus.LATE
        && (lateMinutes == null || lateMinutes < 1 || lateMinutes > MAX_LATE_MINUTES)) {
      throw DomainException.invalid("lateMinutes", "1 to " + MAX_LATE_MINUTES + " minutes late");
    }
    if (remark != null && remark.length() > 500) {
      throw DomainException.invalid("remark", "at most 500 characters");
    }
    int seq = currentEntry(sessionId, slot, participantId).map(e -> e.seq() + 1).orElse(1);
    return add(
        sessionId, slot, participantId, seq, status, lateMinutes, remark, caller.accountId(), from);
  }

  /**
   * A participant signs a half-day during it: by their own action ({@code code} null) or with the
   * code of the trainer's screen. Without an entry yet, they are recorded present.
   */
  public Signature sign(Caller caller, String sessionId, int slot, String code, String from) {
    caller.requireAuthenticated();
    SessionRoster roster = sessions.roster(sessionId);
    TimeRange halfDay = halfDay(roster, slot);
    if (!roster.participantIds().contains(caller.accountId())) {
      throw DomainException.forbidden(
          "Only the session's confirmed participants sign its register.");
    }
    Instant now = clock.instant();
    if (now.isBefore(halfDay.start()) || !now.isBefore(halfDay.end())) {
      throw DomainException.conflict(
          "outside-half-day", "A half-day is signed while it takes place.");
    }
    if (code != null && !qrCodes().accepts(code, sessionId, slot, now)) {
      throw DomainException.conflict(
          "code-expired",
          "This code is no longer valid: scan the one on the trainer's screen now.");
    }
    Signature signature =
        new Signature(
            sessionId,
            slot,
            caller.accountId(),
            Signature.Role.PARTICIPANT,
            code == null ? Signature.Method.SELF : Signature.Method.QR,
            now,
            from);
    persistOnce(signature);
    if (currentEntry(sessionId, slot, caller.accountId()).isEmpty()) {
      add(
          sessionId,
          slot,
          caller.accountId(),
          1,
          AttendanceStatus.PRESENT,
          null,
          "a signé",
          caller.accountId(),
          from);
    }
    return signature;
  }

  /**
   * The trainer signs a half-day once every participant has an entry: it is closed. Closing the
   * last open half-day closes the register ({@link RegisterClosed}).
   */
  public Signature signAsTrainer(Caller caller, String sessionId, int slot, String from) {
    SessionRoster roster = sessions.roster(sessionId);
    if (!caller.is(roster.artisanId())) {
      throw DomainException.forbidden("The trainer signs the register.");
    }
    TimeRange halfDay = halfDay(roster, slot);
    if (clock.instant().isBefore(halfDay.start())) {
      throw DomainException.conflict(
          "half-day-not-started", "A half-day is signed once it has begun.");
    }
    Register register = read(roster);
    List<String> missing =
        roster.participantIds().stream().filter(p -> register.entry(slot, p).isEmpty()).toList();
    if (!missing.isEmpty()) {
      throw DomainException.conflict(
              "register-incomplete",
              missing.size() + " participant(s) have no attendance recorded for this half-day yet.")
          .with("participantIds", missing);
    }
    Signature signature =
        new Signature(
            sessionId,
            slot,
            caller.accountId(),
            Signature.Role.TRAINER,
            Signature.Method.TRAINER,
            clock.instant(),
            from);
    persistOnce(signature);
    if (read(roster).closed()) {
      closedRegisters.fire(new RegisterClosed(sessionId));
    }
    return signature;
  }

  /** A half-day taking place now, as a participant sees it: whether they signed it yet. */
  public record Ongoing(int slot, TimeRange time, Optional<Signature> signature) {}

  /**
   * The half-day of the session taking place now, if the caller is one of its confirmed
   * participants: what they may sign by their own action.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Ongoing> ongoing(Caller caller, String sessionId) {
    if (!caller.isAuthenticated()) {
      return Optional.empty();
    }
    SessionRoster roster = sessions.roster(sessionId);
    if (roster.cancelled() || !roster.participantIds().contains(caller.accountId())) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    for (int slot = 0; slot < roster.halfDays().size(); slot++) {
      TimeRange time = roster.halfDays().get(slot);
      if (!now.isBefore(time.start()) && now.isBefore(time.end())) {
        return Optional.of(new Ongoing(slot, time, signatureOf(caller, sessionId, slot)));
      }
    }
    return Optional.empty();
  }

  /** The caller's own signature of a half-day, if they gave it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Signature> signatureOf(Caller caller, String sessionId, int slot) {
    if (!caller.isAuthenticated() || caller.accountId() == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT s FROM Signature s WHERE s.sessionId = :s AND s.slot = :slot AND s.signerId"
                + " = :who",
            Signature.class)
        .setParameter("s", sessionId)
        .setParameter("slot", slot)
        .setParameter("who", caller.accountId())
        .getResultStream()
        .findFirst();
  }

  /** The code the trainer's screen shows now for a half-day, and until when. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map.Entry<String, Instant> qrCode(Caller caller, String sessionId, int slot) {
    SessionRoster roster = sessions.roster(sessionId);
    if (!caller.is(roster.artisanId())) {
      throw DomainException.forbidden("The trainer shows the code to sign.");
    }
    halfDay(roster, slot);
    Instant now = clock.instant();
    return Map.entry(qrCodes().code(sessionId, slot, now), QrCodes.windowEnd(now));
  }

  private QrCodes qrCodes() {
    return new QrCodes(secrets.of("attendance-qr"));
  }

  /** Adds the entry numbered {@code seq}; the unique key refuses a number taken meanwhile. */
  private AttendanceEntry add(
      String sessionId,
      int slot,
      String participantId,
      int seq,
      AttendanceStatus status,
      Integer lateMinutes,
      String remark,
      String by,
      String from) {
    AttendanceEntry entry =
        new AttendanceEntry(
            sessionId,
            slot,
            participantId,
            seq,
            status,
            lateMinutes,
            remark,
            by,
            clock.instant(),
            from);
    try {
      em.persist(entry);
      em.flush();
    } catch (PersistenceException e) {
      throw DomainException.conflict(
          "register-changed",
          "This line of the register was changed at the same moment: reload it.");
    }
    return entry;
  }

  private void persistOnce(Signature signature) {
    try {
      em.persist(signature);
      em.flush();
    } catch (PersistenceException e) {
      throw DomainException.conflict("already-signed", "This half-day is already signed.");
    }
  }

  private Optional<AttendanceEntry> currentEntry(String sessionId, int slot, String participantId) {
    return em.createQuery(
            "SELECT e FROM AttendanceEntry e WHERE e.sessionId = :s AND e.slot = :slot AND"
                + " e.participantId = :p ORDER BY e.seq DESC",
            AttendanceEntry.class)
        .setParameter("s", sessionId)
        .setParameter("slot", slot)
        .setParameter("p", participantId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private Register read(SessionRoster roster) {
    Map<Integer, Map<String, AttendanceEntry>> current = new HashMap<>();
    for (AttendanceEntry e :
        em.createQuery(
                "SELECT e FROM AttendanceEntry e WHERE e.sessionId = :s ORDER BY e.seq",
                AttendanceEntry.class)
            .setParameter("s", roster.sessionId())
            .getResultList()) {
      current.computeIfAbsent(e.slot(), k -> new LinkedHashMap<>()).put(e.participantId(), e);
    }
    List<Signature> signatures =
        em.createQuery(
                "SELECT s FROM Signature s WHERE s.sessionId = :s ORDER BY s.signedAt",
                Signature.class)
            .setParameter("s", roster.sessionId())
            .getResultList();
    return new Register(roster, current, signatures);
  }

  private static TimeRange halfDay(SessionRoster roster, int slot) {
    if (slot < 0 || slot >= roster.halfDays().size()) {
      throw DomainException.invalid(
          "slot", "one of the session's " + roster.halfDays().size() + " half-days, from 0");
    }
    if (roster.cancelled()) {
      throw DomainException.conflict("session-cancelled", "This session was cancelled.");
    }
    return roster.halfDays().get(slot);
  }

  private static void mustKeep(Caller caller, SessionRoster roster) {
    if (!caller.is(roster.artisanId()) && !caller.mayRun(roster.manufactureId())) {
      throw DomainException.forbidden(
          "The register is kept by the session's trainer and the manufacture's managers.");
    }
  }
}
