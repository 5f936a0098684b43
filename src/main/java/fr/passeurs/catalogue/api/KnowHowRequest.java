package fr.passeurs.catalogue.api;

import fr.passeurs.catalogue.Domain;
import fr.passeurs.catalogue.KnowHowContent;
import fr.passeurs.catalogue.Recognition;
import fr.passeurs.platform.MultiLine;
import fr.passeurs.platform.TextSize;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.workshop.Region;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A know-how entry as its author writes it. {@code version}, on an update, is the version the
 * author edited: if someone changed the entry since, the update is refused (409).
 */
public record KnowHowRequest(
    @NotBlank @Size(min = 3, max = 200) String title,
    @NotBlank @Size(max = 500) @MultiLine String summary,
    @Size(max = 8000) @MultiLine String description,
    @NotBlank @TextSize(max = 32) String domain,
    @Size(max = 64) String craftCode,
    @Size(max = 20) List<@TextSize(max = 100) String> techniques,
    @TextSize(max = 32) String region,
    @TextSize(max = 36) String manufactureId,
    @TextSize(max = 32) String recognition,
    @Size(max = 500) String recognitionUrl,
    @Size(max = 50) List<@TextSize(max = 36) String> holderIds,
    Boolean trainedOutside,
    Long version) {

  /**
   * Declared in full so that the constraints stay on the fields and accessors only: Payara's
   * OpenAPI generator fails on constraints it finds on constructor parameters.
   */
  public KnowHowRequest(
      String title,
      String summary,
      String description,
      String domain,
      String craftCode,
      List<String> techniques,
      String region,
      String manufactureId,
      String recognition,
      String recognitionUrl,
      List<String> holderIds,
      Boolean trainedOutside,
      Long version) {
    this.title = title;
    this.summary = summary;
    this.description = description;
    this.domain = domain;
    this.craftCode = craftCode;
    this.techniques = techniques;
    this.region = region;
    this.manufactureId = manufactureId;
    this.recognition = recognition;
    this.recognitionUrl = recognitionUrl;
    this.holderIds = holderIds;
    this.trainedOutside = trainedOutside;
    this.version = version;
  }

  KnowHowContent toContent() {
    Input input = new Input();
    Domain inDomain = input.enumValue("domain", domain, Domain.class);
    Region inRegion = input.enumValue("region", region, Region.class);
    Recognition recognised = input.enumValue("recognition", recognition, Recognition.class);
    input.check(
        recognised != null || Input.isBlank(recognitionUrl),
        "recognition",
        "invalid.know-how.recognition-needed",
        Input.namesOf(Recognition.class));
    input.check(
        recognised == null || !Input.isBlank(recognitionUrl),
        "recognitionUrl",
        "invalid.know-how.recognition-url-needed");
    if (techniques != null) {
      for (int i = 0; i < techniques.size(); i++) {
        String technique = techniques.get(i);
        input.check(
            technique != null && !technique.isBlank() && technique.length() <= 100,
            "techniques[" + i + "]",
            "invalid.length.range",
            1,
            100);
      }
    }
    if (holderIds != null) {
      for (int i = 0; i < holderIds.size(); i++) {
        input.check(!Input.isBlank(holderIds.get(i)), "holderIds[" + i + "]", "invalid.required");
      }
    }
    input.throwIfInvalid();
    return new KnowHowContent(
        title,
        summary,
        description,
        inDomain,
        Input.isBlank(craftCode) ? null : craftCode.trim(),
        techniques,
        inRegion,
        Input.isBlank(manufactureId) ? null : manufactureId.trim(),
        recognised,
        recognitionUrl,
        holderIds == null ? null : new LinkedHashSet<>(holderIds),
        Boolean.TRUE.equals(trainedOutside));
  }
}
