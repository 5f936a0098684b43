/**
 * The one calendar of the platform: reservations of rooms, machines and artisans by training
 * sessions, class visits and, later, machine bookings. Nothing is ever booked twice: the database
 * holds every reserved quarter hour of every resource under a unique key. Also the private
 * iCalendar feeds of people and rooms.
 */
package fr.passeurs.scheduling;
