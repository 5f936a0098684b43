package fr.passeurs.catalogue.web;

import fr.passeurs.catalogue.KnowHowQuery;
import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.SearchHit;
import fr.passeurs.platform.rest.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page: the rarest know-how first, since it is the most urgent to pass on. */
@Named
@RequestScoped
public class HomeBean {

  static final int HIGHLIGHTS = 6;

  @Inject private KnowHowService knowHow;

  private List<SearchHit> rarest;

  public List<SearchHit> getRarest() {
    if (rarest == null) {
      rarest = knowHow.search(KnowHowQuery.all(), PageRequest.first(HIGHLIGHTS)).items();
    }
    return rarest;
  }
}
