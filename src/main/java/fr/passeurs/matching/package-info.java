/**
 * Apprenticeship matching: master artisans publish apprenticeship offers, each with a number of
 * places; apprentices apply to up to ten offers, in their order of preference; each master ranks
 * the applicants to their offer, and may mark some of them unacceptable. A matching round takes
 * these applications and rankings at once and gives each apprentice at most one offer; each pair it
 * makes becomes an apprenticeship.
 *
 * <p>The computation of a round itself lives apart, in {@code matching.core}: plain arrays, the
 * tie-break that makes the masters' rankings strict (its seed stored with the round), deferred
 * acceptance, the checks that prove a result stable, and why an apprentice did not get an offer
 * they preferred.
 */
package fr.passeurs.matching;
