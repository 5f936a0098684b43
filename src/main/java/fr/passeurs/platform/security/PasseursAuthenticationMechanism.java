package fr.passeurs.platform.security;

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
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The one authentication mechanism of the application. On {@code /api} it reads HTTP Basic and
 * keeps no session: a request without credentials goes on anonymously (the resource decides whether
 * that is enough), wrong credentials get a 401 problem document. Elsewhere it is form login: the
 * login page authenticates programmatically, the account is remembered in the HTTP session, and a
 * protected page sends an anonymous visitor to the login page.
 */
@ApplicationScoped
public class PasseursAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Session attribute holding the logged-in account's id. */
  public static final String SESSION_ACCOUNT = "passeurs.account";

  public static final String LOGIN_PAGE = "/login.xhtml";

  @Inject private IdentityStoreHandler identityStores;

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
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
    }
    return refuse(response, credential == null);
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
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
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

  private static AuthenticationStatus refuse(HttpServletResponse response, boolean malformed) {
    try {
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "Basic realm=\"Passeurs\"");
      response.setContentType(Problems.PROBLEM_JSON);
      response.setCharacterEncoding("UTF-8");
      String detail =
          malformed
              ? "The Authorization header is not HTTP Basic with an e-mail and a password."
              : "Wrong e-mail or password, or the account is not active yet.";
      response
          .getWriter()
          .write(
              Problems.json(
                  401, "bad-credentials", "Authentication failed", detail, List.of(), Map.of()));
      response.flushBuffer();
    } catch (IOException e) {
      // the client went away; nothing to tell it
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
