package fr.passeurs.catalogue.api;

import fr.passeurs.catalogue.KnowHow;
import fr.passeurs.catalogue.KnowHowDetail;
import fr.passeurs.catalogue.SearchHit;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.workshop.ManufactureSummary;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** How know-how entries look in the API. */
public final class KnowHowViews {

  private KnowHowViews() {}

  /** A manufacture, as far as an entry says. */
  public record ManufactureRef(String id, String name, String city, String region) {
    static ManufactureRef of(ManufactureSummary m) {
      return m == null ? null : new ManufactureRef(m.id(), m.name(), m.city(), m.region().name());
    }
  }

  /** Heritage recognition with the address of its reference. */
  public record RecognitionView(String type, String url) {}

  /** How endangered, and why (in the language the client asked). */
  public record RarityView(String level, int holders, boolean trained, String reason) {
    static RarityView of(KnowHow k, Locale language) {
      return new RarityView(
          k.rarity().name(), k.holderCount(), k.isTrained(), k.rarityReason().in(language));
    }
  }

  /** An artisan who practises the know-how. */
  public record Holder(String id, String displayName, boolean active) {
    static Holder of(AccountSummary a) {
      return new Holder(a.id(), a.displayName(), a.isActive());
    }
  }

  /** An entry in a list of search results. */
  public record KnowHowItem(
      String id,
      String title,
      String summary,
      String domain,
      CraftView craft,
      String region,
      String regionName,
      ManufactureRef manufacture,
      RecognitionView recognition,
      RarityView rarity,
      boolean archived,
      Double distanceKm) {

    static KnowHowItem of(SearchHit hit, Locale language) {
      return of(hit.entry(), hit.manufacture(), hit.distanceKm(), language);
    }

    static KnowHowItem of(
        KnowHow k, ManufactureSummary manufacture, Double distanceKm, Locale language) {
      return new KnowHowItem(
          k.id(),
          k.title(),
          k.summary(),
          k.domain().name(),
          CraftView.of(k.craft()),
          k.region() == null ? null : k.region().name(),
          k.region() == null ? null : k.region().label(),
          ManufactureRef.of(manufacture),
          recognitionOf(k),
          RarityView.of(k, language),
          k.archived(),
          distanceKm == null ? null : Math.round(distanceKm * 10) / 10.0);
    }
  }

  /** An entry in full. */
  public record KnowHowEntry(
      String id,
      String title,
      String summary,
      String description,
      String domain,
      CraftView craft,
      List<String> techniques,
      String region,
      String regionName,
      ManufactureRef manufacture,
      Double latitude,
      Double longitude,
      RecognitionView recognition,
      List<Holder> holders,
      boolean trainedOutside,
      boolean trainedOnPlatform,
      RarityView rarity,
      boolean archived,
      boolean editable,
      long version,
      Instant createdAt,
      Instant updatedAt) {

    static KnowHowEntry of(KnowHowDetail detail, Locale language) {
      KnowHow k = detail.entry();
      return new KnowHowEntry(
          k.id(),
          k.title(),
          k.summary(),
          k.description(),
          k.domain().name(),
          CraftView.of(k.craft()),
          k.techniques(),
          k.region() == null ? null : k.region().name(),
          k.region() == null ? null : k.region().label(),
          ManufactureRef.of(detail.manufacture()),
          k.location() == null ? null : k.location().latitude(),
          k.location() == null ? null : k.location().longitude(),
          recognitionOf(k),
          detail.holders().stream().map(Holder::of).toList(),
          k.trainedOutside(),
          k.trainedOnPlatform(),
          RarityView.of(k, language),
          k.archived(),
          detail.editable(),
          k.version(),
          k.createdAt(),
          k.updatedAt());
    }
  }

  private static RecognitionView recognitionOf(KnowHow k) {
    return k.recognition() == null
        ? null
        : new RecognitionView(k.recognition().name(), k.recognitionUrl());
  }
}
