package fr.passeurs.scheduling;

import fr.passeurs.platform.TimeRange;

/** A reservation as other contexts and the pages see it. */
public record ReservationView(
    String id,
    ResourceType resourceType,
    String resourceId,
    String resourceLabel,
    String manufactureId,
    TimeRange time,
    HolderType holderType,
    String holderId,
    String label) {}
