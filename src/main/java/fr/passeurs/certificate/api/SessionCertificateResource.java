package fr.passeurs.certificate.api;

import fr.passeurs.certificate.api.CertificateViews.CertificateView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The certificates of a session: who got what, for its trainer and the manufacture's managers. */
@Path("sessions/{sessionId}/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
@Tag(name = "Certificates")
public class SessionCertificateResource {

  @Inject private CertificateReads certificates;
  @Inject private Caller caller;
  @Context private HttpHeaders headers;

  @PathParam("sessionId")
  String sessionId;

  @GET
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Every certificate of the session, superseded and revoked ones included")
  public List<CertificateView> list() {
    return certificates.ofSession(caller, sessionId, Problems.language(headers));
  }

  @POST
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Issue the session's certificates now (a closed register); those issued stay")
  public List<CertificateView> issue() {
    // who may see the session's certificates, with a manager's or the admin's role, issues them
    return certificates.issueForSession(caller, sessionId, Problems.language(headers));
  }
}
