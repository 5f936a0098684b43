package fr.passeurs.matching;

/** Whether an apprenticeship offer takes applications. */
public enum OfferStatus {
  OPEN,
  CLOSED
}
