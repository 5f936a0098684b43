package fr.passeurs.audit.web;

import fr.passeurs.audit.AuditTrail;
import fr.passeurs.audit.api.AuditEntryView;
import fr.passeurs.audit.api.AuditReads;
import fr.passeurs.platform.AuditAction;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.Paging;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The audit trail, for the admin all of it, for a manager their manufacture's: newest first,
 * filtered by kind of act and by days; a person or a thing in it opens every act of or on them. The
 * filters are view parameters, so a filtered trail is a link.
 */
@Named
@RequestScoped
public class AuditBean {

  static final int PAGE_SIZE = 25;

  @Inject private AuditReads audit;
  @Inject private Caller caller;

  private AuditAction action;
  private LocalDate from;
  private LocalDate to;
  private String actor;
  private String subject;
  private int page;

  private Page<AuditEntryView> results;

  public String search() {
    if (backwards()) {
      Feedback.error("audit.page.backwards");
      return null;
    }
    page = 0;
    return "/manager/audit?faces-redirect=true&includeViewParams=true";
  }

  public Page<AuditEntryView> getResults() {
    if (results == null) {
      if (backwards()) {
        results = new Page<>(List.of(), 0, 0, PAGE_SIZE);
        return results;
      }
      AuditTrail.Filter filter = AuditTrail.Filter.overDays(action, actor, subject, from, to);
      try {
        Paging.Shown<AuditEntryView> shown =
            Paging.within(
                page, PAGE_SIZE, p -> audit.read(caller, filter, new PageRequest(p, PAGE_SIZE)));
        page = shown.page();
        results = shown.results();
      } catch (DomainException e) {
        Feedback.refusal(e);
        results = new Page<>(List.of(), 0, 0, PAGE_SIZE);
      }
    }
    return results;
  }

  private boolean backwards() {
    return from != null && to != null && to.isBefore(from);
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  /** The detail of a line in the page's language. */
  public String detail(AuditEntryView entry) {
    return AuditReads.detail(entry, Feedback.locale());
  }

  /** Whether the trail is narrowed to one person's or one thing's acts (a link to undo it). */
  public boolean isNarrowed() {
    return blank(actor) != null || blank(subject) != null;
  }

  public List<AuditAction> getActions() {
    return Arrays.asList(AuditAction.values());
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

  public AuditAction getAction() {
    return action;
  }

  public void setAction(AuditAction action) {
    this.action = action;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  /** The first day as the download link gives it ({@code 2027-03-01}), or null. */
  public String getFromText() {
    return from == null ? null : from.toString();
  }

  public String getToText() {
    return to == null ? null : to.toString();
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
