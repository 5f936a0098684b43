package fr.passeurs.platform.web;

import fr.passeurs.platform.idempotency.PageSubmissions;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A form is sent back to the address its page was opened at, query string included: after a refused
 * submission the page keeps its parameters ({@code ?id=…}), so that reloading it or sending the
 * form again still finds what it is about.
 */
public class SameAddressViewHandler extends ViewHandlerWrapper {

  public SameAddressViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  /** Set while an address other than a form's is built from the action URL. */
  private static final ThreadLocal<Boolean> ELSEWHERE = new ThreadLocal<>();

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    String url = super.getActionURL(context, viewId);
    if (ELSEWHERE.get() != null
        || context.getViewRoot() == null
        || !viewId.equals(context.getViewRoot().getViewId())) {
      return url;
    }
    Object request = context.getExternalContext().getRequest();
    String query = request instanceof HttpServletRequest http ? http.getQueryString() : null;
    String kept = withoutToken(query);
    if (kept.isEmpty()) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + kept;
  }

  /** A redirect goes to the address its outcome names, not to this page's with more on it. */
  @Override
  public String getRedirectURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return elsewhere(() -> super.getRedirectURL(context, viewId, parameters, includeViewParams));
  }

  /** A link names its own parameters. */
  @Override
  public String getBookmarkableURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return elsewhere(
        () -> super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
  }

  private static String elsewhere(Supplier<String> address) {
    if (ELSEWHERE.get() != null) {
      return address.get();
    }
    ELSEWHERE.set(Boolean.TRUE);
    try {
      return address.get();
    } finally {
      ELSEWHERE.remove();
    }
  }

  /** The query without a form token (a form sent by GET may have left one in the address). */
  static String withoutToken(String query) {
    if (query == null) {
      return "";
    }
    return Arrays.stream(query.split("&"))
        .filter(pair -> !pair.isEmpty() && !pair.startsWith(PageSubmissions.TOKEN + "="))
        .collect(Collectors.joining("&"));
  }
}
