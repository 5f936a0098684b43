package fr.passeurs.workshop.api;

import fr.passeurs.platform.TextSize;
import fr.passeurs.workshop.MachineDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A machine as its manager describes it. */
public record MachineRequest(
    @NotBlank @Size(max = 120) String name,
    @NotBlank @Size(max = 80) String kind,
    @TextSize(max = 36) String roomId,
    Boolean requiresAuthorisation,
    @Min(0) @Max(99) Integer minimumAge) {

  /**
   * Declared in full: Payara's OpenAPI generator fails on constraints on constructor parameters.
   */
  public MachineRequest(
      String name, String kind, String roomId, Boolean requiresAuthorisation, Integer minimumAge) {
    this.name = name;
    this.kind = kind;
    this.roomId = roomId;
    this.requiresAuthorisation = requiresAuthorisation;
    this.minimumAge = minimumAge;
  }

  MachineDetails toDetails() {
    return new MachineDetails(
        name,
        kind,
        roomId == null || roomId.isBlank() ? null : roomId,
        Boolean.TRUE.equals(requiresAuthorisation),
        minimumAge);
  }
}
