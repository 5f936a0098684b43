package fr.passeurs.platform.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * How a page turns a request away: with an error status (403 for someone the page is not for, 404
 * for what does not exist), and nothing more rendered.
 */
public final class PageAccess {

  private PageAccess() {}

  public static void endWith(int status) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(status, "");
    faces.responseComplete();
  }
}
