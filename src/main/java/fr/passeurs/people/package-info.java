/**
 * The people of the platform: accounts with their roles, how they log in, who is the caller of a
 * request; artisans who wait for their manufacture's manager to let them in; managers appointed by
 * the admin.
 */
package fr.passeurs.people;
