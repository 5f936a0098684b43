package fr.passeurs.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;

/**
 * A form sent from a page the server no longer knows (its session ended, or the page's state was
 * forged) is not an error: the person gets the same page again, fresh, with a sentence saying that
 * what they sent was not taken and why.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

  public ExpiredViews(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable failure = events.next().getContext().getException();
        if (isExpiredView(failure)) {
          events.remove();
          reload(FacesContext.getCurrentInstance());
          break;
        }
      }
      getWrapped().handle();
    }

    private static boolean isExpiredView(Throwable failure) {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof ViewExpiredException) {
          return true;
        }
        if (t.getCause() == t) {
          break;
        }
      }
      return false;
    }

    /** The same address again, by GET, with the message kept across the redirect in the session. */
    private static void reload(FacesContext faces) {
      ExternalContext external = faces.getExternalContext();
      HttpServletRequest request = (HttpServletRequest) external.getRequest();
      String target =
          request.getRequestURI()
              + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
      try {
        // said by the page shown next (PageMessages), whichever instance of a cluster shows it:
        // this handler runs after the phase listeners, too late for CarriedMessages
        external.getSessionMap().put(PageMessages.PAGE_EXPIRED, Boolean.TRUE);
        external.redirect(target);
        faces.responseComplete();
      } catch (IOException e) {
        throw new FacesException(e);
      }
    }
  }
}
