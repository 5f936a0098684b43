package fr.passeurs.platform.security;

import fr.passeurs.platform.Message;
import fr.passeurs.platform.Messages;
import fr.passeurs.platform.rest.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one authentication mechanism of the application. On {@code /api} it reads HTTP Basic and
 * keeps no session: a request without credentials goes on anonymously (the resource decides whether
 * that is enough), wrong credentials get a 401 problem document. Elsewhere it is form login: the
 * login page authenticates programmatically, the account is remembered in the HTTP session, and a
 * protected page sends an anonymous visitor to the login page.
 *
 * <p>Both ways, an e-mail and password are checked only if {@link LoginThrottle} lets that account
 * be tried from that address now (429 with {@code Retry-After} on the API, a sentence on the login
 * page otherwise), and a wrong one is counted.
 */
@ApplicationScoped
public class PasseursAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Session attribute holding the logged-in account's id. */
  public static final String SESSION_ACCOUNT = "passeurs.account";

  public static final String LOGIN_PAGE = "/login.xhtml";

  /**
   * Request attribute the login page reads after a refused login: a {@link LoginRefusal} saying
   * why, as much as the person may be told.
   */
  public static final String LOGIN_REFUSAL = "passeurs.loginRefusal";

  @Inject private IdentityStoreHandler identityStores;
  @Inject private PasswordCheck passwords;
  @Inject private LoginThrottle throttle;
  @Inject private ClientAddress addresses;
  @Inject private Clock clock;

  /**
   * Why a login from the page was refused: wrong e-mail or password, an account not active (only
   * told to who gave its right password), or too many attempts until {@code retryAt}.
   */
  public record LoginRefusal(
      LoginCheck.Outcome outcome, String status, String reason, Instant retryAt) {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/api") || path.startsWith("/api/")) {
      return api(request, response, context);
    }
    if (path.startsWith("/jakarta.faces.resource/")) {
      return context.doNothing();
    }
    return web(request, context);
  }

  private AuthenticationStatus api(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization == null) {
      return context.doNothing();
    }
    UsernamePasswordCredential credential = basic(authorization);
    if (credential == null) {
      return refuse(response, request, "problem.bad-authorization");
    }
    String address = addresses.of(request);
    LoginThrottle.Verdict verdict = throttle.check(credential.getCaller(), address);
    if (verdict.held()) {
      return tooManyAttempts(response, request, verdict.heldUntil());
    }
    LoginCheck check = checked(credential, address, verdict);
    if (check.outcome() == LoginCheck.Outcome.VALID) {
      return context.notifyContainerAboutLogin(check.validation());
    }
    if (check.outcome() == LoginCheck.Outcome.INACTIVE) {
      // only who gave the right password learns why the account may not log in
      return problem(
          response,
          request,
          403,
          "account-inactive",
          "problem.title.403",
          LoginCheck.whyInactive(check.status(), check.reason()));
    }
    return refuse(response, request, "problem.bad-credentials");
  }

  /** Checks the password, and counts a wrong one against the account from this address. */
  private LoginCheck checked(
      UsernamePasswordCredential credential, String address, LoginThrottle.Verdict verdict) {
    LoginCheck check = passwords.check(credential.getCaller(), credential.getPasswordAsString());
    if (check.outcome() == LoginCheck.Outcome.WRONG) {
      throttle.failed(credential.getCaller(), address);
    } else if (check.outcome() == LoginCheck.Outcome.VALID && verdict.pairRecorded()) {
      throttle.succeeded(credential.getCaller(), address);
    }
    return check;
  }

  private AuthenticationStatus web(HttpServletRequest request, HttpMessageContext context) {
    if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
      return login(request, context, context.getAuthParameters().getCredential());
    }
    HttpSession session = request.getSession(false);
    Object account = session == null ? null : session.getAttribute(SESSION_ACCOUNT);
    if (account instanceof String id) {
      CredentialValidationResult result = identityStores.validate(new SessionCredential(id));
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      session.removeAttribute(SESSION_ACCOUNT);
    }
    if (context.isProtected()) {
      return context.redirect(
          request.getContextPath()
              + LOGIN_PAGE
              + "?next="
              + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8));
    }
    return context.doNothing();
  }

  private AuthenticationStatus login(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    String address = addresses.of(request);
    LoginThrottle.Verdict verdict = throttle.check(login.getCaller(), address);
    if (verdict.held()) {
      request.setAttribute(LOGIN_REFUSAL, new LoginRefusal(null, null, null, verdict.heldUntil()));
      return AuthenticationStatus.SEND_FAILURE;
    }
    LoginCheck check = checked(login, address, verdict);
    if (check.outcome() != LoginCheck.Outcome.VALID) {
      request.setAttribute(
          LOGIN_REFUSAL, new LoginRefusal(check.outcome(), check.status(), check.reason(), null));
      return AuthenticationStatus.SEND_FAILURE;
    }
    CredentialValidationResult result = check.validation();
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(SESSION_ACCOUNT, result.getCallerPrincipal().getName());
    return context.notifyContainerAboutLogin(result);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_ACCOUNT);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  private static String originalTarget(HttpServletRequest request) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    return request.getQueryString() == null ? target : target + "?" + request.getQueryString();
  }

  /** Decodes {@code Basic base64(user:password)}, or null if it is not that. */
  static UsernamePasswordCredential basic(String authorization) {
    if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).trim()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      return new UsernamePasswordCredential(
          decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static AuthenticationStatus refuse(
      HttpServletResponse response, HttpServletRequest request, String detail) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Passeurs\"");
    return problem(
        response,
        request,
        401,
        "bad-credentials",
        "problem.title.bad-credentials",
        Message.of(detail));
  }

  private AuthenticationStatus tooManyAttempts(
      HttpServletResponse response, HttpServletRequest request, Instant until) {
    long seconds = Math.max(1, (Duration.between(clock.instant(), until).toMillis() + 999) / 1000);
    response.setHeader("Retry-After", String.valueOf(seconds));
    return problem(
        response,
        request,
        429,
        "too-many-attempts",
        "problem.title.429",
        Message.of("problem.too-many-attempts", seconds));
  }

  private static AuthenticationStatus problem(
      HttpServletResponse response,
      HttpServletRequest request,
      int status,
      String type,
      String title,
      Message detail) {
    Locale language = Problems.language(request.getHeader("Accept-Language"));
    try {
      response.setStatus(status);
      response.setContentType(Problems.PROBLEM_JSON);
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              Problems.json(
                  status,
                  type,
                  Messages.format(language, title),
                  detail.in(language),
                  List.of(),
                  Map.of(),
                  language));
      response.flushBuffer();
    } catch (IOException e) {
      // the client went away; nothing to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
