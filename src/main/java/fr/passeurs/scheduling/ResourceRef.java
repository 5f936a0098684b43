package fr.passeurs.scheduling;

/** A resource to reserve, with the name people know it by. */
public record ResourceRef(ResourceType type, String id, String label) {}
