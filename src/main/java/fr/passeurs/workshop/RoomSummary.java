package fr.passeurs.workshop;

/** A room as other contexts see it. */
public record RoomSummary(
    String id, String manufactureId, String name, int capacity, boolean wheelchairAccessible) {}
