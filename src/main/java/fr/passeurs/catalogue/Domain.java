package fr.passeurs.catalogue;

/** The three material domains Passeurs covers. */
public enum Domain {
  TEXTILE,
  WOOD,
  METAL
}
