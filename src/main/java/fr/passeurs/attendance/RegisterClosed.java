package fr.passeurs.attendance;

/**
 * The trainer closed the last open half-day of a session's register: every hour is accounted for,
 * and what depends on the register (the participants' certificates) may follow. Fired as a CDI
 * event inside the closing transaction: what observers record with it is committed with the
 * closing, or not at all.
 */
public record RegisterClosed(String sessionId) {}
