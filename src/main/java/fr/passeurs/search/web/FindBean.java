package fr.passeurs.search.web;

import fr.passeurs.platform.Messages;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.search.SearchKind;
import fr.passeurs.search.SearchQuery;
import fr.passeurs.search.api.SearchReads;
import fr.passeurs.search.api.SearchViews.FoundHighlight;
import fr.passeurs.search.api.SearchViews.FoundItem;
import fr.passeurs.search.api.SearchViews.FoundPart;
import fr.passeurs.search.api.SearchViews.SearchAnswer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The search page: the words of the header's box, the facts clicked in the facets, a page of
 * results of every kind. All are view parameters: a search is a link.
 */
@Named
@RequestScoped
public class FindBean {

  static final int PAGE_SIZE = 10;

  /** Longest search kept from the address. */
  static final int MAX_LENGTH = 200;

  @Inject private SearchReads search;

  private String q;
  private String kind;
  private String domain;
  private String region;
  private String rarity;
  private int page;
  private SearchAnswer answer;

  /** A value of a facet, its count, whether it is chosen, and the search a click on it makes. */
  public record FacetValue(
      String value,
      String label,
      long count,
      boolean chosen,
      String kind,
      String domain,
      String region,
      String rarity) {}

  /** A facet: its name, its label, its values by count. */
  public record Facet(String name, String label, List<FacetValue> values) {}

  public SearchAnswer getAnswer() {
    if (answer == null) {
      SearchQuery query =
          new SearchQuery(
              q,
              kindChosen() == null ? Set.of() : Set.of(kindChosen()),
              code(domain),
              null,
              code(region),
              code(rarity),
              null,
              null,
              SearchQuery.DEFAULT_RADIUS_KM,
              null,
              null);
      answer = search.search(query, new PageRequest(Math.max(page, 0), PAGE_SIZE), locale());
      if (answer.items().isEmpty() && page > 0 && answer.total() > 0) {
        page = (int) ((answer.total() - 1) / PAGE_SIZE);
        answer = search.search(query, new PageRequest(page, PAGE_SIZE), locale());
      }
    }
    return answer;
  }

  /** The facets of the answer, each value with the link that adds it or, chosen, removes it. */
  public List<Facet> getFacets() {
    List<Facet> facets = new ArrayList<>();
    for (Map.Entry<String, Map<String, Long>> facet : getAnswer().facets().entrySet()) {
      String name = facet.getKey();
      List<FacetValue> values = new ArrayList<>();
      facet.getValue().entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
          .forEach(
              value -> {
                boolean chosen = value.getKey().equals(chosen(name));
                String next = chosen ? null : value.getKey();
                values.add(
                    new FacetValue(
                        value.getKey(),
                        label(name, value.getKey()),
                        value.getValue(),
                        chosen,
                        name.equals("kind") ? next : kind,
                        name.equals("domain") ? next : domain,
                        name.equals("region") ? next : region,
                        name.equals("rarity") ? next : rarity));
              });
      if (!values.isEmpty()) {
        facets.add(new Facet(name, Feedback.text("find.facet." + name), values));
      }
    }
    return facets;
  }

  /** The page of a found thing, by its kind. */
  public String outcomeOf(FoundItem item) {
    return switch (item.kind()) {
      case KNOW_HOW -> "/catalogue/know-how";
      case SESSION -> "/training/session";
      case VISIT_OFFER -> "/visits/offer";
      case MANUFACTURE -> "/manufacture";
      case APPRENTICESHIP_OFFER -> "/me/apprenticeship-offers";
    };
  }

  /** The title or text of a found thing in parts, the words found marked when there are any. */
  public List<FoundPart> partsOf(FoundItem item, String field) {
    return item.highlights().stream()
        .filter(highlight -> highlight.field().equals(field))
        .findFirst()
        .map(FoundHighlight::parts)
        .orElseGet(
            () ->
                List.of(new FoundPart(field.equals("title") ? item.title() : item.text(), false)));
  }

  /** The days of a dated thing: one day, or from one to another. */
  public String period(FoundItem item) {
    Locale language = locale();
    return item.to() == null || item.to().equals(item.from())
        ? Messages.day(item.from(), language)
        : Feedback.text(
            "find.period", Messages.day(item.from(), language), Messages.day(item.to(), language));
  }

  public String label(String facet, String value) {
    return switch (facet) {
      case "kind" -> Feedback.text("find.kind." + value);
      case "domain" -> Feedback.text("domain." + value);
      case "region" -> Feedback.text("region." + value);
      case "rarity" -> Feedback.text("rarity." + value);
      default -> value;
    };
  }

  public int getPageCount() {
    return (int) Math.max(1, (getAnswer().total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return page + 1 < getPageCount();
  }

  private String chosen(String facet) {
    return switch (facet) {
      case "kind" -> kind;
      case "domain" -> domain;
      case "region" -> region;
      case "rarity" -> rarity;
      default -> null;
    };
  }

  private SearchKind kindChosen() {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return SearchKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static String code(String raw) {
    return raw == null || raw.isBlank() || !raw.matches("[A-Za-z_]{1,64}")
        ? null
        : raw.trim().toUpperCase(Locale.ROOT);
  }

  private static Locale locale() {
    return Feedback.locale();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null || q.length() <= MAX_LENGTH ? q : q.substring(0, MAX_LENGTH);
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getDomain() {
    return domain;
  }

  public void setDomain(String domain) {
    this.domain = domain;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getRarity() {
    return rarity;
  }

  public void setRarity(String rarity) {
    this.rarity = rarity;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(page, 0);
  }
}
