package fr.passeurs.workshop;

/** The 18 regions of France (13 in mainland France and Corsica, 5 overseas). */
public enum Region {
  AUVERGNE_RHONE_ALPES("Auvergne-Rhône-Alpes"),
  BOURGOGNE_FRANCHE_COMTE("Bourgogne-Franche-Comté"),
  BRETAGNE("Bretagne"),
  CENTRE_VAL_DE_LOIRE("Centre-Val de Loire"),
  CORSE("Corse"),
  GRAND_EST("Grand Est"),
  HAUTS_DE_FRANCE("Hauts-de-France"),
  ILE_DE_FRANCE("Île-de-France"),
  NORMANDIE("Normandie"),
  NOUVELLE_AQUITAINE("Nouvelle-Aquitaine"),
  OCCITANIE("Occitanie"),
  PAYS_DE_LA_LOIRE("Pays de la Loire"),
  PROVENCE_ALPES_COTE_D_AZUR("Provence-Alpes-Côte d'Azur"),
  GUADELOUPE("Guadeloupe"),
  MARTINIQUE("Martinique"),
  GUYANE("Guyane"),
  LA_REUNION("La Réunion"),
  MAYOTTE("Mayotte");

  private final String label;

  Region(String label) {
    this.label = label;
  }

  /** The region's official name, in French. */
  public String label() {
    return label;
  }

  /** The region with that official name (accents and case as in the official name), or null. */
  public static Region byLabel(String label) {
    for (Region region : values()) {
      if (region.label.equalsIgnoreCase(label == null ? "" : label.trim())) {
        return region;
      }
    }
    return null;
  }
}
