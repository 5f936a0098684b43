package fr.passeurs.platform.idempotency;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.TextRules;
import fr.passeurs.platform.rest.Problems;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;

/**
 * {@code Idempotency-Key} on the API's POSTs: the first request with a key does its work and its
 * answer is kept a day; the same key again (the same caller, the same request) gets that answer
 * again, marked {@code Idempotent-Replayed: true}, without anything being done twice. The key
 * reused for another request is a 422; a key whose first request still runs, a 409. A request that
 * failed on our side (5xx) is not kept: it may be sent again. (Mapped in {@code web.xml} on {@code
 * /api/*}, after {@link fr.passeurs.platform.web.SecurityHeaders}.)
 */
public class ApiIdempotency extends HttpFilter {

  private static final long serialVersionUID = 1L;

  public static final String HEADER = "Idempotency-Key";
  public static final int MAX_KEY_LENGTH = 255;

  /** Answers bigger than this are not kept (their requests are not made idempotent). */
  static final int MAX_KEPT = 1_000_000;

  @Inject private Submissions submissions;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String key = request.getHeader(HEADER);
    if (key == null || !"POST".equalsIgnoreCase(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    Locale language = Problems.language(request.getHeader("Accept-Language"));
    if (key.isBlank()
        || key.length() > MAX_KEY_LENGTH
        || TextRules.refusal(key, false).isPresent()) {
      problem(
          response,
          DomainException.invalid(HEADER, "invalid.length.range", 1, MAX_KEY_LENGTH),
          language);
      return;
    }
    byte[] body = request.getInputStream().readAllBytes();
    Principal who = request.getUserPrincipal();
    String keyHash = Submissions.digest("api", who == null ? "" : who.getName(), key);
    String requestHash =
        Submissions.digest(
            request.getMethod(),
            request.getRequestURI(),
            request.getQueryString(),
            new String(body, StandardCharsets.UTF_8));
    Submissions.Start start = submissions.begin(keyHash, requestHash);
    if (start instanceof Submissions.Repeated repeated) {
      replay(response, repeated.outcome());
      return;
    }
    if (start instanceof Submissions.Running) {
      response.setHeader("Retry-After", "1");
      problem(
          response,
          new DomainException(
              DomainException.Kind.CONFLICT, "request-in-progress", "problem.request-in-progress"),
          language);
      return;
    }
    if (start instanceof Submissions.Mismatch) {
      problem(
          response,
          new DomainException(
              DomainException.Kind.UNPROCESSABLE,
              "idempotency-key-reused",
              "problem.idempotency-key-reused"),
          language);
      return;
    }
    CapturedResponse captured = new CapturedResponse(response);
    boolean kept = false;
    try {
      chain.doFilter(new CachedBody(request, body), captured);
      String answer = captured.body();
      if (captured.getStatus() < 500 && answer.length() <= MAX_KEPT) {
        submissions.finish(
            keyHash,
            new Submissions.Outcome(
                captured.getStatus(),
                captured.getContentType(),
                captured.getHeader("Location"),
                answer));
        kept = true;
      }
    } finally {
      if (!kept) {
        submissions.abandon(keyHash);
      }
    }
    captured.sendOn();
  }

  private static void replay(HttpServletResponse response, Submissions.Outcome outcome)
      throws IOException {
    response.setStatus(outcome.status());
    if (outcome.contentType() != null) {
      response.setContentType(outcome.contentType());
    }
    if (outcome.location() != null) {
      response.setHeader("Location", outcome.location());
    }
    response.setHeader("Idempotent-Replayed", "true");
    byte[] bytes = (outcome.body() == null ? "" : outcome.body()).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private static void problem(HttpServletResponse response, DomainException e, Locale language)
      throws IOException {
    response.setStatus(e.kind().status());
    response.setContentType(Problems.PROBLEM_JSON);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            Problems.json(
                e.kind().status(),
                e.type(),
                e.kind().title(language),
                e.detail(language),
                e.errors(),
                Map.of(),
                language));
  }

  /** The request with its body read once, for the hash, and read again by the resource. */
  private static final class CachedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
          return in.read(bytes, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is read at once");
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(
          new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
