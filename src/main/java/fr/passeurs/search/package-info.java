/**
 * One search over the know-how, the trainings' coming sessions, the class visit offers, the
 * apprenticeship offers and the manufactures, on Apache Lucene. The database stays the truth: each
 * instance keeps its own index in memory, builds it from the contexts' {@link
 * fr.passeurs.search.SearchSource}s at start-up, and applies the change feed the contexts write in
 * the database ({@link fr.passeurs.search.SearchChanged}) to keep it current.
 */
package fr.passeurs.search;
