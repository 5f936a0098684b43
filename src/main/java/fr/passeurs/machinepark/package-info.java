/**
 * The shared machine park of a manufacture: each machine's booking rules, who is authorised on
 * which machine, and the bookings artisans make of machines. Bookings take their time in the one
 * calendar of {@code scheduling}; machines and opening hours come from {@code workshop}.
 */
package fr.passeurs.machinepark;
