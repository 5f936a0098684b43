package fr.passeurs.audit.api;

import fr.passeurs.audit.AuditEntry;
import fr.passeurs.audit.AuditTrail;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.AuditAction;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.Csv;
import fr.passeurs.platform.Messages;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The audit trail as the API and the pages read it: people named as they are now (someone who
 * erased their account reads as such), everything else as it was recorded.
 */
@ApplicationScoped
public class AuditReads {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ClockProducer.PARIS);

  @Inject private AuditTrail trail;
  @Inject private AccountService accounts;

  public Page<AuditEntryView> read(Caller caller, AuditTrail.Filter filter, PageRequest page) {
    Page<AuditEntry> entries = trail.read(caller, filter, page);
    Map<String, AccountSummary> named = accounts.summaries(people(entries.items()));
    return entries.map(entry -> view(entry, named));
  }

  /**
   * The whole filtered trail as a CSV file in that language (Paris times), newest first, up to
   * {@link AuditTrail#MAX_EXPORT} lines.
   */
  public String csv(Caller caller, AuditTrail.Filter filter, Locale language) {
    List<AuditEntry> entries = trail.export(caller, filter);
    Map<String, AccountSummary> named = accounts.summaries(people(entries));
    StringBuilder csv = new StringBuilder("\uFEFF"); // spreadsheets then read it as UTF-8
    csv.append(
        Csv.line(
            List.of(
                Messages.format(language, "audit.csv.when"),
                Messages.format(language, "audit.csv.action"),
                Messages.format(language, "audit.csv.actorId"),
                Messages.format(language, "audit.csv.actor"),
                Messages.format(language, "audit.csv.onBehalfOf"),
                Messages.format(language, "audit.csv.subjectId"),
                Messages.format(language, "audit.csv.subject"),
                Messages.format(language, "audit.csv.manufactureId"),
                Messages.format(language, "audit.csv.detail"),
                Messages.format(language, "audit.csv.address"))));
    for (AuditEntry entry : entries) {
      AuditEntryView view = view(entry, named);
      csv.append(
          Csv.line(
              java.util.Arrays.asList(
                  WHEN.format(view.at()),
                  Messages.format(language, "auditAction." + view.action()),
                  view.actor() == null ? null : view.actor().id(),
                  view.actor() == null
                      ? Messages.format(language, "audit.page.platform")
                      : view.actor().displayName(),
                  view.onBehalfOf() == null ? null : view.onBehalfOf().displayName(),
                  view.subject().id(),
                  view.subject().label(),
                  view.manufactureId(),
                  detail(view, language),
                  view.address())));
    }
    return csv.toString();
  }

  /**
   * The detail of a line as it reads in that language: a reason as given; a register's correction
   * as the statuses named ("Absent·e → Présent·e").
   */
  public static String detail(AuditEntryView entry, Locale language) {
    String detail = entry.detail();
    if (detail == null || entry.action() != AuditAction.REGISTER_CORRECTED) {
      return detail;
    }
    return java.util.Arrays.stream(detail.split(" → "))
        .map(status -> Messages.format(language, "attendance.status." + status.trim()))
        .collect(java.util.stream.Collectors.joining(" → "));
  }

  private static Set<String> people(Collection<AuditEntry> entries) {
    Set<String> people = new HashSet<>();
    for (AuditEntry entry : entries) {
      if (entry.actorId() != null) {
        people.add(entry.actorId());
      }
      if (entry.onBehalfOf() != null) {
        people.add(entry.onBehalfOf());
      }
      if (entry.action().subject() == AuditAction.Subject.ACCOUNT) {
        people.add(entry.subjectId());
      }
    }
    return people;
  }

  private static AuditEntryView view(AuditEntry entry, Map<String, AccountSummary> named) {
    AuditAction.Subject kind = entry.action().subject();
    String label =
        kind == AuditAction.Subject.ACCOUNT ? name(named, entry.subjectId()) : entry.subjectLabel();
    return new AuditEntryView(
        entry.id(),
        entry.at(),
        entry.action(),
        person(named, entry.actorId()),
        person(named, entry.onBehalfOf()),
        new AuditEntryView.AuditSubject(kind, entry.subjectId(), label),
        entry.manufactureId(),
        entry.detail(),
        entry.address());
  }

  private static AuditEntryView.AuditPerson person(Map<String, AccountSummary> named, String id) {
    return id == null ? null : new AuditEntryView.AuditPerson(id, name(named, id));
  }

  private static String name(Map<String, AccountSummary> named, String id) {
    AccountSummary person = named.get(id);
    return person == null ? null : person.displayName();
  }
}
