package fr.passeurs.certificate.api;

import fr.passeurs.certificate.StatusLists;
import fr.passeurs.certificate.api.CertificateViews.VerdictView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.MultiLine;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.TextSize;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.AuthorizationFilter;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.OptionalBody;
import fr.passeurs.platform.rest.Problems;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Certificates: anyone checks one (by its code, its credential or its PDF) and reads the status
 * lists; its recipient and the manufacture's managers download it; the managers revoke it or issue
 * it again.
 */
@Path("certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates")
public class CertificateResource {

  /** The media type of a credential secured as a JWT (VC-JOSE-COSE). */
  public static final String VC_JWT = "application/vc+jwt";

  @Inject private CertificateReads certificates;
  @Inject private StatusLists statusLists;
  @Inject private Caller caller;
  @Context private HttpHeaders headers;

  /** A credential to check, in JSON. */
  public record VerifyRequest(
      @TextSize(max = CertificateReads.MAX_CREDENTIAL) @MultiLine String credential) {}

  /** Why a certificate is revoked. */
  public record RevocationRequest(@TextSize(max = 500) @MultiLine String reason) {}

  @GET
  @Path("status-lists/{number}")
  @Produces(VC_JWT)
  @PermitAll
  @Operation(
      summary =
          "A status list credential (Bitstring Status List, VC-JWT), signed again at each"
              + " revocation")
  @Answers(status = 200, value = String.class, mediaType = VC_JWT)
  public Response statusList(@PathParam("number") String number) {
    int n;
    try {
      n = Integer.parseInt(number);
    } catch (NumberFormatException e) {
      throw DomainException.notFound("status-list", number);
    }
    return Response.ok(statusLists.credential(n), VC_JWT).build();
  }

  @POST
  @Path("verify")
  @Consumes(MediaType.APPLICATION_JSON)
  @PermitAll
  @Operation(
      summary = "Check a certificate: VALID, REVOKED, TAMPERED or UNKNOWN, with the reason",
      description =
          "Body {\"credential\": \"<VC-JWT>\"}, or the PDF (application/pdf), or the JWT as"
              + " text/plain.")
  public VerdictView verifyJson(@OptionalBody VerifyRequest body) {
    return verifyText(body == null ? null : body.credential());
  }

  @POST
  @Path("verify")
  @Consumes({MediaType.TEXT_PLAIN, VC_JWT})
  @PermitAll
  @Operation(summary = "Check a certificate given as its VC-JWT")
  public VerdictView verifyText(String jwt) {
    return certificates.verifyCredential(jwt, language());
  }

  @POST
  @Path("verify")
  @Consumes("application/pdf")
  @PermitAll
  @Operation(summary = "Check a certificate given as its PDF")
  public VerdictView verifyPdf(byte[] pdf) {
    return certificates.verifyPdf(pdf, language());
  }

  @GET
  @Path("{code}")
  @PermitAll
  @Operation(summary = "A certificate by its code, as the verification page shows it")
  public VerdictView get(@PathParam("code") String code) {
    return certificates.byCode(code, language());
  }

  @GET
  @Path("{code}/pdf")
  @Produces("application/pdf")
  @RolesAllowed(AuthorizationFilter.ANY_ROLE)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "The PDF as issued (its recipient, the manufacture's managers, the admin)")
  @Answers(status = 200, value = byte[].class, mediaType = "application/pdf")
  public Response pdf(@PathParam("code") String code) {
    CertificateReads.IssuedFiles files = certificates.files(caller, code);
    return Response.ok(files.pdf(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + files.fileName() + "\"")
        .header("Digest", "sha-256=" + files.pdfSha256())
        .build();
  }

  @GET
  @Path("{code}/credential")
  @Produces(VC_JWT)
  @RolesAllowed(AuthorizationFilter.ANY_ROLE)
  @SecurityRequirement(name = "basic")
  @Operation(summary = "The signed credential (VC-JWT) as issued")
  @Answers(status = 200, value = String.class, mediaType = VC_JWT)
  public Response credential(@PathParam("code") String code) {
    return Response.ok(certificates.files(caller, code).credential(), VC_JWT).build();
  }

  @POST
  @Path("{code}/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Revoke a certificate for good, with its reason (the manufacture's managers)")
  public VerdictView revoke(@PathParam("code") String code, RevocationRequest body) {
    RevocationRequest given = Input.requiredBody(body);
    return certificates.revoke(caller, code, given.reason(), language());
  }

  @POST
  @Path("{code}/reissue")
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Issue again from the register as it is now; the old certificate is superseded")
  public VerdictView reissue(@PathParam("code") String code) {
    return certificates.reissue(caller, code, language());
  }

  /** The language the client asked for, for the reasons of revocations and checks. */
  private Locale language() {
    return Problems.language(headers);
  }
}
