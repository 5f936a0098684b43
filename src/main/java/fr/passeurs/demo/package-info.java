/**
 * Demo data for a first look at Passeurs: a few manufactures with their managers and artisans, the
 * recognised heritage know-how of France's textile, wood and metal crafts, apprentices and a
 * teacher. Loaded once, into an empty database, through the contexts' own services.
 */
package fr.passeurs.demo;
