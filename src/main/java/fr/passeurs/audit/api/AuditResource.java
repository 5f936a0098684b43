package fr.passeurs.audit.api;

import fr.passeurs.audit.AuditTrail;
import fr.passeurs.platform.AuditAction;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.TextRules;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.rest.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail: all of it for the admin, their manufacture's for a manager. */
@Path("audit")
@RequestScoped
@Tag(
    name = "Audit",
    description =
        "Who activated, refused, deactivated or reactivated whom, appointed or removed a manager,"
            + " revoked or reissued a certificate, corrected or closed a register, exported or"
            + " erased their data: when, on whose behalf, from which address. The admin reads"
            + " all of it, a manager what concerns their manufacture.")
public class AuditResource {

  private static final String FILTERS =
      "kind: one kind of act; actor: the acts of one account; subject: the acts on one account,"
          + " certificate (its code) or session; manufactureId: one manufacture (a manager: only"
          + " theirs); from, to: a day in Paris (to included) or an instant (to excluded).";

  @Inject private AuditReads audit;
  @Inject private Caller caller;
  @Context private HttpHeaders headers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "The audit trail, newest first", description = FILTERS)
  public Page<AuditEntryView> read(
      @QueryParam("kind") String kind,
      @QueryParam("actor") String actor,
      @QueryParam("subject") String subject,
      @QueryParam("manufactureId") String manufactureId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Input input = new Input();
    AuditTrail.Filter filter = filter(input, kind, actor, subject, manufactureId, from, to);
    PageRequest request = PageRequest.of(input, page, size);
    input.throwIfInvalid();
    return audit.read(caller, filter, request);
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @RolesAllowed({Role.ADMIN_NAME, Role.MANAGER_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "The audit trail as a CSV file, newest first",
      description =
          FILTERS
              + " At most 10,000 lines: narrow the filters for more. Column names, kinds of act"
              + " and times (Paris) in the language of Accept-Language.")
  @Answers(status = 200, value = String.class, mediaType = "text/csv")
  public Response csv(
      @QueryParam("kind") String kind,
      @QueryParam("actor") String actor,
      @QueryParam("subject") String subject,
      @QueryParam("manufactureId") String manufactureId,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    Input input = new Input();
    AuditTrail.Filter filter = filter(input, kind, actor, subject, manufactureId, from, to);
    input.throwIfInvalid();
    return Response.ok(
            audit.csv(caller, filter, Problems.language(headers)).getBytes(StandardCharsets.UTF_8))
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit.csv\"")
        .build();
  }

  private static AuditTrail.Filter filter(
      Input input,
      String kind,
      String actor,
      String subject,
      String manufactureId,
      String from,
      String to) {
    return new AuditTrail.Filter(
        input.enumValue("kind", kind, AuditAction.class),
        TextRules.checked("actor", actor, 64, false),
        TextRules.checked("subject", subject, 64, false),
        TextRules.checked("manufactureId", manufactureId, 64, false),
        input.moment("from", from, false),
        input.moment("to", to, true));
  }
}
