/**
 * In-situ trainings: an artisan defines a training for a know-how they hold, schedules its sessions
 * in their manufacture's rooms and machines (through the one calendar of scheduling), apprentices
 * enrol, the seats are never oversold and the waiting list moves up by itself.
 */
package fr.passeurs.training;
