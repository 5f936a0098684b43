/**
 * Apprenticeship matching: master artisans publish apprenticeship offers, each with a number of
 * places; apprentices apply to up to ten offers, in their order of preference; each master ranks
 * the applicants to their offer, and may mark some of them unacceptable. A matching round takes
 * these applications and rankings at once and gives each apprentice at most one offer; each pair it
 * makes becomes an apprenticeship.
 *
 * <p>This package is the computation of a round, kept free of persistence, injection and HTTP: a
 * round is a {@link fr.passeurs.matching.MatchingInstance} of plain arrays, the masters' partial
 * rankings are made strict by the {@link fr.passeurs.matching.TieBreak} (whose seed is stored with
 * the round), {@link fr.passeurs.matching.DeferredAcceptance} computes the stable matching that is
 * best for every apprentice, and {@link fr.passeurs.matching.MatchingChecks} proves a result
 * stable. The result also tells an apprentice why they did not get an offer they preferred.
 */
package fr.passeurs.matching;
