package fr.passeurs.attendance.web;

import fr.passeurs.attendance.api.RegisterReads;
import fr.passeurs.attendance.api.RegisterReads.Ongoing;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * On the apprentice's enrolments: the half-day of a session taking place now, and a button to sign
 * one's presence without the trainer's code.
 */
@Named("attendanceSelfSignature")
@RequestScoped
public class SelfSignature {

  @Inject private RegisterReads registers;
  @Inject private Caller caller;

  private final Map<String, Optional<Ongoing>> ongoing = new HashMap<>();

  /** The half-day taking place now, if the caller takes part in it; null otherwise. */
  public Ongoing ongoing(String sessionId) {
    return ongoing
        .computeIfAbsent(
            sessionId,
            id -> {
              try {
                return registers.ongoing(caller, id);
              } catch (DomainException e) {
                return Optional.empty();
              }
            })
        .orElse(null);
  }

  public String sign(String sessionId, int slot) {
    try {
      registers.sign(caller, sessionId, slot, null, RegisterPage.from());
      Feedback.info("attendance.thanks");
    } catch (DomainException e) {
      SignPage.refuse(e);
    }
    return "/me/enrolments?faces-redirect=true";
  }
}
