package fr.passeurs.visit.web;

import fr.passeurs.catalogue.Domain;
import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.Paging;
import fr.passeurs.search.SearchQuery;
import fr.passeurs.visit.AccessibilityNeed;
import fr.passeurs.visit.OfferQuery;
import fr.passeurs.visit.SchoolLevel;
import fr.passeurs.visit.VisitFormat;
import fr.passeurs.visit.api.VisitReads;
import fr.passeurs.visit.api.VisitViews.VisitOfferView;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public search of visit offers: by school level, format, day, accessibility, domain, and near
 * a manufacture's town or a point the teacher types, with the distance to each offer.
 */
@Named
@RequestScoped
public class OffersBean {

  private static final int SIZE = 20;

  @Inject private VisitReads visits;
  @Inject private ManufactureService manufactures;

  @Size(max = SearchQuery.MAX_LENGTH)
  private String q;

  private SchoolLevel level;
  private VisitFormat format;
  private LocalDate date;
  private List<String> needs = new ArrayList<>();
  private Domain domain;
  private String town;
  private String near;
  private Integer radius;
  private int page;

  private Page<VisitOfferView> results;
  private List<ManufactureSummary> towns;

  public String search() {
    return "/visits/offers?faces-redirect=true&includeViewParams=true";
  }

  /** The offers found, each with its distance from the place searched around (if any). */
  public Page<VisitOfferView> getResults() {
    if (results == null) {
      GeoPoint point = getPoint();
      double km = getRadius();
      OfferQuery query =
          new OfferQuery(level, format, date, needSet(), domain, null, null, null, point, km, q);
      Paging.Shown<VisitOfferView> shown =
          Paging.within(page, SIZE, p -> visits.offers(query, new PageRequest(p, SIZE)));
      page = shown.page();
      results = shown.results();
    }
    return results;
  }

  /** The place searched around: the typed point, else the chosen manufacture's; or none. */
  public GeoPoint getPoint() {
    if (near != null && !near.isBlank()) {
      return GeoPoint.parse(near);
    }
    if (town != null && !town.isBlank()) {
      return getTowns().stream()
          .filter(m -> m.id().equals(town))
          .map(ManufactureSummary::location)
          .findFirst()
          .orElse(null);
    }
    return null;
  }

  /** Refuses what is not "latitude,longitude". */
  public void validateNear(FacesContext faces, UIComponent input, Object value) {
    if (value instanceof String text && !text.isBlank() && GeoPoint.parse(text) == null) {
      String message = Feedback.text("offers.coordinatesInvalid");
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
  }

  /** The manufactures with a place, by town, to search around. */
  public List<ManufactureSummary> getTowns() {
    if (towns == null) {
      towns =
          manufactures.all().stream()
              .filter(m -> m.location() != null)
              .sorted(Comparator.comparing(ManufactureSummary::city))
              .toList();
    }
    return towns;
  }

  public SchoolLevel[] getLevels() {
    return SchoolLevel.values();
  }

  public VisitFormat[] getFormats() {
    return VisitFormat.values();
  }

  public Domain[] getDomains() {
    return Domain.values();
  }

  public AccessibilityNeed[] getAllNeeds() {
    return AccessibilityNeed.values();
  }

  public List<Integer> getRadii() {
    return List.of(10, 25, 50, 100, 200);
  }

  private Set<AccessibilityNeed> needSet() {
    Set<AccessibilityNeed> set = EnumSet.noneOf(AccessibilityNeed.class);
    for (String need : needs) {
      Arrays.stream(AccessibilityNeed.values())
          .filter(n -> n.name().equals(need))
          .findFirst()
          .ifPresent(set::add);
    }
    return set;
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return (long) (page + 1) * SIZE < getResults().total();
  }

  public SchoolLevel getLevel() {
    return level;
  }

  public void setLevel(SchoolLevel level) {
    this.level = level;
  }

  public VisitFormat getFormat() {
    return format;
  }

  public void setFormat(VisitFormat format) {
    this.format = format;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public List<String> getNeeds() {
    return needs;
  }

  public void setNeeds(List<String> needs) {
    this.needs = needs == null ? new ArrayList<>() : new ArrayList<>(needs);
  }

  /** The needs as one URL parameter, comma-separated. */
  public String getAccess() {
    return needs.isEmpty() ? null : String.join(",", needs);
  }

  public void setAccess(String access) {
    this.needs =
        access == null || access.isBlank()
            ? new ArrayList<>()
            : Arrays.stream(access.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
  }

  public Domain getDomain() {
    return domain;
  }

  public void setDomain(Domain domain) {
    this.domain = domain;
  }

  public String getTown() {
    return town;
  }

  public void setTown(String town) {
    this.town = town;
  }

  public String getNear() {
    return near;
  }

  public void setNear(String near) {
    this.near = near;
  }

  public Integer getRadius() {
    return radius == null ? 50 : radius;
  }

  public void setRadius(Integer radius) {
    this.radius = radius == null ? null : Math.max(1, Math.min(1000, radius));
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
