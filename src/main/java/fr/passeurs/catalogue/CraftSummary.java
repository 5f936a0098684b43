package fr.passeurs.catalogue;

/** A craft of the official list as other contexts see it: its code, domain and names. */
public record CraftSummary(String code, Domain domain, String nameFr, String nameEn) {}
