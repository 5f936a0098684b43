package fr.passeurs.testing;

import java.net.URI;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every answer of the API the integration tests received in this test run, kept so that the last
 * test ({@code ApiConformanceIT}) can check each against the published OpenAPI document: the
 * operation, the status and the body must all be the ones the document describes.
 */
public final class Exchanges {

  /** One request and its answer, as the client saw them. */
  public record Exchange(
      String method, String path, int status, String contentType, String body, String test) {}

  private static final Queue<Exchange> RECORDED = new ConcurrentLinkedQueue<>();

  private Exchanges() {}

  static void record(String method, URI uri, int status, String contentType, String body) {
    String path = uri.getRawPath();
    if (!path.startsWith("/api/") || path.startsWith("/api/test/")) {
      return;
    }
    RECORDED.add(new Exchange(method, path, status, contentType, body, caller()));
  }

  /** What was recorded so far, oldest first. */
  public static List<Exchange> recorded() {
    return List.copyOf(RECORDED);
  }

  /** The test class that made the request, to say where a wrong answer came from. */
  private static String caller() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .map(StackWalker.StackFrame::getClassName)
                    .filter(name -> name.endsWith("IT") || name.contains("IT$"))
                    .findFirst()
                    .orElse("?"));
  }
}
