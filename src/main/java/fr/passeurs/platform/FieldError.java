package fr.passeurs.platform;

/** One rejected input: the field (a JSON property or query parameter) and why. */
public record FieldError(String field, String message) {}
