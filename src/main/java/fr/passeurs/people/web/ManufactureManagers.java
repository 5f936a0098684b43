package fr.passeurs.people.web;

import fr.passeurs.people.api.AccountReads;
import fr.passeurs.people.api.AccountView;
import fr.passeurs.people.api.AppointmentRequest;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.LimitsOf;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The managers of one manufacture, on the admin's page of it: appointing an existing account or a
 * new one, removing one. The same page describes the manufacture ({@code workshop}).
 */
@Named
@ViewScoped
public class ManufactureManagers implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Instance<AccountReads> accounts;
  @Inject private Instance<Caller> caller;

  private String id;

  @LimitsOf(value = AppointmentRequest.class, field = "email")
  private String managerEmail;

  @LimitsOf(value = AppointmentRequest.class, field = "displayName")
  private String managerName;

  @LimitsOf(value = AppointmentRequest.class, field = "password")
  private String managerPassword;

  private transient List<AccountView> managers;

  public List<AccountView> getManagers() {
    if (managers == null) {
      managers = id == null ? List.of() : accounts.get().managersOf(id);
    }
    return managers;
  }

  public String appoint() {
    try {
      AccountReads.AppointedView appointed =
          accounts
              .get()
              .appointManager(
                  caller.get(),
                  id,
                  new AppointmentRequest(
                      managerEmail, blankToNull(managerName), blankToNull(managerPassword)));
      Feedback.info(
          appointed.created() ? "admin.manufacture.appointedNew" : "admin.manufacture.appointed",
          appointed.account().displayName());
      return "/admin/manufacture?faces-redirect=true&id=" + id;
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public String remove(String accountId) {
    try {
      AccountView removed = accounts.get().removeManager(caller.get(), id, accountId);
      Feedback.info("admin.manufacture.removed", removed.displayName());
      return "/admin/manufacture?faces-redirect=true&id=" + id;
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getManagerEmail() {
    return managerEmail;
  }

  public void setManagerEmail(String managerEmail) {
    this.managerEmail = managerEmail;
  }

  public String getManagerName() {
    return managerName;
  }

  public void setManagerName(String managerName) {
    this.managerName = managerName;
  }

  public String getManagerPassword() {
    return managerPassword;
  }

  public void setManagerPassword(String managerPassword) {
    this.managerPassword = managerPassword;
  }
}
