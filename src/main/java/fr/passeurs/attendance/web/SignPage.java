package fr.passeurs.attendance.web;

import fr.passeurs.attendance.api.RegisterReads;
import fr.passeurs.attendance.api.RegisterViews.SignatureView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.training.SessionRoster;
import fr.passeurs.training.SessionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The participant's sign page, reached by scanning the trainer's QR code (or opened without a code
 * during the half-day): the training and half-day, and one button to sign one's presence.
 */
@Named("attendanceSignPage")
@RequestScoped
public class SignPage {

  @Inject private RegisterReads registers;
  @Inject private SessionService sessions;
  @Inject private Caller caller;

  private String sessionId;
  private Integer slot;
  private String code;
  private SessionRoster roster;
  private Optional<SignatureView> signature;
  private boolean refused;

  /** Checks the half-day exists when the page opens. */
  public void load() {
    try {
      Integer slot = slot();
      if (session() == null || slot == null || slot < 0 || slot >= roster().halfDays().size()) {
        refused = true;
        Feedback.error("attendance.noSuchHalfDay");
      }
    } catch (DomainException e) {
      refused = true;
      Feedback.error("attendance.noSuchHalfDay");
    }
  }

  public boolean isRefused() {
    return refused;
  }

  public String getTitle() {
    return roster().title();
  }

  public TimeRange getTime() {
    return roster().halfDays().get(slot());
  }

  public int getNumber() {
    return slot() + 1;
  }

  /** The caller's signature of this half-day, once given. */
  public SignatureView getSignature() {
    if (signature == null) {
      signature =
          session() == null || slot() == null
              ? Optional.empty()
              : registers.signatureOf(caller, session(), slot());
    }
    return signature.orElse(null);
  }

  public String sign() {
    try {
      String given = code != null ? code : RegisterPage.parameter("code");
      registers.sign(
          caller,
          session(),
          slot(),
          given == null || given.isBlank() ? null : given.trim(),
          RegisterPage.from());
      Feedback.info("attendance.thanks");
      return "/attendance/sign?faces-redirect=true&session=" + encode(sessionId) + "&slot=" + slot;
    } catch (DomainException e) {
      refuse(e);
      return null;
    }
  }

  /** A refusal said for a participant: what happened, and what to do. */
  static void refuse(DomainException e) {
    switch (e.type()) {
      case "code-expired" -> Feedback.error("attendance.refused.codeExpired");
      case "outside-half-day" -> Feedback.error("attendance.refused.notInProgress");
      case "forbidden" -> Feedback.error("attendance.refused.notParticipant");
      case "already-signed" -> Feedback.error("attendance.refused.alreadySigned");
      case "session-cancelled" -> Feedback.error("attendance.refused.cancelled");
      default -> Feedback.refusal(e);
    }
  }

  private SessionRoster roster() {
    if (roster == null) {
      roster = sessions.roster(session());
    }
    return roster;
  }

  /**
   * The session and half-day of the page. On a postback the form is decoded before the view
   * parameters reach the bean, so the form carries them as plain request parameters too.
   */
  private String session() {
    if (sessionId == null) {
      sessionId = RegisterPage.parameter("session");
    }
    return sessionId;
  }

  private Integer slot() {
    if (slot == null) {
      String given = RegisterPage.parameter("slot");
      try {
        slot = given == null ? null : Integer.valueOf(given);
      } catch (NumberFormatException e) {
        slot = null;
      }
    }
    return slot;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public String getSessionId() {
    return sessionId;
  }

  public void setSessionId(String sessionId) {
    this.sessionId = sessionId;
  }

  public Integer getSlot() {
    return slot;
  }

  public void setSlot(Integer slot) {
    this.slot = slot;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
