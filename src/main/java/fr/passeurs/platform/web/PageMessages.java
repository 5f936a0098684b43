package fr.passeurs.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/**
 * The page's messages that belong to no field, for the layout to show as plain paragraphs in a live
 * region (a list with alert roles inside fails accessibility checks).
 */
@Named
@RequestScoped
public class PageMessages {

  public List<FacesMessage> getGlobal() {
    return FacesContext.getCurrentInstance().getMessageList(null);
  }

  public boolean isError(FacesMessage message) {
    return message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_WARN.getOrdinal();
  }

  public boolean isAnyError() {
    return getGlobal().stream().anyMatch(this::isError);
  }
}
