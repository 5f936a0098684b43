package fr.passeurs.certificate.api;

import fr.passeurs.certificate.api.CertificateViews.CertificateView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.rest.AuthorizationFilter;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own certificates. */
@Path("me/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AuthorizationFilter.ANY_ROLE)
@SecurityRequirement(name = "basic")
@Tag(name = "Certificates")
public class MyCertificateResource {

  @Inject private CertificateReads certificates;
  @Inject private Caller caller;
  @Context private HttpHeaders headers;

  @GET
  @Operation(summary = "The caller's certificates, newest first, revoked ones included")
  public Page<CertificateView> mine(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    Input input = new Input();
    PageRequest request = PageRequest.of(input, page, size);
    input.throwIfInvalid();
    return certificates.mine(caller, request, Problems.language(headers));
  }
}
