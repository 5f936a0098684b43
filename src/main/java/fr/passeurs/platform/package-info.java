/**
 * Cross-cutting plumbing shared by every bounded context: security (authentication mechanism,
 * caller, roles), REST configuration and RFC 9457 problem mapping, paging, the clock, database
 * migration at start-up and the user interface's locale.
 *
 * <p>This package depends on no bounded context; contexts depend on it.
 */
package fr.passeurs.platform;
