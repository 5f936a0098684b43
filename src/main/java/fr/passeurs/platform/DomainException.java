package fr.passeurs.platform;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A business rule refused the request. Carries what the REST layer needs to answer with an RFC 9457
 * problem (kind gives the status, type a stable identifier, detail a {@link Message} written in the
 * reader's language) and what the pages need to show a message.
 */
public class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of refusal, which fixes the HTTP status. */
  public enum Kind {
    INVALID(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    UNPROCESSABLE(422),
    TOO_MANY_REQUESTS(429);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }

    /** The problem's title in this language ({@code problem.title.<status>}). */
    public String title(Locale locale) {
      return Messages.format(locale, "problem.title." + status);
    }
  }

  private final Kind kind;
  private final String type;
  private final Message detail;
  private final List<FieldError> errors;
  private final Map<String, Object> extensions = new LinkedHashMap<>();

  public DomainException(Kind kind, String type, Message detail, List<FieldError> errors) {
    super(detail.toString());
    this.kind = kind;
    this.type = type;
    this.detail = detail;
    this.errors = List.copyOf(errors);
  }

  /** A refusal whose detail is the text of {@code code} with these arguments. */
  public DomainException(Kind kind, String type, String code, Object... args) {
    this(kind, type, new Message(code, Arrays.asList(args)), List.of());
  }

  /** One field refused: {@code code} is the key of why, with its arguments. */
  public static DomainException invalid(String field, String code, Object... args) {
    return invalid(List.of(new FieldError(field, code, args)));
  }

  public static DomainException invalid(List<FieldError> errors) {
    Message detail =
        errors.size() == 1
            ? Message.of(
                "problem.invalid-field", errors.get(0).field(), fieldMessage(errors.get(0)))
            : Message.of("problem.invalid-fields", errors.size());
    return new DomainException(Kind.INVALID, "validation", detail, errors);
  }

  private static Message fieldMessage(FieldError error) {
    return new Message(error.code(), error.args());
  }

  /**
   * Nothing of that kind has this id. {@code thing} names the kind by the key {@code thing.<thing>}
   * of its name ("know-how", "session", "class-visit"…).
   */
  public static DomainException notFound(String thing, String id) {
    return new DomainException(
        Kind.NOT_FOUND, "not-found", "problem.not-found", Message.of("thing." + thing), id);
  }

  public static DomainException forbidden(String code, Object... args) {
    return new DomainException(Kind.FORBIDDEN, "forbidden", code, args);
  }

  public static DomainException unauthenticated() {
    return new DomainException(Kind.UNAUTHENTICATED, "unauthenticated", "problem.unauthenticated");
  }

  public static DomainException conflict(String type, String code, Object... args) {
    return new DomainException(Kind.CONFLICT, type, code, args);
  }

  /** A conflict whose detail was written elsewhere (a reason the workshop gives). */
  public static DomainException conflict(String type, Message detail) {
    return new DomainException(Kind.CONFLICT, type, detail, List.of());
  }

  /** Adds a member to the problem document, e.g. the booking that is in the way. */
  public DomainException with(String name, Object value) {
    extensions.put(name, value);
    return this;
  }

  public Kind kind() {
    return kind;
  }

  /** A short stable identifier of the problem, e.g. {@code email-taken}. */
  public String type() {
    return type;
  }

  public Message detail() {
    return detail;
  }

  /** The detail in this language. */
  public String detail(Locale locale) {
    return detail.in(locale);
  }

  public List<FieldError> errors() {
    return errors;
  }

  public Map<String, Object> extensions() {
    return Map.copyOf(extensions);
  }
}
