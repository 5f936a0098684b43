package fr.passeurs.catalogue.api;

import fr.passeurs.catalogue.Craft;

/** A craft of the official list. */
public record CraftView(String code, String domain, String nameFr, String nameEn, String source) {

  static CraftView of(Craft craft) {
    return craft == null
        ? null
        : new CraftView(
            craft.code(), craft.domain().name(), craft.nameFr(), craft.nameEn(), craft.source());
  }
}
