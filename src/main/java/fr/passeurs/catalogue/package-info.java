/**
 * The catalogue of rare heritage know-how: the crafts of the official list of métiers d'art, the
 * know-how entries with their holders and heritage recognition, how endangered each is (its rarity,
 * computed from who holds it and whether it is taught), and the search over them.
 */
package fr.passeurs.catalogue;
