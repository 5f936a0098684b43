package fr.passeurs.attendance;

import fr.passeurs.platform.AuditAction;
import fr.passeurs.platform.Audited;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Use cases of a session's attendance register: the trainer (or a manager of the manufacture)
 * records each participant's attendance of each half-day and corrects it by adding entries;
 * participants sign during the half-day, by their own action or the trainer's QR code; the trainer
 * signs each half-day, which closes it. The hours attended follow from the current entries.
 */
@ApplicationScoped
@Transactional
public class RegisterService {

  /** The trainer signs a half-day once it has ended, or at the earliest this long before. */
  public static final Duration TRAINER_SIGNS_BEFORE_END = Duration.ofMinutes(15);

  /** Most minutes late that a LATE entry records. */
  public static final int MAX_LATE_MINUTES = 300;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private SessionService sessions;
  @Inject private Secrets secrets;
  @Inject private Event<RegisterClosed> closedRegisters;
  @Inject private Event<Audited> audited;

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

    /**
     * Time a participant attended, from the current entries. A half-day the trainer signed before
     * its end counts only up to the signature: no certificate states time that had not yet passed.
     */
    public Duration attended(String participantId) {
      Duration total = Duration.ZERO;
      for (int slot = 0; slot < roster.halfDays().size(); slot++) {
        Duration length = elapsed(slot);
        total =
            total.plus(
                entry(slot, participantId).map(e -> e.attended(length)).orElse(Duration.ZERO));
      }
      return total;
    }

    /** The half-day's length, or the time from its start to the trainer's signature if shorter. */
    Duration elapsed(int slot) {
      TimeRange halfDay = roster.halfDays().get(slot);
      return signatures.stream()
          .filter(s -> s.slot() == slot && s.role() == Signature.Role.TRAINER)
          .map(s -> Duration.between(halfDay.start(), s.signedAt()))
          .filter(untilSigned -> untilSigned.compareTo(halfDay.duration()) < 0)
          .map(untilSigned -> untilSigned.isNegative() ? Duration.ZERO : untilSigned)
          .findFirst()
          .orElse(halfDay.duration());
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
      throw DomainException.invalid("participantId", "invalid.register.not-participant");
    }
    if (clock.instant().isBefore(halfDay.start())) {
      throw DomainException.conflict("half-day-not-started", "problem.half-day-not-started");
    }
    if (status == null) {
      throw DomainException.invalid(
          "status",
          "invalid.one-of",
          Arrays.stream(AttendanceStatus.values())
              .map(Enum::name)
              .collect(Collectors.joining(", ")));
    }
    if (status == AttendanceStatus.LATE
        && (lateMinutes == null || lateMinutes < 1 || lateMinutes > MAX_LATE_MINUTES)) {
      throw DomainException.invalid(
          "lateMinutes", "invalid.register.late-minutes", 1, MAX_LATE_MINUTES);
    }
    if (remark != null && remark.length() > 500) {
      throw DomainException.invalid("remark", "invalid.length.max", 500);
    }
    Optional<AttendanceEntry> before = currentEntry(sessionId, slot, participantId);
    int seq = before.map(e -> e.seq() + 1).orElse(1);
    AttendanceEntry entry =
        add(
            sessionId,
            slot,
            participantId,
            seq,
            status,
            lateMinutes,
            remark,
            caller.accountId(),
            from);
    before.ifPresent(
        previous ->
            audit(
                AuditAction.REGISTER_CORRECTED,
                caller,
                roster,
                roster.title()
                    + " · "
                    + halfDay.start().atZone(ClockProducer.PARIS).toLocalDate()
                    + " · "
                    + (slot + 1),
                previous.status() + " → " + status));
    return entry;
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
      throw DomainException.forbidden("forbidden.register.participants-sign");
    }
    Instant now = clock.instant();
    if (now.isBefore(halfDay.start()) || !now.isBefore(halfDay.end())) {
      throw DomainException.conflict("outside-half-day", "problem.outside-half-day");
    }
    if (code != null && !qrCodes().accepts(code, sessionId, slot, now)) {
      throw DomainException.conflict("code-expired", "problem.code-expired");
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
          // no remark: the register shows the signature itself, in the reader's language
          "",
          caller.accountId(),
          from);
    }
    return signature;
  }

  /**
   * The trainer signs a half-day once every participant has an entry, and once it has ended or in
   * its last {@link #TRAINER_SIGNS_BEFORE_END}: it is closed. Closing the last open half-day closes
   * the register ({@link RegisterClosed}).
   */
  public Signature signAsTrainer(Caller caller, String sessionId, int slot, String from) {
    SessionRoster roster = sessions.roster(sessionId);
    if (!caller.is(roster.artisanId())) {
      throw DomainException.forbidden("forbidden.register.trainer-signs");
    }
    TimeRange halfDay = halfDay(roster, slot);
    Instant signable = halfDay.end().minus(TRAINER_SIGNS_BEFORE_END);
    if (clock.instant().isBefore(signable)) {
      throw DomainException.conflict("half-day-not-over", "problem.half-day-not-over", signable);
    }
    Register register = read(roster);
    List<String> missing =
        roster.participantIds().stream().filter(p -> register.entry(slot, p).isEmpty()).toList();
    if (!missing.isEmpty()) {
      throw DomainException.conflict(
              "register-incomplete", "problem.register-incomplete", missing.size())
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
      audit(
          AuditAction.REGISTER_CLOSED,
          caller,
          roster,
          roster.title()
              + " · "
              + roster.halfDays().get(0).start().atZone(ClockProducer.PARIS).toLocalDate(),
          null);
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
      throw DomainException.forbidden("forbidden.register.trainer-shows-code");
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
      throw DomainException.conflict("register-changed", "problem.register-changed");
    }
    return entry;
  }

  private void persistOnce(Signature signature) {
    try {
      em.persist(signature);
      em.flush();
    } catch (PersistenceException e) {
      throw DomainException.conflict("already-signed", "problem.already-signed");
    }
  }

  /** Tells the audit trail; for whoever acts on a register not their own, for its trainer. */
  private void audit(
      AuditAction action, Caller caller, SessionRoster roster, String label, String detail) {
    audited.fire(
        new Audited(
            action,
            caller.accountId(),
            caller.is(roster.artisanId()) ? null : roster.artisanId(),
            roster.sessionId(),
            label,
            roster.manufactureId(),
            detail));
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
      throw DomainException.invalid("slot", "invalid.register.slot", roster.halfDays().size());
    }
    if (roster.cancelled()) {
      throw DomainException.conflict("session-cancelled", "problem.session-cancelled.register");
    }
    return roster.halfDays().get(slot);
  }

  private static void mustKeep(Caller caller, SessionRoster roster) {
    if (!caller.is(roster.artisanId()) && !caller.mayRun(roster.manufactureId())) {
      throw DomainException.forbidden("forbidden.register.keep");
    }
  }
}
