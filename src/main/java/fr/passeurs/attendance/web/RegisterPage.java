package fr.passeurs.attendance.web;

import fr.passeurs.attendance.AttendanceStatus;
import fr.passeurs.attendance.RegisterService;
import fr.passeurs.attendance.api.RegisterReads;
import fr.passeurs.attendance.api.RegisterViews.EntryRequest;
import fr.passeurs.attendance.api.RegisterViews.EntryView;
import fr.passeurs.attendance.api.RegisterViews.HalfDayView;
import fr.passeurs.attendance.api.RegisterViews.RegisterParticipantView;
import fr.passeurs.attendance.api.RegisterViews.RegisterView;
import fr.passeurs.attendance.api.RegisterViews.SignatureView;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The trainer's register page: for each half-day, the participants with their attendance to record
 * or correct (a correction adds an entry; the history shows them all), who signed and when, and the
 * trainer's signature that closes the half-day. It reads the API's {@link RegisterView} and sends
 * its {@link EntryRequest}.
 */
@Named("attendanceRegisterPage")
@RequestScoped
public class RegisterPage {

  @Inject private RegisterReads registers;
  @Inject private AccountService accounts;
  @Inject private Caller caller;
  @Inject private Clock clock;

  private String sessionId;
  private RegisterView register;
  private List<HalfDay> halfDays;
  private boolean refused;

  /** A participant's line in a half-day: what is recorded, and the fields to change it. */
  public static final class Row {
    private final String participantId;
    private final String name;
    private final EntryView current;
    private final SignatureView signature;
    private AttendanceStatus status;
    private Integer lateMinutes;
    private String remark;

    Row(String participantId, String name, EntryView current, SignatureView signature) {
      this.participantId = participantId;
      this.name = name;
      this.current = current;
      this.signature = signature;
      if (current != null) {
        status = AttendanceStatus.valueOf(current.status());
        lateMinutes = current.lateMinutes();
        remark = current.remark();
      }
    }

    public String getParticipantId() {
      return participantId;
    }

    public String getName() {
      return name;
    }

    public EntryView getCurrent() {
      return current;
    }

    public SignatureView getSignature() {
      return signature;
    }

    /** The current entry corrects an earlier one. */
    public boolean isCorrected() {
      return current != null && current.seq() > 1;
    }

    /** The fields differ from the current entry. */
    boolean changed() {
      if (status == null) {
        return false;
      }
      if (current == null) {
        return true;
      }
      return !status.name().equals(current.status())
          || (status == AttendanceStatus.LATE
              && !Objects.equals(lateMinutes, current.lateMinutes()))
          || !Objects.equals(remark == null ? "" : remark.trim(), current.remark());
    }

    public AttendanceStatus getStatus() {
      return status;
    }

    public void setStatus(AttendanceStatus status) {
      this.status = status;
    }

    public Integer getLateMinutes() {
      return lateMinutes;
    }

    public void setLateMinutes(Integer lateMinutes) {
      this.lateMinutes = lateMinutes;
    }

    public String getRemark() {
      return remark;
    }

    public void setRemark(String remark) {
      this.remark = remark;
    }
  }

  /**
   * A line of a half-day's history: one entry, and the names of whom it is about and who made it.
   */
  public record HistoryLine(EntryView entry, String participant, String enteredBy) {}

  /** A half-day of the register. */
  public record HalfDay(
      int slot,
      TimeRange time,
      boolean started,
      boolean closed,
      boolean signable,
      SignatureView trainerSignature,
      List<Row> rows,
      List<HistoryLine> history) {

    public int getNumber() {
      return slot + 1;
    }

    /** Lines may be recorded: the half-day has begun and is not closed. */
    public boolean isEditable() {
      return started && !closed;
    }

    /** From when the trainer may sign and close it: its last quarter of an hour. */
    public Instant getSignableFrom() {
      return time.end().minus(RegisterService.TRAINER_SIGNS_BEFORE_END);
    }

    /** Participants who signed, out of all. */
    public long getSignedCount() {
      return rows.stream().filter(r -> r.getSignature() != null).count();
    }
  }

  /** Reads the register when the page opens, to tell a refusal at once. */
  public void load() {
    try {
      getHalfDays();
    } catch (DomainException e) {
      refused = true;
      halfDays = List.of();
      Feedback.refusal(e);
    }
  }

  public boolean isRefused() {
    return refused || session() == null;
  }

  public String getTitle() {
    return register == null ? "" : register.title();
  }

  public AttendanceStatus[] getStatuses() {
    return AttendanceStatus.values();
  }

  public int getMaxLateMinutes() {
    return RegisterService.MAX_LATE_MINUTES;
  }

  public List<HalfDay> getHalfDays() {
    if (halfDays == null) {
      halfDays = read();
    }
    return halfDays;
  }

  private List<HalfDay> read() {
    String sessionId = session();
    if (sessionId == null) {
      return List.of();
    }
    register = registers.register(caller, sessionId);
    List<EntryView> history = registers.history(caller, sessionId);
    Set<String> ids = new HashSet<>();
    history.forEach(e -> ids.add(e.enteredBy()));
    Map<String, AccountSummary> people = accounts.summaries(ids);
    Map<String, String> names = new HashMap<>();
    people.forEach((id, person) -> names.put(id, person.displayName()));
    register
        .participants()
        .forEach(p -> names.put(p.id(), p.displayName() == null ? p.id() : p.displayName()));
    Instant now = clock.instant();
    List<HalfDay> list = new ArrayList<>();
    for (HalfDayView half : register.halfDays()) {
      int slot = half.slot();
      TimeRange time = new TimeRange(half.start(), half.end());
      List<Row> rows = new ArrayList<>();
      for (RegisterParticipantView participant : register.participants()) {
        rows.add(
            new Row(
                participant.id(),
                name(names, participant.id()),
                participant.entries().stream()
                    .filter(e -> e.slot() == slot)
                    .findFirst()
                    .orElse(null),
                participant.signatures().stream()
                    .filter(sig -> sig.slot() == slot)
                    .findFirst()
                    .orElse(null)));
      }
      rows.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.getName(), b.getName()));
      List<HistoryLine> lines =
          history.stream()
              .filter(e -> e.slot() == slot)
              .map(
                  e ->
                      new HistoryLine(
                          e, name(names, e.participantId()), name(names, e.enteredBy())))
              .toList();
      list.add(
          new HalfDay(
              slot,
              time,
              !now.isBefore(time.start()),
              half.closed(),
              !now.isBefore(time.end().minus(RegisterService.TRAINER_SIGNS_BEFORE_END)),
              register.trainerSignatures().stream()
                  .filter(sig -> sig.slot() == slot)
                  .findFirst()
                  .orElse(null),
              rows,
              lines));
    }
    return list;
  }

  /** Saves one participant's line. */
  public String saveRow(int slot, String participantId) {
    Row row =
        halfDay(slot).rows().stream()
            .filter(r -> r.getParticipantId().equals(participantId))
            .findFirst()
            .orElse(null);
    if (row == null) {
      return again();
    }
    if (!submitted(row)) {
      return null;
    }
    if (row.getStatus() == null) {
      Feedback.error("attendance.chooseStatus", row.getName());
      return null;
    }
    if (!row.changed()) {
      Feedback.info("attendance.unchanged");
      return again();
    }
    try {
      save(slot, row);
      Feedback.info("attendance.saved", row.getName());
      return again();
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  /** Saves every line of a half-day that was filled in or changed. */
  public String saveHalfDay(int slot) {
    int saved = 0;
    try {
      for (Row row : halfDay(slot).rows()) {
        if (!submitted(row)) {
          return null;
        }
        if (row.changed()) {
          save(slot, row);
          saved++;
        }
      }
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
    Feedback.info(saved == 0 ? "attendance.unchanged" : "attendance.savedMany", saved);
    return again();
  }

  /** The trainer signs the half-day, which closes it; refused while a line is empty. */
  public String close(int slot) {
    HalfDay halfDay = halfDay(slot);
    List<String> missing =
        halfDay.rows().stream().filter(r -> r.getCurrent() == null).map(Row::getName).toList();
    if (!missing.isEmpty()) {
      Feedback.error("attendance.closeRefused", halfDay.getNumber(), String.join(", ", missing));
      return null;
    }
    try {
      registers.signAsTrainer(caller, session(), slot, from());
      Feedback.info("attendance.closed", halfDay.getNumber());
      return again();
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  /**
   * Reads a line's fields from the form: plain named fields, one set per participant, which a
   * request-scoped page reads back whatever the order in which the view is rebuilt.
   */
  private boolean submitted(Row row) {
    String status = parameter("status-" + row.getParticipantId());
    String late = parameter("late-" + row.getParticipantId());
    String remark =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("remark-" + row.getParticipantId());
    try {
      row.setStatus(status == null ? null : AttendanceStatus.valueOf(status));
      row.setLateMinutes(late == null ? null : Integer.valueOf(late.trim()));
    } catch (IllegalArgumentException e) {
      Feedback.error("attendance.badLine", row.getName());
      return false;
    }
    row.setRemark(remark == null ? "" : remark);
    return true;
  }

  private void save(int slot, Row row) {
    registers.record(
        caller,
        session(),
        slot,
        row.getParticipantId(),
        new EntryRequest(row.getStatus().name(), row.getLateMinutes(), row.getRemark()),
        from());
  }

  private HalfDay halfDay(int slot) {
    return getHalfDays().stream()
        .filter(h -> h.slot() == slot)
        .findFirst()
        .orElseThrow(() -> DomainException.invalid("slot", "invalid.attendance.no-such-half-day"));
  }

  private String again() {
    return "/artisan/register?faces-redirect=true&session=" + session();
  }

  /**
   * The session shown. On a postback the lines are decoded before the view parameter reaches the
   * bean, so the form carries the session as a plain request parameter too.
   */
  private String session() {
    if (sessionId == null) {
      sessionId = parameter("session");
    }
    return sessionId;
  }

  /** A request parameter, or null when absent or blank. */
  static String parameter(String name) {
    String value =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    return value == null || value.isBlank() ? null : value;
  }

  static String from() {
    Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String address =
        request instanceof HttpServletRequest http ? http.getRemoteAddr() : "unknown address";
    return "web " + address;
  }

  private static String name(Map<String, String> names, String id) {
    return names.getOrDefault(id, id);
  }

  public String getSessionId() {
    return sessionId;
  }

  public void setSessionId(String sessionId) {
    this.sessionId = sessionId;
  }
}
