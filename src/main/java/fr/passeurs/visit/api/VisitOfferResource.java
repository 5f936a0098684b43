package fr.passeurs.visit.api;

import fr.passeurs.catalogue.Domain;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Answers;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.search.SearchQuery;
import fr.passeurs.visit.AccessibilityNeed;
import fr.passeurs.visit.OfferQuery;
import fr.passeurs.visit.SchoolLevel;
import fr.passeurs.visit.VisitFormat;
import fr.passeurs.visit.api.VisitViews.VisitOfferView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Visit offers: artisans and managers publish them, teachers search them. */
@Path("visit-offers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Class visits")
public class VisitOfferResource {

  @Inject private VisitReads visits;
  @Inject private Caller caller;

  @GET
  @PermitAll
  @Operation(
      summary = "Search visit offers open to booking",
      description =
          "level, format, date (YYYY-MM-DD: offers that can take place that day), accessibility"
              + " (comma-separated: adapted to every need), domain, knowHow, manufacture, artisan,"
              + " near=LAT,LON and radiusKm (default 50); q: every word must match, as in"
              + " /api/search, the offer's title, its description, its know-how's title or its town (the 1,000"
              + " most relevant). By title, or nearest first near a place.")
  public Page<VisitOfferView> search(
      @QueryParam("q") String q,
      @QueryParam("level") String level,
      @QueryParam("format") String format,
      @QueryParam("date") String date,
      @QueryParam("accessibility") String accessibility,
      @QueryParam("domain") String domain,
      @QueryParam("knowHow") String knowHow,
      @QueryParam("manufacture") String manufacture,
      @QueryParam("artisan") String artisan,
      @QueryParam("near") String near,
      @QueryParam("radiusKm") String radiusKm,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Input input = new Input();
    SearchQuery.checkWords(input, q);
    LocalDate day = null;
    if (!Input.isBlank(date)) {
      try {
        day = LocalDate.parse(date.trim());
      } catch (DateTimeParseException e) {
        input.reject("date", "invalid.visit.day");
      }
    }
    Input.Near place = input.near(near, radiusKm);
    GeoPoint point = place.point();
    Double radius = place.radiusKm();
    List<String> needs =
        Input.isBlank(accessibility) ? List.of() : Arrays.asList(accessibility.split(","));
    OfferQuery query =
        new OfferQuery(
            input.enumValue("level", level, SchoolLevel.class),
            input.enumValue("format", format, VisitFormat.class),
            day,
            input.enumValues("accessibility", needs, AccessibilityNeed.class),
            input.enumValue("domain", domain, Domain.class),
            blankToNull(knowHow),
            blankToNull(manufacture),
            blankToNull(artisan),
            point,
            radius == null ? 50 : radius,
            q);
    PageRequest request = PageRequest.of(input, page, size);
    input.throwIfInvalid();
    return visits.offers(query, request);
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "One visit offer")
  public VisitOfferView get(@PathParam("id") String id) {
    return visits.offer(id);
  }

  @POST
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(
      summary = "Publish a visit offer",
      description =
          "An artisan, for a know-how they hold, hosting it; a manager, naming the host artisan"
              + " of their manufacture (artisanId). The room is one of the manufacture's.")
  @Answers(status = 201, value = VisitOfferView.class)
  public Response publish(VisitOfferRequest body, @Context UriInfo uri) {
    VisitOfferView offer = visits.publish(caller, Input.requiredBody(body));
    return Response.created(uri.getAbsolutePathBuilder().path(offer.id()).build())
        .entity(offer)
        .build();
  }

  @POST
  @Path("{id}/withdraw")
  @RolesAllowed({Role.ARTISAN_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "basic")
  @Operation(summary = "Withdraw an offer: no new bookings; those made stand")
  public VisitOfferView withdraw(@PathParam("id") String id) {
    return visits.withdraw(caller, id);
  }

  static String blankToNull(String value) {
    return Input.isBlank(value) ? null : value.trim();
  }
}
