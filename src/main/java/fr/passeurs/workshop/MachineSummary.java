package fr.passeurs.workshop;

/** A machine as other contexts see it. */
public record MachineSummary(
    String id,
    String manufactureId,
    String roomId,
    String name,
    String kind,
    boolean requiresAuthorisation,
    Integer minimumAge) {}
