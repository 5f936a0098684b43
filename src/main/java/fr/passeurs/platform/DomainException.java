package fr.passeurs.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A business rule refused the request. Carries what the REST layer needs to answer with an RFC 9457
 * problem (kind gives the status, type a stable identifier, detail a sentence for a person) and
 * what the pages need to show a message.
 */
public class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of refusal, which fixes the HTTP status. */
  public enum Kind {
    INVALID(400, "Invalid input"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    CONFLICT(409, "Conflict");

    private final int status;
    private final String title;

    Kind(int status, String title) {
      this.status = status;
      this.title = title;
    }

    public int status() {
      return status;
    }

    public String title() {
      return title;
    }
  }

  private final Kind kind;
  private final String type;
  private final List<FieldError> errors;
  private final Map<String, Object> extensions = new LinkedHashMap<>();

  public DomainException(Kind kind, String type, String detail, List<FieldError> errors) {
    super(detail);
    this.kind = kind;
    this.type = type;
    this.errors = List.copyOf(errors);
  }

  public DomainException(Kind kind, String type, String detail) {
    this(kind, type, detail, List.of());
  }

  public static DomainException invalid(String field, String message) {
    return invalid(List.of(new FieldError(field, message)));
  }

  public static DomainException invalid(List<FieldError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : "The request has " + errors.size() + " invalid fields.";
    return new DomainException(Kind.INVALID, "validation", detail, errors);
  }

  public static DomainException notFound(String what, String id) {
    return new DomainException(Kind.NOT_FOUND, "not-found", "No " + what + " with id " + id + ".");
  }

  public static DomainException forbidden(String detail) {
    return new DomainException(Kind.FORBIDDEN, "forbidden", detail);
  }

  public static DomainException unauthenticated() {
    return new DomainException(
        Kind.UNAUTHENTICATED, "unauthenticated", "Log in to do this (HTTP Basic on the API).");
  }

  public static DomainException conflict(String type, String detail) {
    return new DomainException(Kind.CONFLICT, type, detail);
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

  public List<FieldError> errors() {
    return errors;
  }

  public Map<String, Object> extensions() {
    return Map.copyOf(extensions);
  }
}
