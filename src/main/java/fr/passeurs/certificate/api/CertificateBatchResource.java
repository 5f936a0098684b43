package fr.passeurs.certificate.api;

import fr.passeurs.certificate.api.CertificateViews.BatchView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.TextSize;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Batches of certificates, issued in the background: for one session, or for every closed session
 * of a manufacture over a period; their progress is read while they run.
 */
@Path("certificate-batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
@SecurityRequirement(name = "basic")
@Tag(
    name = "Certificates",
    description =
        "Certificates of training and attestations of class visits: issuing, verifying, revoking, reissuing, status lists.")
public class CertificateBatchResource {

  @Inject private CertificateReads certificates;
  @Inject private Caller caller;
  @Context private UriInfo uri;

  /**
   * One session, one class visit (its attestation), or a manufacture and a period (days in
   * Europe/Paris, both included).
   */
  public record BatchRequest(
      @TextSize(max = 36) String sessionId,
      @TextSize(max = 36) String visitBookingId,
      @TextSize(max = 36) String manufactureId,
      @TextSize(max = 40) String from,
      @TextSize(max = 40) String to) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Issue certificates in the background: 202, the batch's address in Location",
      description =
          "{\"sessionId\"}, {\"visitBookingId\"} or {\"manufactureId\", \"from\", \"to\"}.")
  @Answers(status = 202, value = BatchView.class)
  public Response start(BatchRequest body) {
    BatchRequest given = Input.requiredBody(body);
    BatchView batch;
    if (!Input.isBlank(given.sessionId())) {
      batch = certificates.startForSession(caller, given.sessionId().strip());
    } else if (!Input.isBlank(given.visitBookingId())) {
      batch = certificates.startForVisit(caller, given.visitBookingId().strip());
    } else {
      Input input = new Input();
      input.check(!Input.isBlank(given.manufactureId()), "manufactureId", "invalid.batch.scope");
      LocalDate from = day(input, "from", given.from());
      LocalDate to = day(input, "to", given.to());
      input.throwIfInvalid();
      batch = certificates.startForPeriod(caller, given.manufactureId().strip(), from, to);
    }
    return Response.accepted(batch)
        .location(uri.getBaseUriBuilder().path("certificate-batches").path(batch.id()).build())
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "A batch's progress: total, done, failed, certificates issued, state")
  public BatchView get(@PathParam("id") String id) {
    return certificates.batch(caller, id);
  }

  private static LocalDate day(Input input, String field, String value) {
    if (Input.isBlank(value)) {
      input.reject(field, "invalid.batch.day-required");
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      input.reject(field, "invalid.batch.day");
      return null;
    }
  }
}
