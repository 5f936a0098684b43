package fr.passeurs.attendance.web;

import fr.passeurs.attendance.RegisterService;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.training.SessionRoster;
import fr.passeurs.training.SessionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The screen the trainer shows during a half-day: the QR code of the moment, which leads a
 * participant's phone to the sign page with the current code; it refreshes itself, so it is always
 * the code of now.
 */
@Named("attendanceCodePage")
@RequestScoped
public class CodePage {

  @Inject private RegisterService registers;
  @Inject private SessionService sessions;
  @Inject private Caller caller;
  @Inject private Clock clock;

  private String sessionId;
  private Integer slot;
  private Map.Entry<String, Instant> code;
  private SessionRoster roster;
  private boolean refused;

  /** Reads the code when the page opens, to tell a refusal at once. */
  public void load() {
    if (sessionId == null || slot == null) {
      refused = true;
      Feedback.error("attendance.noSuchHalfDay");
      return;
    }
    try {
      getCode();
    } catch (DomainException e) {
      refused = true;
      Feedback.refusal(e);
    }
  }

  public boolean isRefused() {
    return refused;
  }

  /** The code of now. */
  public String getCode() {
    return current().getKey();
  }

  /** When the code of now stops being shown. */
  public Instant getValidUntil() {
    return current().getValue();
  }

  /** Seconds before the code changes. */
  public long getSecondsLeft() {
    return Math.max(0, Duration.between(clock.instant(), getValidUntil()).toSeconds());
  }

  public String getTitle() {
    return roster().title();
  }

  public TimeRange getTime() {
    return roster().halfDays().get(slot);
  }

  public int getNumber() {
    return slot + 1;
  }

  /** The absolute address of the sign page with this code, as the QR code holds it. */
  public String getSignUrl() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String scheme = external.getRequestScheme();
    int port = external.getRequestServerPort();
    boolean usualPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + external.getRequestServerName()
        + (usualPort ? "" : ":" + port)
        + external.getRequestContextPath()
        + "/attendance/sign.xhtml?session="
        + encode(sessionId)
        + "&slot="
        + slot
        + "&code="
        + encode(getCode());
  }

  /** The QR code of the sign address, as a PNG data URI. */
  public String getImage() {
    return QrPicture.dataUri(getSignUrl());
  }

  private Map.Entry<String, Instant> current() {
    if (code == null) {
      code = registers.qrCode(caller, sessionId, slot);
    }
    return code;
  }

  private SessionRoster roster() {
    if (roster == null) {
      roster = sessions.roster(sessionId);
    }
    return roster;
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
}
