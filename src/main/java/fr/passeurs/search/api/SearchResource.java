package fr.passeurs.search.api;

import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.rest.Problems;
import fr.passeurs.search.SearchKind;
import fr.passeurs.search.SearchQuery;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One search over the know-how, sessions, class visit offers, apprenticeship offers, places. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Search",
    description =
        "One search over know-how, sessions, class visit offers, apprenticeship offers and"
            + " manufactures, and completion while typing.")
public class SearchResource {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  @Inject private SearchReads search;
  @Context private HttpHeaders headers;

  @GET
  @PermitAll
  @Operation(
      summary = "Search everything",
      description =
          "Every word of q must match a word of the title, text, craft or place, as itself, its"
              + " plural or its beginning, ignoring case, accents and elisions (l', d'). When"
              + " nothing matches, a word of five letters or more is corrected by one letter and"
              + " didYouMean says how. kind (repeatable) among KNOW_HOW, SESSION, VISIT_OFFER,"
              + " APPRENTICESHIP_OFFER, MANUFACTURE; from and to (days) filter the dated kinds"
              + " only. Sorted by relevance, the rarest know-how first among equals, or by"
              + " distance with near=LAT,LON (radiusKm, default 50). facets count the results of"
              + " each kind, domain, region and rarity, ignoring that fact's own filter. Things"
              + " past, cancelled, archived or withdrawn are not found; full sessions are, marked"
              + " full.")
  public SearchViews.SearchAnswer search(
      @QueryParam("q") String q,
      @QueryParam("kind") List<String> kinds,
      @QueryParam("domain") String domain,
      @QueryParam("craft") String craft,
      @QueryParam("region") String region,
      @QueryParam("rarity") String rarity,
      @QueryParam("manufactureId") String manufactureId,
      @QueryParam("near") String near,
      @QueryParam("radiusKm") String radiusKm,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    Input input = new Input();
    SearchQuery.checkWords(input, q);
    Set<SearchKind> wanted = input.enumValues("kind", kinds, SearchKind.class);
    Input.Near place = input.near(near, radiusKm);
    GeoPoint point = place.point();
    LocalDate first = day(input, "from", from);
    LocalDate last = day(input, "to", to);
    if (first != null && last != null) {
      input.check(!last.isBefore(first), "to", "invalid.search.period");
    }
    PageRequest request = PageRequest.of(input, page, size);
    SearchQuery query =
        new SearchQuery(
            q,
            wanted,
            code(input, "domain", domain),
            code(input, "craft", craft),
            code(input, "region", region),
            code(input, "rarity", rarity),
            code(input, "manufactureId", manufactureId),
            point,
            place.radiusKm() == null ? SearchQuery.DEFAULT_RADIUS_KM : place.radiusKm(),
            first,
            last);
    input.throwIfInvalid();
    return search.search(query, request, Problems.language(headers));
  }

  @GET
  @Path("suggest")
  @PermitAll
  @Operation(
      summary = "Complete what is being typed",
      description =
          "Up to 8 titles of know-how, crafts and places whose words begin with every word of q,"
              + " the rarest know-how first.")
  public SearchViews.Suggestions suggest(@QueryParam("q") String q) {
    Input input = new Input();
    SearchQuery.checkWords(input, q);
    input.throwIfInvalid();
    return new SearchViews.Suggestions(search.suggest(q));
  }

  private static String code(Input input, String field, String raw) {
    if (Input.isBlank(raw)) {
      return null;
    }
    String value = raw.trim();
    input.check(CODE.matcher(value).matches(), field, "invalid.search.code");
    return field.equals("craft") || field.equals("manufactureId")
        ? value
        : value.toUpperCase(java.util.Locale.ROOT);
  }

  private static LocalDate day(Input input, String field, String raw) {
    if (Input.isBlank(raw)) {
      return null;
    }
    try {
      return LocalDate.parse(raw.trim());
    } catch (DateTimeParseException e) {
      input.reject(field, "invalid.type.day");
      return null;
    }
  }
}
