package fr.passeurs.catalogue.web;

import fr.passeurs.catalogue.Domain;
import fr.passeurs.catalogue.Recognition;
import fr.passeurs.catalogue.api.CraftView;
import fr.passeurs.catalogue.api.KnowHowReads;
import fr.passeurs.catalogue.api.KnowHowRequest;
import fr.passeurs.catalogue.api.KnowHowViews.Holder;
import fr.passeurs.catalogue.api.KnowHowViews.KnowHowEntry;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.LimitsOf;
import fr.passeurs.platform.web.PageAccess;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import fr.passeurs.workshop.Region;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor of a know-how entry, new or existing: it reads the API's {@link KnowHowEntry} and
 * sends a {@link KnowHowRequest}, whose limits its fields take.
 */
@Named
@ViewScoped
public class KnowHowEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private KnowHowReads knowHow;
  @Inject private AccountService accounts;
  @Inject private ManufactureService manufactures;
  @Inject private Instance<Caller> caller;

  private String id;
  private boolean loaded;

  @LimitsOf(KnowHowRequest.class)
  private String title;

  @LimitsOf(KnowHowRequest.class)
  private String summary;

  @LimitsOf(KnowHowRequest.class)
  private String description;

  @NotNull private Domain domain = Domain.TEXTILE;
  private String craftCode;
  private List<String> techniques = new ArrayList<>();
  private Region region;
  private Recognition recognition;

  @LimitsOf(KnowHowRequest.class)
  private String recognitionUrl;

  private List<String> holderIds = new ArrayList<>();
  private boolean trainedOutside;
  private Long version;
  private String manufactureId;

  /** Fills the form from the entry being edited, once per view. */
  public void load() throws IOException {
    if (loaded) {
      return;
    }
    loaded = true;
    Caller who = caller.get();
    if (id == null || id.isBlank()) {
      manufactureId = who.manufactureId();
      // a new entry is of its manufacture's region, where people will look for it
      region =
          manufactureId == null
              ? null
              : manufactures.summary(manufactureId).map(ManufactureSummary::region).orElse(null);
      return;
    }
    try {
      KnowHowEntry entry = knowHow.entry(who, id, Feedback.locale());
      if (!entry.editable()) {
        PageAccess.endWith(403);
        return;
      }
      title = entry.title();
      summary = entry.summary();
      description = entry.description();
      domain = Domain.valueOf(entry.domain());
      craftCode = entry.craft() == null ? null : entry.craft().code();
      techniques = new ArrayList<>(entry.techniques());
      region = entry.region() == null ? null : Region.valueOf(entry.region());
      recognition =
          entry.recognition() == null ? null : Recognition.valueOf(entry.recognition().type());
      recognitionUrl = entry.recognition() == null ? null : entry.recognition().url();
      holderIds = new ArrayList<>(entry.holders().stream().map(Holder::id).toList());
      trainedOutside = entry.trainedOutside();
      version = entry.version();
      manufactureId = entry.manufacture() == null ? null : entry.manufacture().id();
    } catch (DomainException e) {
      PageAccess.endWith(404);
    }
  }

  /** Sends the entry as the API would; a refusal names the field it is about. */
  public String save() {
    // clearing the recognition clears its address with it
    KnowHowRequest request =
        new KnowHowRequest(
            title,
            summary,
            description,
            domain.name(),
            craftCode,
            techniques,
            region == null ? null : region.name(),
            manufactureId,
            recognition == null ? null : recognition.name(),
            recognition == null ? null : recognitionUrl,
            holderIds,
            trainedOutside,
            version);
    try {
      String saved =
          isNew()
              ? knowHow.create(caller.get(), request, Feedback.locale()).id()
              : knowHow.revise(caller.get(), id, request, Feedback.locale()).id();
      Feedback.info("editor.saved");
      return "/catalogue/know-how?faces-redirect=true&id=" + saved;
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  /** The crafts of the chosen domain. */
  public List<CraftView> getCraftChoices() {
    return knowHow.crafts().stream().filter(c -> c.domain().equals(domain.name())).toList();
  }

  /** The artisans who may be named as holders: those of the manufacture, and current holders. */
  public Map<String, String> getHolderChoices() {
    Map<String, String> choices = new LinkedHashMap<>();
    for (AccountSummary artisan : accounts.artisansOf(manufactureId)) {
      choices.put(artisan.id(), artisan.displayName());
    }
    for (AccountSummary holder : accounts.summaries(holderIds).values()) {
      choices.putIfAbsent(holder.id(), holder.displayName());
    }
    return choices;
  }

  public void domainChanged() {
    if (craftCode != null
        && getCraftChoices().stream().noneMatch(c -> c.code().equals(craftCode))) {
      craftCode = null;
    }
  }

  public boolean isNew() {
    return id == null || id.isBlank();
  }

  public Domain[] getDomains() {
    return Domain.values();
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public Recognition[] getRecognitions() {
    return Recognition.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Domain getDomain() {
    return domain;
  }

  public void setDomain(Domain domain) {
    this.domain = domain;
  }

  public String getCraftCode() {
    return craftCode;
  }

  public void setCraftCode(String craftCode) {
    this.craftCode = craftCode;
  }

  public List<String> getTechniques() {
    return techniques;
  }

  public void setTechniques(List<String> techniques) {
    this.techniques = techniques == null ? new ArrayList<>() : new ArrayList<>(techniques);
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }

  public Recognition getRecognition() {
    return recognition;
  }

  public void setRecognition(Recognition recognition) {
    this.recognition = recognition;
  }

  public String getRecognitionUrl() {
    return recognitionUrl;
  }

  public void setRecognitionUrl(String recognitionUrl) {
    this.recognitionUrl = recognitionUrl;
  }

  public List<String> getHolderIds() {
    return holderIds;
  }

  public void setHolderIds(List<String> holderIds) {
    this.holderIds = holderIds == null ? new ArrayList<>() : new ArrayList<>(holderIds);
  }

  public boolean isTrainedOutside() {
    return trainedOutside;
  }

  public void setTrainedOutside(boolean trainedOutside) {
    this.trainedOutside = trainedOutside;
  }
}
