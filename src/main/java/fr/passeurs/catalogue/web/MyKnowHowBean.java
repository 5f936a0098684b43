package fr.passeurs.catalogue.web;

import fr.passeurs.catalogue.api.KnowHowReads;
import fr.passeurs.catalogue.api.KnowHowViews.KnowHowItem;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** An artisan's (or manager's) list of the entries they look after. */
@Named
@RequestScoped
public class MyKnowHowBean {

  @Inject private KnowHowReads knowHow;
  @Inject private Caller caller;

  private List<KnowHowItem> entries;

  public List<KnowHowItem> getEntries() {
    if (entries == null) {
      entries =
          knowHow.mine(caller, PageRequest.first(PageRequest.MAX_SIZE), Feedback.locale()).items();
    }
    return entries;
  }

  public String archive(String id) {
    try {
      knowHow.archive(caller, id);
      Feedback.info("mine.archived");
    } catch (DomainException e) {
      Feedback.refusal(e);
    }
    return "/artisan/my-know-how?faces-redirect=true";
  }
}
