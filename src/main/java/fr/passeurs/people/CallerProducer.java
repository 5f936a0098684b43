package fr.passeurs.people;

import fr.passeurs.platform.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who makes the current request, read once per request from the authenticated principal. */
@RequestScoped
public class CallerProducer {

  @Inject private SecurityContext security;
  @PersistenceContext private EntityManager em;

  private Caller caller;

  @Produces
  Caller caller() {
    if (caller == null) {
      caller = resolve();
    }
    return caller;
  }

  private Caller resolve() {
    Principal principal = security.getCallerPrincipal();
    if (principal == null) {
      return Caller.anonymous();
    }
    Account account = em.find(Account.class, principal.getName());
    if (account == null || !account.isActive()) {
      return Caller.anonymous();
    }
    return new Caller(account.id(), account.roles(), account.manufactureId());
  }
}
