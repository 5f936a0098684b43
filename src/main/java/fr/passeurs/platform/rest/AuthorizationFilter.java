package fr.passeurs.platform.rest;

import fr.passeurs.platform.DomainException;
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
      throw DomainException.forbidden("Nobody may do this.");
    }
    if (method.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles == null) {
      if (resource.isAnnotationPresent(PermitAll.class)) {
        return;
      }
      roles = resource.getAnnotation(RolesAllowed.class);
    }
    if (roles == null) {
      throw DomainException.forbidden("This operation states no roles and is refused.");
    }
    SecurityContext security = request.getSecurityContext();
    if (security.getUserPrincipal() == null) {
      throw DomainException.unauthenticated();
    }
    boolean allowed =
        Arrays.stream(roles.value())
            .anyMatch(role -> ANY_ROLE.equals(role) || security.isUserInRole(role));
    if (!allowed) {
      throw DomainException.forbidden(
          "This needs one of the roles " + String.join(", ", roles.value()) + ".");
    }
  }
}
