package fr.passeurs.attendance.api;

import fr.passeurs.attendance.RegisterExports;
import fr.passeurs.attendance.RegisterService;
import fr.passeurs.attendance.api.RegisterViews.CodeView;
import fr.passeurs.attendance.api.RegisterViews.EntryRequest;
import fr.passeurs.attendance.api.RegisterViews.EntryView;
import fr.passeurs.attendance.api.RegisterViews.RegisterView;
import fr.passeurs.attendance.api.RegisterViews.SignRequest;
import fr.passeurs.attendance.api.RegisterViews.SignatureView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
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

  @Inject private RegisterReads reads;
  @Inject private RegisterService registers;
  @Inject private RegisterExports exports;
  @Inject private Caller caller;
  @Context private HttpServletRequest request;

  @PathParam("sessionId")
  String sessionId;

  @GET
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "The register: current entries, signatures, time attended (trainer, managers)")
  public RegisterView get() {
    return reads.register(caller, sessionId);
  }

  @GET
  @Path("history")
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Every entry, corrections included, in the order they were made")
  public List<EntryView> history() {
    return reads.history(caller, sessionId);
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
    return reads.record(caller, sessionId, slot, participantId, Input.requiredBody(body), from());
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
    return Response.status(Response.Status.CREATED)
        .entity(reads.sign(caller, sessionId, slot, code, from()))
        .build();
  }

  @POST
  @Path("{slot}/trainer-signature")
  @RolesAllowed(Role.ARTISAN_NAME)
  @Operation(
      summary = "The trainer signs a half-day once every participant has an entry: it closes")
  @Answers(status = 201, value = SignatureView.class)
  public Response signAsTrainer(@PathParam("slot") int slot) {
    return Response.status(Response.Status.CREATED)
        .entity(reads.signAsTrainer(caller, sessionId, slot, from()))
        .build();
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
