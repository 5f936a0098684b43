package fr.passeurs.catalogue.web;

import fr.passeurs.catalogue.KnowHowQuery;
import fr.passeurs.catalogue.api.KnowHowReads;
import fr.passeurs.catalogue.api.KnowHowViews.KnowHowItem;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The home page: the rarest know-how first, since it is the most urgent to pass on. */
@Named
@RequestScoped
public class HomeBean {

  static final int HIGHLIGHTS = 6;

  @Inject private KnowHowReads knowHow;

  private List<KnowHowItem> rarest;

  public List<KnowHowItem> getRarest() {
    if (rarest == null) {
      rarest =
          knowHow
              .search(KnowHowQuery.all(), PageRequest.first(HIGHLIGHTS), Feedback.locale())
              .items();
    }
    return rarest;
  }
}
