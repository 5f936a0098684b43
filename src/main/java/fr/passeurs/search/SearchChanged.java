package fr.passeurs.search;

/**
 * Fired by a context, inside the transaction that changed it, when something it offers to the
 * search changed, appeared or went away. The search records it in the change feed of the same
 * transaction, so that every instance of a cluster applies it once it is committed.
 */
public record SearchChanged(SearchKind kind, String id) {}
