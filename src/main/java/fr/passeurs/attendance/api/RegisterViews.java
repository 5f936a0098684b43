package fr.passeurs.attendance.api;

import fr.passeurs.attendance.AttendanceEntry;
import fr.passeurs.attendance.Signature;
import fr.passeurs.platform.MultiLine;
import fr.passeurs.platform.TextSize;
import java.time.Instant;
import java.util.List;

/** How attendance registers look in the API and on the register pages. */
public final class RegisterViews {

  private RegisterViews() {}

  /** A participant's attendance of a half-day. */
  public record EntryRequest(
      @TextSize(max = 32) String status,
      Integer lateMinutes,
      @TextSize(max = 500) @MultiLine String remark) {}

  /** Signing with the trainer's code, or without one during the half-day. */
  public record SignRequest(@TextSize(max = 64) String code) {}

  /** One line of the register or of its history. */
  public record EntryView(
      String id,
      int slot,
      String participantId,
      int seq,
      String status,
      Integer lateMinutes,
      String remark,
      String enteredBy,
      Instant enteredAt,
      String enteredFrom) {
    static EntryView of(AttendanceEntry e) {
      return new EntryView(
          e.id(),
          e.slot(),
          e.participantId(),
          e.seq(),
          e.status().name(),
          e.lateMinutes(),
          e.remark(),
          e.enteredBy(),
          e.enteredAt(),
          e.enteredFrom());
    }
  }

  /** A signature. */
  public record SignatureView(
      int slot, String signerId, String role, String method, Instant signedAt) {
    static SignatureView of(Signature s) {
      return new SignatureView(
          s.slot(), s.signerId(), s.role().name(), s.method().name(), s.signedAt());
    }
  }

  /** A half-day of the register. */
  public record HalfDayView(int slot, Instant start, Instant end, boolean closed) {}

  /** A participant's line: each half-day's current entry and signature, and the time attended. */
  public record RegisterParticipantView(
      String id,
      String displayName,
      long attendedMinutes,
      List<EntryView> entries,
      List<SignatureView> signatures) {}

  /** The register as it stands. */
  public record RegisterView(
      String sessionId,
      String title,
      List<HalfDayView> halfDays,
      List<RegisterParticipantView> participants,
      List<SignatureView> trainerSignatures,
      long plannedMinutes,
      boolean closed) {}

  /** The code for the trainer's screen. */
  public record CodeView(String code, Instant validUntil, String signPath) {}
}
