package fr.passeurs.search;

/** What a search result is. */
public enum SearchKind {
  KNOW_HOW,
  SESSION,
  VISIT_OFFER,
  APPRENTICESHIP_OFFER,
  MANUFACTURE
}
