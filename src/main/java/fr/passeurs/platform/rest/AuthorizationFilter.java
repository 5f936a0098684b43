package fr.passeurs.platform.rest;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Message;
import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces the roles that every resource method states with {@link RolesAllowed} or {@link
 * PermitAll} (on the method, else on its class). Nobody logged in gets 401, a wrong role 403. A
 * method that states nothing is refused: access is never granted by omission.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AuthorizationFilter implements ContainerRequestFilter {

  /** In {@link RolesAllowed}: any logged-in account, whatever its role. */
  public static final String ANY_ROLE = "**";

  @Context private ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resourceInfo.getResourceMethod();
    if (method == null) {
      return;
    }
    Class<?> resource = resourceInfo.getResourceClass();
    if (method.isAnnotationPresent(DenyAll.class)) {
      throw DomainException.forbidden("forbidden.nobody");
    }
    if (method.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    if (method.getAnnotation(RolesAllowed.class) == null
        && resource.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    RolesAllowed roles = rolesOf(method, resource);
    if (roles == null) {
      throw DomainException.forbidden("forbidden.no-roles");
    }
    SecurityContext security = request.getSecurityContext();
    if (security.getUserPrincipal() == null) {
      throw DomainException.unauthenticated();
    }
    boolean allowed =
        Arrays.stream(roles.value())
            .anyMatch(role -> ANY_ROLE.equals(role) || security.isUserInRole(role));
    if (!allowed) {
      throw refusal(roles);
    }
  }

  /** The roles a resource method states, on itself or else on its class; null if none. */
  static RolesAllowed rolesOf(Method method, Class<?> resource) {
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    return roles != null ? roles : resource.getAnnotation(RolesAllowed.class);
  }

  /** The refusal of an account without any of these roles: it names them. */
  static DomainException refusal(RolesAllowed roles) {
    return DomainException.forbidden(
        "forbidden.roles",
        Arrays.stream(roles.value())
            .filter(role -> !ANY_ROLE.equals(role))
            .map(role -> Message.of("enum.Role." + role))
            .toList());
  }
}
