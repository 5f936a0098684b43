package fr.passeurs.workshop;

/**
 * A manufacture's name and postal address, as printed on the documents it is named in (the
 * certificates of the trainings held there).
 */
public record ManufactureAddress(
    String id, String name, String street, String postalCode, String city) {

  /** The address on one line: "1 rue des Ateliers, 23200 Aubusson". */
  public String oneLine() {
    return street + ", " + postalCode + " " + city;
  }
}
