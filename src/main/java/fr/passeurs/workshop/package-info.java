/**
 * The manufactures de proximité themselves: where they are (address, region, place on the map),
 * what they are; later their rooms, machines, opening hours and safety rules.
 */
package fr.passeurs.workshop;
