package fr.passeurs.attendance.api;

import fr.passeurs.attendance.AttendanceEntry;
import fr.passeurs.attendance.AttendanceStatus;
import fr.passeurs.attendance.RegisterExports;
import fr.passeurs.attendance.RegisterService;
import fr.passeurs.attendance.RegisterService.Register;
import fr.passeurs.attendance.Signature;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.MultiLine;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.TextSize;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.OptionalBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A session's attendance register: kept by its trainer, signed by its participants. */
@Path("sessions/{sessionId}/register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
    name = "Attendance",
    description =
        "Attendance registers of training sessions: entries, corrections, signatures and the trainer's changing code.")
@SecurityRequirement(name = "basic")
public class RegisterResource {

  @Inject private RegisterService registers;
  @Inject private RegisterExports exports;
  @Inject private AccountService accounts;
  @Inject private Caller caller;
  @Context private HttpServletRequest request;

  @PathParam("sessionId")
  String sessionId;

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

  @GET
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "The register: current entries, signatures, time attended (trainer, managers)")
  public RegisterView get() {
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

  @GET
  @Path("history")
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Every entry, corrections included, in the order they were made")
  public List<EntryView> history() {
    return registers.history(caller, sessionId).stream().map(EntryView::of).toList();
  }

  @PUT
  @Path("{slot}/{participantId}")
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Record or correct a participant's attendance of a half-day",
      description =
          "status PRESENT, LATE (with lateMinutes), EXCUSED or ABSENT; a remark. A correction is a"
              + " new entry that supersedes the current one; the history keeps both.")
  public EntryView record(
      @PathParam("slot") int slot,
      @PathParam("participantId") String participantId,
      EntryRequest body) {
    EntryRequest given = Input.requiredBody(body);
    Input input = new Input();
    AttendanceStatus status = input.enumValue("status", given.status(), AttendanceStatus.class);
    input.check(status != null || !Input.isBlank(given.status()), "status", "invalid.required");
    input.throwIfInvalid();
    return EntryView.of(
        registers.record(
            caller,
            sessionId,
            slot,
            participantId,
            status,
            given.lateMinutes(),
            given.remark(),
            from()));
  }

  @POST
  @Path("{slot}/signature")
  @RolesAllowed(Role.APPRENTICE_NAME)
  @Operation(
      summary = "Sign a half-day (a participant, while it takes place)",
      description =
          "With the code of the trainer's screen (valid 30 s), or without during the half-day.")
  @Answers(status = 201, value = SignatureView.class)
  public Response sign(@PathParam("slot") int slot, @OptionalBody SignRequest body) {
    String code = body == null || Input.isBlank(body.code()) ? null : body.code().trim();
    Signature signature = registers.sign(caller, sessionId, slot, code, from());
    return Response.status(Response.Status.CREATED).entity(SignatureView.of(signature)).build();
  }

  @POST
  @Path("{slot}/trainer-signature")
  @RolesAllowed(Role.ARTISAN_NAME)
  @Operation(
      summary = "The trainer signs a half-day once every participant has an entry: it closes")
  @Answers(status = 201, value = SignatureView.class)
  public Response signAsTrainer(@PathParam("slot") int slot) {
    Signature signature = registers.signAsTrainer(caller, sessionId, slot, from());
    return Response.status(Response.Status.CREATED).entity(SignatureView.of(signature)).build();
  }

  @GET
  @Path("{slot}/code")
  @RolesAllowed(Role.ARTISAN_NAME)
  @Operation(summary = "The code to show participants now (the trainer); it changes every 30 s")
  public CodeView code(@PathParam("slot") int slot) {
    Map.Entry<String, Instant> code = registers.qrCode(caller, sessionId, slot);
    return new CodeView(
        code.getKey(),
        code.getValue(),
        "/attendance/sign.xhtml?session=" + sessionId + "&slot=" + slot + "&code=" + code.getKey());
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "The register as a feuille d'émargement (CSV)",
      description =
          "One line per participant and half-day: training, half-day, participant, status, minutes"
              + " late, remark, signature time and method, trainer's signature time.")
  @Answers(status = 200, value = String.class, mediaType = "text/csv")
  public Response csv() {
    return Response.ok(exports.csv(caller, sessionId))
        .type("text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + RegisterExports.fileName(sessionId) + ".csv\"")
        .build();
  }

  @GET
  @Path("export.pdf")
  @Produces("application/pdf")
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "The register as a feuille d'émargement to print (PDF, landscape A4)",
      description =
          "The training, know-how, manufacture, trainer and dates; for each half-day its"
              + " participants with their attendance, remark and signature, and the trainer's"
              + " signature; page numbers and the time of the export.")
  @Answers(status = 200, value = byte[].class, mediaType = "application/pdf")
  public Response pdf() {
    return Response.ok(exports.pdf(caller, sessionId))
        .type("application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + RegisterExports.fileName(sessionId) + ".pdf\"")
        .build();
  }

  private String from() {
    String address = request == null ? null : request.getRemoteAddr();
    return address == null ? "api" : "api " + address;
  }
}
