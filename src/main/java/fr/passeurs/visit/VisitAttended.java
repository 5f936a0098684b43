package fr.passeurs.visit;

/**
 * The teacher confirmed the numbers of pupils and adults present at a class visit done: what
 * follows from a visit made (the teacher's attestation of visit) may follow. Fired as a CDI event
 * inside the confirming transaction; observers that act on it wait for its success.
 */
public record VisitAttended(String bookingId) {}
