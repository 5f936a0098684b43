package fr.passeurs.machinepark.api;

import fr.passeurs.machinepark.api.MachineParkViews.UsageView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A manufacture's monthly usage statements of its machines, for its own invoicing. */
@Path("manufactures")
@RequestScoped
@Tag(name = "Machine park")
public class UsageResource {

  @Inject private MachineParkReads park;
  @Inject private Caller caller;
  @Context private HttpHeaders headers;

  @PathParam("manufactureId")
  String manufactureId;

  @GET
  @Path("{manufactureId}/machine-usage")
  @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
  @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "The usage statement of a month, per person and machine (its managers, the admin)",
      description =
          "month YYYY-MM (Paris time); format json (the default), csv (column names in the"
              + " language of Accept-Language; hours and euros with a point) or pdf (in French)."
              + " Count: bookings held and ended, no-shows, cancellations after the free limit,"
              + " each at the rate of its booking; by the month its start falls in.")
  @Answers(status = 200, value = UsageView.class)
  @Answers(status = 200, value = String.class, mediaType = "text/csv")
  @Answers(status = 200, value = byte[].class, mediaType = "application/pdf")
  public Response usage(@QueryParam("month") String month, @QueryParam("format") String format) {
    java.time.YearMonth asked = MachineParkReads.month(month);
    String wanted = format == null || format.isBlank() ? "json" : format.strip();
    String file = "usage-" + asked + ".";
    return switch (wanted) {
      case "json" ->
          Response.ok(park.usage(caller, manufactureId, asked), MediaType.APPLICATION_JSON).build();
      case "csv" ->
          Response.ok(
                  park.usageCsv(caller, manufactureId, asked, Problems.language(headers))
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8))
              .type("text/csv; charset=UTF-8")
              .header("Content-Disposition", "attachment; filename=\"" + file + "csv\"")
              .build();
      case "pdf" ->
          Response.ok(park.usagePdf(caller, manufactureId, asked), "application/pdf")
              .header("Content-Disposition", "attachment; filename=\"" + file + "pdf\"")
              .build();
      default -> throw DomainException.invalid("format", "invalid.one-of", "json, csv, pdf");
    };
  }
}
