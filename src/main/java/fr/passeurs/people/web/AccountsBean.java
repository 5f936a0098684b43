package fr.passeurs.people.web;

import fr.passeurs.people.AccountStatus;
import fr.passeurs.people.api.AccountReads;
import fr.passeurs.people.api.AccountView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.Paging;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The admin's accounts: found by part of a name or an e-mail, by role, status and manufacture. The
 * filters are view parameters, so a search is a link; each account opens its page.
 */
@Named
@RequestScoped
public class AccountsBean {

  static final int PAGE_SIZE = 20;

  @Inject private AccountReads accounts;
  @Inject private ManufactureService manufactures;
  @Inject private Caller caller;

  private String q;
  private Role role;
  private AccountStatus status;
  private String manufacture;
  private int page;

  private Page<AccountView> results;
  private Map<String, String> manufactureNames;

  public String search() {
    page = 0;
    return "/admin/accounts?faces-redirect=true&includeViewParams=true";
  }

  public Page<AccountView> getResults() {
    if (results == null) {
      try {
        Paging.Shown<AccountView> shown =
            Paging.within(
                page,
                PAGE_SIZE,
                p ->
                    accounts.list(
                        caller,
                        q,
                        status,
                        role,
                        manufacture == null || manufacture.isBlank() ? null : manufacture,
                        new PageRequest(p, PAGE_SIZE)));
        page = shown.page();
        results = shown.results();
      } catch (DomainException e) {
        Feedback.refusal(e);
        results = new Page<>(List.of(), 0, 0, PAGE_SIZE);
      }
    }
    return results;
  }

  /** Every manufacture by id, to name each account's and to filter by one. */
  public Map<String, String> getManufactureNames() {
    if (manufactureNames == null) {
      manufactureNames =
          manufactures.all().stream()
              .collect(
                  Collectors.toMap(ManufactureSummary::id, ManufactureSummary::name, (a, b) -> a));
    }
    return manufactureNames;
  }

  public List<ManufactureSummary> getManufactures() {
    return manufactures.all();
  }

  public String manufactureName(String id) {
    return id == null ? "" : getManufactureNames().getOrDefault(id, "");
  }

  public List<Role> getRoles() {
    return Arrays.asList(Role.values());
  }

  public List<AccountStatus> getStatuses() {
    return Arrays.asList(AccountStatus.values());
  }

  public int getPageCount() {
    return (int) Math.max(1, (getResults().total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return page + 1 < getPageCount();
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public void setStatus(AccountStatus status) {
    this.status = status;
  }

  public String getManufacture() {
    return manufacture;
  }

  public void setManufacture(String manufacture) {
    this.manufacture = manufacture;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
