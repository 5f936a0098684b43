package fr.passeurs.workshop;

/** What a manager says of a machine. */
public record MachineDetails(
    String name, String kind, String roomId, boolean requiresAuthorisation, Integer minimumAge) {}
