package fr.passeurs.workshop.api;

import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.MultiLine;
import fr.passeurs.platform.TextSize;
import fr.passeurs.platform.rest.Input;
import fr.passeurs.workshop.ManufactureDetails;
import fr.passeurs.workshop.Region;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A manufacture as the admin opens it or its manager describes it. */
public record ManufactureRequest(
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 200) String street,
    @NotBlank @Pattern(regexp = "\\d{5}", message = "{invalid.postal-code}") @TextSize(max = 10)
        String postalCode,
    @NotBlank @Size(max = 100) String city,
    @NotBlank @TextSize(max = 32) String region,
    @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
    @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
    @Size(max = 4000) @MultiLine String description) {

  /**
   * Declared in full so that the constraints stay on the fields and accessors only: Payara's
   * OpenAPI generator fails on constraints it finds on constructor parameters.
   */
  public ManufactureRequest(
      String name,
      String street,
      String postalCode,
      String city,
      String region,
      Double latitude,
      Double longitude,
      String description) {
    this.name = name;
    this.street = street;
    this.postalCode = postalCode;
    this.city = city;
    this.region = region;
    this.latitude = latitude;
    this.longitude = longitude;
    this.description = description;
  }

  ManufactureDetails toDetails() {
    Input input = new Input();
    Region parsed = input.enumValue("region", region, Region.class);
    input.throwIfInvalid();
    return new ManufactureDetails(
        name, street, postalCode, city, parsed, new GeoPoint(latitude, longitude), description);
  }
}
