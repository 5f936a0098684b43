package fr.passeurs.catalogue.web;

import fr.passeurs.catalogue.Domain;
import fr.passeurs.catalogue.KnowHowQuery;
import fr.passeurs.catalogue.Rarity;
import fr.passeurs.catalogue.api.CraftView;
import fr.passeurs.catalogue.api.KnowHowReads;
import fr.passeurs.catalogue.api.KnowHowViews.KnowHowItem;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.Paging;
import fr.passeurs.workshop.Region;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The catalogue search page. Its filters are view parameters, so that a search is a link that can
 * be bookmarked and shared, and the back button works.
 */
@Named
@RequestScoped
public class SearchBean {

  static final int PAGE_SIZE = 10;

  @Inject private KnowHowReads knowHow;

  private String q;
  private Domain domain;
  private Region region;
  private Rarity rarity;
  private String craft;
  private int page;
  private Page<KnowHowItem> results;

  /** Re-runs the search with the form's values, as a bookmarkable address. */
  public String search() {
    page = 0;
    return "/catalogue/search?faces-redirect=true&includeViewParams=true";
  }

  public Page<KnowHowItem> getResults() {
    if (results == null) {
      KnowHowQuery query =
          new KnowHowQuery(
              q,
              domain,
              craft == null || craft.isBlank() ? null : craft,
              region,
              rarity,
              null,
              null,
              KnowHowQuery.DEFAULT_RADIUS_KM);
      Paging.Shown<KnowHowItem> shown =
          Paging.within(
              page,
              PAGE_SIZE,
              p -> knowHow.search(query, new PageRequest(p, PAGE_SIZE), Feedback.locale()));
      page = shown.page();
      results = shown.results();
    }
    return results;
  }

  public int getPageCount() {
    return (int) Math.max(1, (getResults().total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return page + 1 < getPageCount();
  }

  public Domain[] getDomains() {
    return Domain.values();
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public Rarity[] getRarities() {
    return Rarity.values();
  }

  public List<CraftView> getCrafts() {
    return knowHow.crafts();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public Domain getDomain() {
    return domain;
  }

  public void setDomain(Domain domain) {
    this.domain = domain;
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }

  public Rarity getRarity() {
    return rarity;
  }

  public void setRarity(Rarity rarity) {
    this.rarity = rarity;
  }

  public String getCraft() {
    return craft;
  }

  public void setCraft(String craft) {
    this.craft = craft;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(0, Math.min(page, 100_000));
  }
}
