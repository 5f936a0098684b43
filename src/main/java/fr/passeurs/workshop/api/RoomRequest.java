package fr.passeurs.workshop.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A room as its manager describes it. */
public record RoomRequest(
    @NotBlank @Size(max = 120) String name,
    @NotNull @Min(1) @Max(500) Integer capacity,
    Boolean wheelchairAccessible) {

  /**
   * Declared in full: Payara's OpenAPI generator fails on constraints on constructor parameters.
   */
  public RoomRequest(String name, Integer capacity, Boolean wheelchairAccessible) {
    this.name = name;
    this.capacity = capacity;
    this.wheelchairAccessible = wheelchairAccessible;
  }
}
