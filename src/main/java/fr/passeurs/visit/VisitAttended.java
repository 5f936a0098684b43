package fr.passeurs.visit;

/**
 * The teacher confirmed the numbers of pupils and adults present at a class visit done: what
 * follows from a visit made (the teacher's attestation of visit) may follow. Fired as a CDI event
 * inside the confirming transaction: what observers record with it is committed with the
 * confirmation, or not at all.
 */
public record VisitAttended(String bookingId) {}
