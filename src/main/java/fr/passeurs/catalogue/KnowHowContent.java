package fr.passeurs.catalogue;

import fr.passeurs.platform.FieldError;
import fr.passeurs.platform.TextRules;
import fr.passeurs.workshop.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What an artisan or manager writes about a know-how; everything but what is computed. */
public record KnowHowContent(
    String title,
    String summary,
    String description,
    Domain domain,
    String craftCode,
    List<String> techniques,
    Region region,
    String manufactureId,
    Recognition recognition,
    String recognitionUrl,
    Set<String> holderIds,
    boolean trainedOutside) {

  public KnowHowContent {
    techniques = techniques == null ? List.of() : List.copyOf(techniques);
    holderIds = holderIds == null ? Set.of() : Set.copyOf(holderIds);
  }

  /**
   * What is wrong with this content whoever wrote it (the API or the page editor): its recognition
   * is a web address, which the public page links to.
   */
  public List<FieldError> problems() {
    List<FieldError> problems = new ArrayList<>();
    if (recognitionUrl != null && !TextRules.isWebAddress(recognitionUrl)) {
      problems.add(new FieldError("recognitionUrl", TextRules.WEB_ADDRESS));
    }
    return problems;
  }

  /** The same content with these holders. */
  public KnowHowContent withHolders(Set<String> holders) {
    return new KnowHowContent(
        title,
        summary,
        description,
        domain,
        craftCode,
        techniques,
        region,
        manufactureId,
        recognition,
        recognitionUrl,
        holders,
        trainedOutside);
  }

  /** The same content placed in this manufacture. */
  public KnowHowContent inManufacture(String manufacture) {
    return new KnowHowContent(
        title,
        summary,
        description,
        domain,
        craftCode,
        techniques,
        region,
        manufacture,
        recognition,
        recognitionUrl,
        holderIds,
        trainedOutside);
  }
}
