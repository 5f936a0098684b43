package fr.passeurs.demo;

import fr.passeurs.catalogue.Domain;
import fr.passeurs.catalogue.KnowHow;
import fr.passeurs.catalogue.KnowHowContent;
import fr.passeurs.catalogue.KnowHowService;
import fr.passeurs.catalogue.Recognition;
import fr.passeurs.machinepark.MachineParkService;
import fr.passeurs.machinepark.MachineRules;
import fr.passeurs.machinepark.Outage;
import fr.passeurs.matching.ApplicantService;
import fr.passeurs.matching.ApprenticeProfile;
import fr.passeurs.matching.ApprenticeshipOffer;
import fr.passeurs.matching.ApprenticeshipOfferService;
import fr.passeurs.matching.ApprenticeshipTerms;
import fr.passeurs.matching.core.ApprenticeLevel;
import fr.passeurs.people.Account;
import fr.passeurs.people.AccountService;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.Csv;
import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.Role;
import fr.passeurs.platform.TimeRange;
import fr.passeurs.platform.persistence.DatabaseMigration;
import fr.passeurs.training.EnrolmentService;
import fr.passeurs.training.SessionPlan;
import fr.passeurs.training.SessionService;
import fr.passeurs.training.Training;
import fr.passeurs.training.TrainingDetails;
import fr.passeurs.training.TrainingLevel;
import fr.passeurs.training.TrainingService;
import fr.passeurs.training.TrainingSession;
import fr.passeurs.visit.AccessibilityNeed;
import fr.passeurs.visit.OfferDetails;
import fr.passeurs.visit.OfferPeriod;
import fr.passeurs.visit.SchoolLevel;
import fr.passeurs.visit.VisitBooking;
import fr.passeurs.visit.VisitBookingService;
import fr.passeurs.visit.VisitFormat;
import fr.passeurs.visit.VisitOffer;
import fr.passeurs.visit.VisitOfferService;
import fr.passeurs.workshop.Machine;
import fr.passeurs.workshop.MachineDetails;
import fr.passeurs.workshop.Manufacture;
import fr.passeurs.workshop.ManufactureDetails;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.Region;
import fr.passeurs.workshop.Room;
import fr.passeurs.workshop.WorkshopService;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data on the first start with an empty database: always on the embedded H2 database
 * unless {@code PASSEURS_DEMO=false}, on MariaDB only with {@code PASSEURS_DEMO=true}. The demo
 * accounts get passwords generated now, printed once in the log.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  private static final String DOMAIN = "@demo.passeurs.fr";

  /** Recognised heritage know-how of the textile, wood and metal crafts. */
  static final String HERITAGE_FILE = "/demo/heritage-knowhow.csv";

  private static final char[] PASSWORD_CHARS =
      "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

  @Inject private DatabaseMigration database;
  @Inject private ManufactureService manufactures;
  @Inject private AccountService accounts;
  @Inject private KnowHowService knowHow;
  @Inject private WorkshopService workshop;
  @Inject private TrainingService trainings;
  @Inject private SessionService sessions;
  @Inject private EnrolmentService enrolments;
  @Inject private VisitOfferService visitOffers;
  @Inject private ApprenticeshipOfferService apprenticeshipOffers;
  @Inject private ApplicantService applicants;
  @Inject private VisitBookingService visitBookings;
  @Inject private MachineParkService machinePark;
  @Inject private Clock clock;
  @Inject private DemoData self;
  @Inject private DemoHistory history;

  @Inject
  @ConfigProperty(name = "passeurs.demo")
  Optional<Boolean> demo;

  @Inject
  @ConfigProperty(name = "passeurs.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  private final SecureRandom random = new SecureRandom();

  /** A demo account and the password it was given. */
  private record Credentials(String email, String role, String password) {}

  /** Where each demo manufacture's artisans work, by key. */
  private final Map<String, Manufacture> places = new LinkedHashMap<>();

  private final Map<String, List<String>> artisansByPlace = new LinkedHashMap<>();
  private final List<Credentials> credentials = new ArrayList<>();
  private final Map<String, String> knowHowByCode = new LinkedHashMap<>();
  private final Map<String, String> apprentices = new LinkedHashMap<>();
  private final Map<String, String> managers = new LinkedHashMap<>();
  private String weavingTraining;
  private String aubussonLoom;
  private String claireSchool;
  private String tapestryOffer;

  /** The looms' room of Aubusson, where tapestry is shown to classes too. */
  private Room aubussonLooms;

  private String teacherId;

  /** The machines of Aubusson and Thiers, by a short name. */
  private final Map<String, String> machinesByName = new HashMap<>();

  void load(
      @Observes @Priority(DatabaseMigration.DEMO) @Initialized(ApplicationScoped.class)
          Object start) {
    boolean wanted = demo.orElse(database.isEmbeddedDatabase());
    if (!wanted) {
      return;
    }
    // Everything read and written here is in a transaction: an entity manager used outside one at
    // start-up is closed twice by the server when the start-up ends.
    Optional<DemoHistory.Cast> cast = self.loadPresent();
    if (cast.isPresent()) {
      history.live(cast.get());
      printAccounts();
    }
  }

  /**
   * Everything of today and the coming weeks, in one transaction, unless the database holds
   * manufactures already; what the history needs.
   */
  @Transactional
  public Optional<DemoHistory.Cast> loadPresent() {
    if (manufactures.count() > 0) {
      return Optional.empty();
    }
    Caller system = Caller.system();
    if (!accounts.hasAdmin()) {
      account("admin", "Administration (démo)", Role.ADMIN, null);
    }
    place(
        system,
        "aubusson",
        "Manufacture des Lissiers",
        "4 rue des Déportés",
        "23200",
        "Aubusson",
        Region.NOUVELLE_AQUITAINE,
        45.9559,
        2.1680,
        "Ateliers partagés de tapisserie et de tissage au bord de la Creuse : métiers de basse lisse, salle de teinture, atelier bois.");
    place(
        system,
        "alencon",
        "Atelier partagé du Point d'Alençon",
        "12 rue du Château",
        "61000",
        "Alençon",
        Region.NORMANDIE,
        48.4320,
        0.0910,
        "Dentellières, brodeuses et ébénistes partagent un atelier lumineux et un parc de machines à bois.");
    place(
        system,
        "thiers",
        "Forges et Couteaux du Livradois",
        "8 rue de la Coutellerie",
        "63300",
        "Thiers",
        Region.AUVERGNE_RHONE_ALPES,
        45.8563,
        3.5476,
        "Forge, meules et ateliers d'émaillage au cœur de la capitale de la coutellerie.");
    place(
        system,
        "lorient",
        "Chantier des Métiers du Bois",
        "2 quai des Indes",
        "56100",
        "Lorient",
        Region.BRETAGNE,
        47.7480,
        -3.3590,
        "Charpente, vannerie et construction navale traditionnelle, avec une grande halle de traçage.");

    apprentices.put("lea", account("apprenti.lea", "Léa Martin", Role.APPRENTICE, null).id());
    apprentices.put(
        "youssef", account("apprenti.youssef", "Youssef Benali", Role.APPRENTICE, null).id());
    teacherId = account("enseignante.claire", "Claire Dubois", Role.TEACHER, null).id();
    pendingArtisan("artisan.nouveau", "Hugo Lefèvre", "aubusson");

    loadHeritageKnowHow(system);
    loadWorkshopsAndTrainings(system);
    loadClassVisits(system);
    loadMachinePark(system);
    loadApprenticeships();
    return Optional.of(
        new DemoHistory.Cast(
            places.get("aubusson").id(),
            managers.get("aubusson"),
            artisansByPlace.get("aubusson").get(0),
            artisansByPlace.get("aubusson").get(1),
            weavingTraining,
            aubussonLooms.id(),
            aubussonLoom,
            apprentices.get("lea"),
            apprentices.get("youssef"),
            teacherId,
            claireSchool,
            tapestryOffer));
  }

  private void printAccounts() {
    StringBuilder banner = new StringBuilder();
    banner
        .append("\n\nPasseurs demo data loaded. Open ")
        .append(publicUrl)
        .append(" and log in with one of these demo accounts (passwords shown only this once):\n");
    for (Credentials c : credentials) {
      banner.append(String.format("  %-42s %-11s %s%n", c.email(), c.role(), c.password()));
    }
    LOG.info(banner::toString);
  }

  private void place(
      Caller system,
      String key,
      String name,
      String street,
      String postalCode,
      String city,
      Region region,
      double latitude,
      double longitude,
      String description) {
    Manufacture manufacture =
        manufactures.open(
            system,
            new ManufactureDetails(
                name,
                street,
                postalCode,
                city,
                region,
                new GeoPoint(latitude, longitude),
                description));
    places.put(key, manufacture);
    managers.put(
        key, account("gerance." + key, "Gérance " + city, Role.MANAGER, manufacture.id()).id());
    List<String> artisans = new ArrayList<>();
    String[][] people = ARTISANS.get(key);
    for (String[] person : people) {
      artisans.add(account(person[0], person[1], Role.ARTISAN, manufacture.id()).id());
    }
    artisansByPlace.put(key, artisans);
  }

  private static final Map<String, String[][]> ARTISANS =
      Map.of(
          "aubusson",
              new String[][] {
                {"artisan.mathilde", "Mathilde Roche"}, {"artisan.pierre", "Pierre Vallet"}
              },
          "alencon",
              new String[][] {{"artisan.odile", "Odile Leroux"}, {"artisan.samir", "Samir Haddad"}},
          "thiers",
              new String[][] {
                {"artisan.jean", "Jean Chabrol"},
                {"artisan.nadia", "Nadia Perrin"},
                {"artisan.remi", "Rémi Fayolle"}
              },
          "lorient",
              new String[][] {{"artisan.yann", "Yann Le Goff"}, {"artisan.anna", "Anna Kerbrat"}});

  private Account account(String name, String displayName, Role role, String manufactureId) {
    String password = password();
    Account account =
        accounts.createActive(name + DOMAIN, displayName, password, role, manufactureId);
    credentials.add(new Credentials(account.email(), role.name(), password));
    return account;
  }

  private void pendingArtisan(String name, String displayName, String key) {
    String password = password();
    accounts.register(
        new AccountService.Registration(
            name + DOMAIN, password, displayName, Role.ARTISAN, places.get(key).id()));
    credentials.add(new Credentials(name + DOMAIN, "ARTISAN (pending)", password));
  }

  /**
   * The recognised heritage know-how of the reference file, each placed in the demo manufacture of
   * its craft family, with zero to all of that manufacture's artisans as holders, so that every
   * rarity level shows.
   */
  private void loadHeritageKnowHow(Caller system) {
    List<Map<String, String>> rows = readCsv(HERITAGE_FILE);
    for (Map<String, String> row : rows) {
      String code = row.get("code");
      Demo placement = PLACEMENT.getOrDefault(code, new Demo("lorient", 1, false, List.of()));
      List<String> artisans = artisansByPlace.get(placement.place());
      Set<String> holders =
          new LinkedHashSet<>(artisans.subList(0, Math.min(placement.holders(), artisans.size())));
      Domain domain = Domain.valueOf(row.get("domain"));
      Recognition recognition = Recognition.valueOf(row.get("recognition"));
      Region region = Region.byLabel(row.get("region"));
      String craft = row.get("craft_code").isBlank() ? null : row.get("craft_code");
      String recognised =
          recognition == Recognition.UNESCO
              ? "inscrit au patrimoine culturel immatériel de l'humanité (UNESCO)"
              : "inscrit à l'Inventaire national du patrimoine culturel immatériel";
      KnowHow entry =
          knowHow.create(
              system,
              new KnowHowContent(
                  capitalize(row.get("name_fr")),
                  "Savoir-faire " + recognised + ".",
                  "Savoir-faire du domaine "
                      + DOMAIN_FR.get(domain)
                      + (region == null
                          ? ", pratiqué dans toute la France"
                          : ", ancré en " + region.label())
                      + ". Fiche de reconnaissance : "
                      + row.get("source_url"),
                  domain,
                  craft,
                  placement.techniques(),
                  region,
                  places.get(placement.place()).id(),
                  recognition,
                  row.get("source_url"),
                  holders,
                  placement.trainedOutside()));
      knowHowByCode.put(code, entry.id());
    }
  }

  /**
   * Rooms and machines in Aubusson and Thiers, a weaving and an enamelling training with sessions
   * in the coming weeks, and Léa enrolled in the first one.
   */
  private void loadWorkshopsAndTrainings(Caller system) {
    String aubusson = places.get("aubusson").id();
    Room looms = workshop.addRoom(system, aubusson, "Salle des métiers", 12, true);
    aubussonLooms = looms;
    workshop.addRoom(system, aubusson, "Salle de teinture", 6, true);
    Machine loom =
        workshop.addMachine(
            system,
            aubusson,
            new MachineDetails(
                "Métier de basse lisse n° 1", "métier à tisser", looms.id(), true, null));
    aubussonLoom = loom.id();
    Machine secondLoom =
        workshop.addMachine(
            system,
            aubusson,
            new MachineDetails(
                "Métier de basse lisse n° 2", "métier à tisser", looms.id(), false, null));
    machinesByName.put("loom2", secondLoom.id());

    String thiers = places.get("thiers").id();
    Room forge = workshop.addRoom(system, thiers, "Forge", 8, false);
    Room enamel = workshop.addRoom(system, thiers, "Atelier d'émaillage", 6, true);
    Machine hammer =
        workshop.addMachine(
            system, thiers, new MachineDetails("Marteau-pilon", "forge", forge.id(), true, 16));
    Machine kiln =
        workshop.addMachine(
            system, thiers, new MachineDetails("Four à émailler", "four", enamel.id(), false, 14));
    machinesByName.put("loom1", loom.id());
    machinesByName.put("hammer", hammer.id());
    machinesByName.put("kiln", kiln.id());

    Caller mathilde = artisan("aubusson", 0);
    Training weaving =
        trainings.define(
            mathilde,
            new TrainingDetails(
                knowHowByCode.get("tapisserie-d-aubusson"),
                "Initiation au tissage en basse lisse",
                "Monter une chaîne, passer les premières duites, lire un carton simple.",
                TrainingLevel.BEGINNER,
                7,
                2,
                6,
                null,
                0,
                Set.of(),
                TrainingDetails.DEFAULT_MIN_ATTENDANCE_PERCENT,
                Set.of(loom.id())));
    weavingTraining = weaving.id();
    LocalDate monday =
        LocalDate.now(clock.withZone(ClockProducer.PARIS))
            .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    TrainingSession first =
        sessions.schedule(
            mathilde,
            weaving.id(),
            plan(looms.id(), Set.of(loom.id()), 6, monday.plusWeeks(2), true));
    sessions.schedule(
        mathilde, weaving.id(), plan(looms.id(), Set.of(loom.id()), 6, monday.plusWeeks(4), true));

    Caller jean = artisan("thiers", 0);
    Training enamelling =
        trainings.define(
            jean,
            new TrainingDetails(
                knowHowByCode.get("emailleurs-sur-metal"),
                "Émail champlevé : premiers pas",
                "Graver le champ, poser l'émail, cuire et polir une petite plaque de cuivre.",
                TrainingLevel.BEGINNER,
                4,
                1,
                5,
                16,
                4500,
                Set.of()));
    sessions.schedule(
        jean, enamelling.id(), plan(enamel.id(), Set.of(kiln.id()), 5, monday.plusWeeks(3), false));

    enrolments.enrol(new Caller(apprentices.get("lea"), Set.of(Role.APPRENTICE), null), first.id());
  }

  /**
   * The machine park: the looms of Aubusson open to bookings (free, by the hour; the first one
   * needs the authorisation that the weaving training's certificate gives, which Léa earned in the
   * demo's past and Youssef lost with his certificate), the power hammer of Thiers (authorisation
   * required, €12.50 an hour) and its enamelling kiln, in maintenance next Thursday morning; Jean
   * authorised on the hammer; Jean and Pierre each with a booking on the next working days.
   */
  private void loadMachinePark(Caller system) {
    String aubusson = places.get("aubusson").id();
    String thiers = places.get("thiers").id();
    MachineRules looms = new MachineRules(true, 60, 60, 240, 8, 28, 24, 0);
    machinePark.setRules(system, aubusson, machinesByName.get("loom1"), looms);
    machinePark.setRules(system, aubusson, machinesByName.get("loom2"), looms);
    machinePark.setRules(
        system,
        thiers,
        machinesByName.get("hammer"),
        new MachineRules(true, 30, 60, 180, 6, 14, 48, 1250));
    machinePark.setRules(
        system,
        thiers,
        machinesByName.get("kiln"),
        new MachineRules(true, 30, 30, 120, 4, 14, 24, 800));
    Caller jean = artisan("thiers", 0);
    // the hammer is for people aged 16 or more: Jean gave his birth date
    accounts.describeMe(
        jean,
        accounts.summary(jean.accountId()).orElseThrow().displayName(),
        LocalDate.of(1976, 5, 14));
    machinePark.grant(
        system,
        thiers,
        machinesByName.get("hammer"),
        jean.accountId(),
        "Formation sécurité de la forge suivie à la manufacture.",
        null);
    LocalDate day = LocalDate.now(clock.withZone(ClockProducer.PARIS)).plusDays(1);
    while (day.getDayOfWeek().getValue() > 5) {
      day = day.plusDays(1);
    }
    machinePark.book(
        jean,
        machinesByName.get("hammer"),
        TimeRange.inParis(day, LocalTime.of(9, 0), LocalTime.of(11, 0)),
        null);
    LocalDate next = day.plusDays(1);
    while (next.getDayOfWeek().getValue() > 5) {
      next = next.plusDays(1);
    }
    LocalDate thursday =
        LocalDate.now(clock.withZone(ClockProducer.PARIS))
            .with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
    machinePark.declareOutage(
        system,
        thiers,
        machinesByName.get("kiln"),
        Outage.Kind.MAINTENANCE,
        TimeRange.inParis(thursday, LocalTime.of(8, 0), LocalTime.of(12, 0)),
        "Remplacement des résistances du four.");
    machinePark.book(
        artisan("aubusson", 1),
        machinesByName.get("loom2"),
        TimeRange.inParis(next, LocalTime.of(14, 0), LocalTime.of(16, 0)),
        null);
  }

  /**
   * Class visits: tapestry in Aubusson (Pierre, in the looms' room) and forging a knife in Thiers
   * (Rémi, in a demonstration room next to the forge); Claire's collège, registered by its UAI,
   * with a visit confirmed in Aubusson in ten days or so (she may still cancel it) and a request
   * waiting in Thiers. Both on days the offers take place, in opening hours, clear of the training
   * sessions.
   */
  private void loadClassVisits(Caller system) {
    LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
    LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    // the school year, begun some weeks ago (a visit was done in it) and running ten months on
    List<OfferPeriod> schoolYear =
        List.of(new OfferPeriod(today.minusMonths(2), today.plusMonths(10)));

    Caller pierre = artisan("aubusson", 1);
    VisitOffer tapestry =
        visitOffers.publish(
            pierre,
            new OfferDetails(
                knowHowByCode.get("tapisserie-d-aubusson"),
                null,
                aubussonLooms.id(),
                "Du carton à la tapisserie : l'atelier de basse lisse",
                "Les élèves suivent une tapisserie d'Aubusson du carton du peintre à la pièce"
                    + " tissée : ils voient monter une chaîne, passer les duites, et touchent les"
                    + " laines teintes à la manufacture.",
                VisitFormat.GUIDED_VISIT,
                Set.of(
                    SchoolLevel.PRIMARY_CYCLE_2, SchoolLevel.PRIMARY_CYCLE_3, SchoolLevel.COLLEGE),
                90,
                4,
                10,
                Set.of(AccessibilityNeed.MOTOR, AccessibilityNeed.HEARING),
                6,
                "On ne touche pas aux métiers sans l'artisan ; les ciseaux et les broches restent"
                    + " sur l'établi.",
                "Aucun ; des chaussures fermées sont conseillées.",
                schoolYear,
                Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)));
    tapestryOffer = tapestry.id();

    String thiers = places.get("thiers").id();
    String remi = artisansByPlace.get("thiers").get(2);
    KnowHow cutlery =
        knowHow.create(
            system,
            new KnowHowContent(
                "Coutellerie de Thiers : forge et émouture",
                "Forger, émoudre et monter un couteau, de la barre d'acier au manche.",
                "Le savoir-faire des couteliers thiernois : forge de la lame au marteau-pilon,"
                    + " trempe, émouture à la meule, montage et polissage du manche.",
                Domain.METAL,
                "coutelier",
                List.of("Forge de la lame", "Trempe", "Émouture", "Montage du manche"),
                Region.AUVERGNE_RHONE_ALPES,
                thiers,
                null,
                null,
                Set.of(remi),
                true));
    Room demonstration = workshop.addRoom(system, thiers, "Salle de démonstration", 24, true);
    VisitOffer forge =
        visitOffers.publish(
            artisan("thiers", 2),
            new OfferDetails(
                cutlery.id(),
                null,
                demonstration.id(),
                "Forger une lame : la coutellerie de Thiers",
                "Derrière la barrière de sécurité, la classe regarde une lame naître : forge,"
                    + " trempe dans l'huile, émouture à la meule. Chaque élève repart avec une"
                    + " lame d'essai.",
                VisitFormat.DEMONSTRATION,
                Set.of(SchoolLevel.COLLEGE, SchoolLevel.LYCEE, SchoolLevel.VOCATIONAL),
                120,
                6,
                20,
                Set.of(AccessibilityNeed.MOTOR, AccessibilityNeed.VISUAL),
                11,
                "Les élèves restent derrière la barrière, à trois mètres de la forge ; cheveux"
                    + " attachés, pas d'écharpe.",
                "Lunettes de protection et bouchons d'oreilles fournis.",
                schoolYear,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)));

    // 0230012: 230012 mod 23 = 12, the thirteenth letter of the UAI alphabet, N.
    Caller claire = new Caller(teacherId, Set.of(Role.TEACHER), null);
    String uai =
        visitBookings
            .registerSchool(claire, "0230012N", "Collège du Val de Creuse", "Aubusson")
            .uai();
    claireSchool = uai;
    VisitBooking confirmed =
        visitBookings.request(
            claire,
            tapestry.id(),
            uai,
            new VisitBooking.Request(
                SchoolLevel.COLLEGE,
                10,
                2,
                Set.of(),
                "Demi-classe de 6e : nous travaillons sur les arts de la Creuse.",
                List.of(
                    parisTime(monday.plusWeeks(1).plusDays(3), 14, 0),
                    parisTime(monday.plusWeeks(1).plusDays(4), 10, 0))));
    visitBookings.confirm(pierre, confirmed.id(), 0);
    visitBookings.request(
        claire,
        forge.id(),
        uai,
        new VisitBooking.Request(
            SchoolLevel.COLLEGE,
            18,
            2,
            Set.of(AccessibilityNeed.MOTOR),
            "Classe de 5e, dont un élève en fauteuil roulant.",
            List.of(
                parisTime(monday.plusWeeks(2).plusDays(1), 10, 0),
                parisTime(monday.plusWeeks(2).plusDays(3), 14, 0))));
  }

  /**
   * Apprenticeships: Mathilde takes two apprentices in tapestry in Aubusson, Jean one in enamelling
   * in Thiers, both from the spring; Léa (Guéret) and Youssef (Clermont-Ferrand) describe
   * themselves and rank the offers; no round has run yet, so that a manager can run one.
   */
  private void loadApprenticeships() {
    LocalDate spring =
        LocalDate.now(clock.withZone(ClockProducer.PARIS)).plusMonths(4).withDayOfMonth(1);
    ApprenticeshipOffer tapestry =
        apprenticeshipOffers.publish(
            artisan("aubusson", 0),
            new ApprenticeshipTerms(
                knowHowByCode.get("tapisserie-d-aubusson"),
                "Deux ans de basse lisse à Aubusson",
                "Du carton à la tombée de métier : l'apprentissage d'un lissier, au rythme de"
                    + " l'atelier.",
                2,
                spring,
                24,
                4,
                ApprenticeLevel.BEGINNER,
                null,
                List.of(
                    "Monter une chaîne et lire un carton",
                    "Tisser un échantillon de 30 cm",
                    "Conduire une pièce entière avec le maître")));
    ApprenticeshipOffer enamel =
        apprenticeshipOffers.publish(
            artisan("thiers", 0),
            new ApprenticeshipTerms(
                knowHowByCode.get("emailleurs-sur-metal"),
                "Un an d'émail sur métal à Thiers",
                "Champlevé, cloisonné, cuisson : une année au four avec un maître émailleur.",
                1,
                spring,
                12,
                3,
                ApprenticeLevel.NOVICE,
                null,
                List.of("Préparer le métal", "Poser et cuire l'émail", "Une plaque signée")));
    describe(
        "lea",
        "Guéret",
        new GeoPoint(46.17, 1.87),
        List.of(tapestry.id(), enamel.id()),
        "Un CAP d'ébéniste ; envie d'apprendre un geste rare du textile.");
    describe(
        "youssef",
        "Clermont-Ferrand",
        new GeoPoint(45.78, 3.08),
        List.of(enamel.id()),
        "Bijoutier de formation, je veux apprendre l'émail.");
  }

  private void describe(
      String apprentice, String city, GeoPoint home, List<String> ranked, String motivation) {
    Caller caller = new Caller(apprentices.get(apprentice), Set.of(Role.APPRENTICE), null);
    applicants.describe(
        caller,
        new ApprenticeProfile.Details(
            Set.of(),
            Set.of(
                knowHowByCode.get("tapisserie-d-aubusson"),
                knowHowByCode.get("emailleurs-sur-metal")),
            city,
            home,
            200,
            LocalDate.now(clock.withZone(ClockProducer.PARIS)),
            ApprenticeLevel.BEGINNER,
            "",
            motivation));
    applicants.apply(caller, ranked);
  }

  static Instant parisTime(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(ClockProducer.PARIS).toInstant();
  }

  /** That day's morning (09:00–12:30) or afternoon (14:00–17:00), in Paris. */
  static TimeRange halfDay(LocalDate day, boolean morning) {
    return morning
        ? TimeRange.inParis(day, MORNING_START, MORNING_END)
        : TimeRange.inParis(day, LocalTime.of(14, 0), LocalTime.of(17, 0));
  }

  private Caller artisan(String place, int index) {
    return new Caller(
        artisansByPlace.get(place).get(index), Set.of(Role.ARTISAN), places.get(place).id());
  }

  private static final LocalTime MORNING_START = LocalTime.of(9, 0);
  private static final LocalTime MORNING_END = LocalTime.of(12, 30);

  /** A morning (and, if asked, the next morning too), enrolment closing three days before. */
  private static SessionPlan plan(
      String roomId, Set<String> machines, int seats, LocalDate day, boolean twoMornings) {
    List<TimeRange> times = new ArrayList<>();
    times.add(TimeRange.inParis(day, MORNING_START, MORNING_END));
    if (twoMornings) {
      times.add(TimeRange.inParis(day.plusDays(1), MORNING_START, MORNING_END));
    }
    Instant deadline = day.minusDays(3).atTime(18, 0).atZone(ClockProducer.PARIS).toInstant();
    return new SessionPlan(roomId, machines, times, seats, deadline);
  }

  private record Demo(String place, int holders, boolean trainedOutside, List<String> techniques) {}

  private static final Map<Domain, String> DOMAIN_FR =
      Map.of(Domain.TEXTILE, "textile", Domain.WOOD, "bois", Domain.METAL, "métal");

  private static final Map<String, Demo> PLACEMENT =
      Map.ofEntries(
          Map.entry(
              "tapisserie-d-aubusson",
              new Demo(
                  "aubusson",
                  2,
                  true,
                  List.of(
                      "Tissage en basse lisse", "Carton de tapisserie", "Teinture de la laine"))),
          Map.entry(
              "lissiers-d-aubusson-felletin",
              new Demo("aubusson", 1, false, List.of("Tissage en basse lisse"))),
          Map.entry("makhila-ainciart-bergara", new Demo("aubusson", 0, false, List.of())),
          Map.entry(
              "dentelle-au-point-d-alencon",
              new Demo("alencon", 1, false, List.of("Point à l'aiguille", "Réseau", "Brodes"))),
          Map.entry(
              "point-de-luneville-broderie-perlee-pailletee",
              new Demo("alencon", 2, false, List.of("Crochet de Lunéville", "Broderie perlée"))),
          Map.entry(
              "dentelle-au-fuseau-du-puy-en-velay",
              new Demo("thiers", 1, true, List.of("Fuseaux", "Carreau"))),
          Map.entry(
              "mecanique-horlogere-et-mecanique-d-art",
              new Demo("thiers", 3, true, List.of("Micromécanique"))),
          Map.entry(
              "couvreurs-zingueurs-parisiens-et-ornemanistes",
              new Demo("thiers", 2, true, List.of("Zinguerie", "Ornements repoussés"))),
          Map.entry(
              "emailleurs-sur-metal",
              new Demo("thiers", 1, false, List.of("Émail champlevé", "Émail cloisonné"))),
          Map.entry("compagnonnage", new Demo("lorient", 2, true, List.of())),
          Map.entry(
              "trace-charpente-francaise",
              new Demo("lorient", 2, false, List.of("Trait de charpente", "Épure"))),
          Map.entry(
              "chantier-naval-frcpm-calais",
              new Demo("lorient", 1, false, List.of("Construction à clin", "Calfatage"))),
          Map.entry(
              "vanniers-du-carbasson",
              new Demo("lorient", 0, false, List.of("Vannerie sur arceaux"))));

  private String password() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(PASSWORD_CHARS[random.nextInt(PASSWORD_CHARS.length)]);
    }
    return password.toString();
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static List<Map<String, String>> readCsv(String resource) {
    try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return Csv.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
