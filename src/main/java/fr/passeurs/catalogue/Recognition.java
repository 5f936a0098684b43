package fr.passeurs.catalogue;

/** Heritage recognition of a know-how. */
public enum Recognition {
  /** On a UNESCO list of the intangible cultural heritage. */
  UNESCO,
  /** In the French national inventory of the intangible cultural heritage. */
  INVENTORY
}
