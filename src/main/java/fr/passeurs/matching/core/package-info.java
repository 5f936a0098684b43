/**
 * The computation of a matching round, apart from everything else: an instance of apprentices,
 * offers, places and strict preferences (integers), the tie-break that makes a master's ranking
 * strict, apprentice-proposing deferred acceptance, its checks (stability, capacities) and the
 * explanation of each outcome. Plain Java: no persistence, no container, nothing of {@code
 * jakarta.*}; {@code ArchitectureTest} keeps it so.
 */
package fr.passeurs.matching.core;
