package fr.passeurs.catalogue.web;

import fr.passeurs.catalogue.Craft;
import fr.passeurs.catalogue.CraftService;
import fr.passeurs.catalogue.Domain;
import fr.passeurs.catalogue.KnowHow;
import fr.passeurs.catalogue.KnowHowContent;
import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.Recognition;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.PageAccess;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import fr.passeurs.workshop.Region;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The editor of a know-how entry, new or existing. */
@Named
@ViewScoped
public class KnowHowEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private KnowHowService knowHow;
  @Inject private CraftService crafts;
  @Inject private AccountService accounts;
  @Inject private ManufactureService manufactures;
  @Inject private Instance<Caller> caller;

  private String id;
  private boolean loaded;

  @NotBlank
  @Size(min = 3, max = 200)
  private String title;

  @NotBlank
  @Size(max = 500)
  private String summary;

  @Size(max = 8000)
  private String description;

  @NotNull private Domain domain = Domain.TEXTILE;
  private String craftCode;
  private List<String> techniques = new ArrayList<>();
  private Region region;
  private Recognition recognition;

  @Size(max = 500)
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
      KnowHow entry = knowHow.get(who, id);
      if (!knowHow.mayEdit(who, entry)) {
        PageAccess.endWith(403);
        return;
      }
      title = entry.title();
      summary = entry.summary();
      description = entry.description();
      domain = entry.domain();
      craftCode = entry.craft() == null ? null : entry.craft().code();
      techniques = new ArrayList<>(entry.techniques());
      region = entry.region();
      recognition = entry.recognition();
      recognitionUrl = entry.recognitionUrl();
      holderIds = new ArrayList<>(entry.holderIds());
      trainedOutside = entry.trainedOutside();
      version = entry.version();
      manufactureId = entry.manufactureId();
    } catch (DomainException e) {
      PageAccess.endWith(404);
    }
  }

  public String save() {
    if (recognition != null && (recognitionUrl == null || recognitionUrl.isBlank())) {
      Feedback.error("editor.recognitionUrlNeeded");
      return null;
    }
    KnowHowContent content =
        new KnowHowContent(
            title,
            summary,
            description,
            domain,
            craftCode == null || craftCode.isBlank() ? null : craftCode,
            techniques,
            region,
            manufactureId,
            recognition,
            recognition == null ? null : recognitionUrl,
            new LinkedHashSet<>(holderIds),
            trainedOutside);
    try {
      String saved =
          id == null || id.isBlank()
              ? knowHow.create(caller.get(), content).id()
              : knowHow.revise(caller.get(), id, content, version).id();
      Feedback.info("editor.saved");
      return "/catalogue/know-how?faces-redirect=true&id=" + saved;
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  /** The crafts of the chosen domain. */
  public List<Craft> getCraftChoices() {
    return crafts.all().stream().filter(c -> c.domain() == domain).toList();
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
    if (craftCode != null && crafts.find(craftCode).map(c -> c.domain() != domain).orElse(true)) {
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
