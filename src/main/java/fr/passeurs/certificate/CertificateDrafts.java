package fr.passeurs.certificate;

import fr.passeurs.attendance.RegisterService;
import fr.passeurs.attendance.RegisterService.Register;
import fr.passeurs.catalogue.CraftService;
import fr.passeurs.catalogue.CraftSummary;
import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.KnowHowSummary;
import fr.passeurs.certificate.core.CertificateContent;
import fr.passeurs.certificate.core.PublicCode;
import fr.passeurs.certificate.core.SubjectType;
import fr.passeurs.people.AccountService;
import fr.passeurs.people.AccountSummary;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.training.SessionRoster;
import fr.passeurs.training.TrainingService;
import fr.passeurs.visit.AttendedVisit;
import fr.passeurs.visit.VisitBookingService;
import fr.passeurs.workshop.ManufactureAddress;
import fr.passeurs.workshop.ManufactureService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the certificates of a session state, gathered from the contexts that know it: the closed
 * register (hours attended and planned), the training's minimum attendance, the know-how and its
 * craft, the trainer, the manufacture and its address, the participants' names; and what the
 * attestation of a class visit states, from the visit whose numbers present the teacher confirmed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CertificateDrafts {

  /** The nature of a training, as the law names it. */
  static final String TRAINING_ACTION = "action de formation";

  /** The nature of a class visit. */
  static final String VISIT_ACTION = "visite d'atelier";

  @Inject private RegisterService registers;
  @Inject private TrainingService trainings;
  @Inject private KnowHowService knowHow;
  @Inject private CraftService crafts;
  @Inject private AccountService accounts;
  @Inject private ManufactureService manufactures;
  @Inject private CertificateSettings settings;
  @Inject private VisitBookingService visits;

  /** A certificate to issue: to whom, about what, stating what. */
  public record Draft(Certificate.Subject subject, CertificateContent content) {}

  /** The session's register, closed: what the certificates follow from. */
  public Register closedRegister(String sessionId) {
    Register register = registers.registerOf(sessionId);
    if (register.roster().cancelled()) {
      throw DomainException.conflict("session-cancelled", "problem.session-cancelled");
    }
    if (!register.closed()) {
      throw DomainException.conflict("register-open", "problem.register-open");
    }
    return register;
  }

  /**
   * The certificates of a session: one per participant who attended some time, of completion at or
   * above the training's minimum attendance, of attendance below it.
   */
  public List<Draft> forSession(String sessionId, LocalDate issuedOn) {
    Register register = closedRegister(sessionId);
    SessionRoster roster = register.roster();
    Duration planned = register.planned();
    int minPercent = trainings.minAttendancePercent(roster.trainingId());
    Duration required = requiredFor(planned, minPercent);
    KnowHowSummary entry =
        knowHow
            .summary(roster.knowHowId())
            .orElseThrow(() -> DomainException.notFound("know-how", roster.knowHowId()));
    String craft = craftName(entry);
    CertificateContent.Manufacture place = manufacture(roster.manufactureId());
    Set<String> people = new HashSet<>(roster.participantIds());
    people.add(roster.artisanId());
    Map<String, AccountSummary> names = accounts.summaries(people);
    List<TimeRange> halfDays = roster.halfDays();
    LocalDate from = day(halfDays.get(0));
    LocalDate to = day(halfDays.get(halfDays.size() - 1));
    List<Draft> drafts = new ArrayList<>();
    for (String participant : roster.participantIds()) {
      Duration attended = register.attended(participant);
      if (attended.isZero() || attended.isNegative()) {
        continue;
      }
      PublicCode code = PublicCode.generate();
      CertificateContent content =
          new CertificateContent(
              code,
              CertificateContent.Kind.forTraining(attended, required),
              nameOf(names, participant),
              roster.title(),
              TRAINING_ACTION,
              entry.title(),
              craft,
              from,
              to,
              attended,
              planned,
              nameOf(names, roster.artisanId()),
              place,
              issuedOn.isBefore(from) ? from : issuedOn,
              settings.verificationUrl(code));
      drafts.add(
          new Draft(
              new Certificate.Subject(
                  SubjectType.TRAINING_SESSION,
                  roster.sessionId(),
                  participant,
                  roster.manufactureId()),
              content));
    }
    return drafts;
  }

  /**
   * The attestation of a class visit done, for its teacher, once the teacher has confirmed the
   * numbers present: the visit's length is both the time planned and the time attended.
   */
  public Draft forVisit(String bookingId, LocalDate issuedOn) {
    AttendedVisit visit =
        visits
            .attendedVisit(bookingId)
            .orElseThrow(
                () -> DomainException.conflict("visit-not-attended", "problem.visit-not-attended"));
    KnowHowSummary entry =
        knowHow
            .summary(visit.knowHowId())
            .orElseThrow(() -> DomainException.notFound("know-how", visit.knowHowId()));
    Map<String, AccountSummary> names =
        accounts.summaries(Set.of(visit.teacherId(), visit.artisanId()));
    LocalDate day = day(visit.time());
    Duration length = visit.time().duration();
    PublicCode code = PublicCode.generate();
    CertificateContent content =
        new CertificateContent(
            code,
            CertificateContent.Kind.VISIT_ATTESTATION,
            nameOf(names, visit.teacherId()),
            visit.title(),
            VISIT_ACTION,
            entry.title(),
            craftName(entry),
            day,
            day,
            length,
            length,
            nameOf(names, visit.artisanId()),
            manufacture(visit.manufactureId()),
            issuedOn.isBefore(day) ? day : issuedOn,
            settings.verificationUrl(code));
    return new Draft(
        new Certificate.Subject(
            SubjectType.VISIT_BOOKING, visit.bookingId(), visit.teacherId(), visit.manufactureId()),
        content);
  }

  /** The manufacture of a session, of a visit, as printed. */
  CertificateContent.Manufacture manufacture(String manufactureId) {
    ManufactureAddress address =
        manufactures
            .postalAddress(manufactureId)
            .orElseThrow(() -> DomainException.notFound("manufacture", manufactureId));
    return new CertificateContent.Manufacture(
        address.name(), address.oneLine(), "Identifiant Passeurs " + address.id());
  }

  /** The craft of a know-how entry, in French; its domain's crafts when it names none. */
  String craftName(KnowHowSummary entry) {
    if (entry.craftCode() != null) {
      for (CraftSummary craft : crafts.summaries()) {
        if (craft.code().equals(entry.craftCode())) {
          return craft.nameFr();
        }
      }
    }
    return switch (entry.domain()) {
      case TEXTILE -> "métiers du textile";
      case WOOD -> "métiers du bois";
      case METAL -> "métiers du métal";
    };
  }

  /** The time that earns a certificate of completion: that share of the planned time. */
  static Duration requiredFor(Duration planned, int minPercent) {
    // to the second, rounded up: 80 % of 6 h 30 is 5 h 12, and 5 h 11 is not enough
    long seconds = (planned.toSeconds() * minPercent + 99) / 100;
    return Duration.ofSeconds(seconds);
  }

  static LocalDate day(TimeRange halfDay) {
    return halfDay.start().atZone(ClockProducer.PARIS).toLocalDate();
  }

  static String nameOf(Map<String, AccountSummary> names, String id) {
    AccountSummary person = names.get(id);
    if (person == null || person.displayName() == null || person.displayName().isBlank()) {
      throw DomainException.notFound("account", id);
    }
    return person.displayName();
  }
}
