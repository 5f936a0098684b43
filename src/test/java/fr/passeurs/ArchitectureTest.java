package fr.passeurs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules of the code (README, "Map of the code"), kept by the build. */
class ArchitectureTest {

  static final List<String> CONTEXTS =
      List.of(
          "catalogue",
          "workshop",
          "people",
          "training",
          "visit",
          "attendance",
          "certificate",
          "matching",
          "scheduling",
          "notification",
          "audit");

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.passeurs");
  }

  @Test
  void platformDependsOnNoContext() {
    noClasses()
        .that()
        .resideInAPackage("fr.passeurs.platform..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(contextPackages("..").toArray(String[]::new))
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("fr.passeurs.demo..")
        .check(classes);
  }

  /**
   * No context reaches into another's API or pages. The pages that compose several contexts ({@code
   * home}) read the contexts' read models of their {@code api} packages, as clients of the API
   * would, never their pages.
   */
  @Test
  void noContextReachesIntoAnotherContextsApiOrPages() {
    for (String context : CONTEXTS) {
      noClasses()
          .that()
          .resideOutsideOfPackages("fr.passeurs." + context + "..", "fr.passeurs.home..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "fr.passeurs." + context + ".api..", "fr.passeurs." + context + ".web..")
          .allowEmptyShould(true)
          .check(classes);
      noClasses()
          .that()
          .resideInAPackage("fr.passeurs.home..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("fr.passeurs." + context + ".web..")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void contextsUseEachOtherThroughServicesEventsAndValuesNeverEntities() {
    for (String context : CONTEXTS) {
      noClasses()
          .that()
          .resideInAnyPackage(
              contextPackages("..").stream()
                  .filter(p -> !p.equals("fr.passeurs." + context + ".."))
                  .toArray(String[]::new))
          .should()
          .dependOnClassesThat(entitiesOf(context))
          .allowEmptyShould(true)
          .because("a context reads another through its service's summaries, not its entities")
          .check(classes);
    }
  }

  /**
   * The OpenAPI document names a record's schema by its simple name: two records of the API with
   * the same simple name would be published as one.
   */
  @Test
  void simpleNamesAreUniqueAcrossTheApiPackages() {
    java.util.Map<String, java.util.List<String>> byName = new java.util.TreeMap<>();
    classes.stream()
        .filter(c -> c.getPackageName().matches("fr\\.passeurs\\.\\w+\\.api"))
        .filter(c -> !c.isAnonymousClass() && !c.getSimpleName().isEmpty())
        .forEach(
            c ->
                byName
                    .computeIfAbsent(c.getSimpleName(), n -> new java.util.ArrayList<>())
                    .add(c.getName()));
    assertThat(byName.values().stream().filter(names -> names.size() > 1).toList())
        .as("simple names used twice in the api packages")
        .isEmpty();
  }

  /** What a certificate states, its credential and its PDF are plain Java, like the matching. */
  @Test
  void theCertificateCoreIsPlainJava() {
    noClasses()
        .that()
        .resideInAPackage("fr.passeurs.certificate.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta..", "org.eclipse..", "org.primefaces..")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "fr.passeurs.certificate",
            "fr.passeurs.certificate.api..",
            "fr.passeurs.certificate.web..")
        .check(classes);
  }

  /** The computation of a matching round is plain Java, testable without a container. */
  @Test
  void theMatchingCoreIsPlainJava() {
    noClasses()
        .that()
        .resideInAPackage("fr.passeurs.matching.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta..", "org.eclipse..", "org.primefaces..")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "fr.passeurs.matching", "fr.passeurs.matching.api..", "fr.passeurs.matching.web..")
        .check(classes);
  }

  @Test
  void nothingDependsOnTheDemoData() {
    noClasses()
        .that()
        .resideOutsideOfPackage("fr.passeurs.demo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("fr.passeurs.demo..")
        .check(classes);
  }

  @Test
  void contextsHaveNoCycles() {
    slices().matching("fr.passeurs.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void everyResourceMethodStatesWhoMayCallIt() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Path.class)
        .and()
        .areAnnotatedWith(GET.class)
        .or()
        .areAnnotatedWith(POST.class)
        .or()
        .areAnnotatedWith(PUT.class)
        .or()
        .areAnnotatedWith(DELETE.class)
        .should(stateTheirRoles())
        .check(classes);
  }

  /**
   * No entity in what the API takes or gives: not as a resource method's answer or parameter, not
   * inside a list, an optional or a map, not as a component of a record of an {@code api} package.
   */
  @Test
  void entitiesNeverCrossTheRestBoundary() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Path.class)
        .and(
            DescribedPredicate.describe(
                "answer a request",
                (JavaMethod m) ->
                    m.isAnnotatedWith(GET.class)
                        || m.isAnnotatedWith(POST.class)
                        || m.isAnnotatedWith(PUT.class)
                        || m.isAnnotatedWith(DELETE.class)
                        || m.isAnnotatedWith(Path.class)))
        .should(
            new ArchCondition<JavaMethod>("neither take nor give an entity") {
              @Override
              public void check(JavaMethod method, ConditionEvents events) {
                java.util.Set<JavaClass> involved =
                    new java.util.HashSet<>(method.getReturnType().getAllInvolvedRawTypes());
                method
                    .getParameters()
                    .forEach(p -> involved.addAll(p.getType().getAllInvolvedRawTypes()));
                involved.stream()
                    .filter(type -> type.isAnnotatedWith(Entity.class))
                    .forEach(
                        entity ->
                            events.add(
                                SimpleConditionEvent.violated(
                                    method,
                                    method.getFullName()
                                        + " takes or gives the entity "
                                        + entity.getSimpleName())));
              }
            })
        .check(classes);
    classes()
        .that()
        .resideInAPackage("fr.passeurs.*.api..")
        .and()
        .areRecords()
        .should(
            new ArchCondition<JavaClass>("have no entity among their components") {
              @Override
              public void check(JavaClass record, ConditionEvents events) {
                record.getFields().stream()
                    .filter(field -> !field.getModifiers().contains(JavaModifier.STATIC))
                    .forEach(
                        field ->
                            field.getType().getAllInvolvedRawTypes().stream()
                                .filter(type -> type.isAnnotatedWith(Entity.class))
                                .forEach(
                                    entity ->
                                        events.add(
                                            SimpleConditionEvent.violated(
                                                record,
                                                record.getName()
                                                    + "."
                                                    + field.getName()
                                                    + " is the entity "
                                                    + entity.getSimpleName()))));
              }
            })
        .allowEmptyShould(true)
        .check(classes);
  }

  /**
   * A context's domain knows nothing of HTTP or of pages: JAX-RS lives in {@code api}, Faces and
   * PrimeFaces in {@code web}.
   */
  @Test
  void noDomainKnowsHttpOrPages() {
    noClasses()
        .that()
        .resideInAnyPackage(contextPackages("").toArray(String[]::new))
        .or()
        .resideInAnyPackage(contextPackages(".core..").toArray(String[]::new))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "org.primefaces..")
        .check(classes);
  }

  /**
   * The pages read and write through the same request records and read models as the API, never
   * through entities: neither directly nor inside a record they hold or answer (a page bean is a
   * class of a {@code web} package or a bean named for the pages).
   */
  @Test
  void pagesTouchNoEntity() {
    java.util.Set<String> onEntities = new java.util.TreeSet<>();
    classes.stream()
        .filter(ArchitectureTest::isPage)
        .forEach(
            page -> {
              boolean direct =
                  page.getDirectDependenciesFromSelf().stream()
                      .anyMatch(d -> d.getTargetClass().isAnnotatedWith(Entity.class));
              boolean throughRecords =
                  page.getMethods().stream()
                          .flatMap(m -> m.getReturnType().getAllInvolvedRawTypes().stream())
                          .anyMatch(type -> reachesEntity(type, new java.util.HashSet<>()))
                      || page.getFields().stream()
                          .flatMap(f -> f.getType().getAllInvolvedRawTypes().stream())
                          .anyMatch(type -> reachesEntity(type, new java.util.HashSet<>()));
              if (direct || throughRecords) {
                onEntities.add(
                    page.getName().replaceFirst("^fr\\.passeurs\\.", "").replaceFirst("\\$.*", ""));
              }
            });
    assertThat(onEntities).as("pages that touch an entity").isEmpty();
  }

  /** A class of the pages: in a context's {@code web} package, or a bean named for the pages. */
  private static boolean isPage(JavaClass type) {
    return type.getPackageName().startsWith("fr.passeurs.")
        && !type.getPackageName().matches("fr\\.passeurs\\.\\w+\\.api(\\..*)?")
        && (type.getPackageName().matches("fr\\.passeurs\\.\\w+\\.web")
            || type.isAnnotatedWith(jakarta.inject.Named.class));
  }

  /** The type is an entity, or a record (of ours) that holds one, however deep. */
  private static boolean reachesEntity(JavaClass type, java.util.Set<JavaClass> seen) {
    if (type.isAnnotatedWith(Entity.class)) {
      return true;
    }
    if (!type.isRecord() || !type.getPackageName().startsWith("fr.passeurs") || !seen.add(type)) {
      return false;
    }
    return type.getFields().stream()
        .filter(field -> !field.getModifiers().contains(JavaModifier.STATIC))
        .flatMap(field -> field.getType().getAllInvolvedRawTypes().stream())
        .anyMatch(component -> reachesEntity(component, seen));
  }

  /**
   * Payara 6's OpenAPI generator fails on a Bean Validation constraint found on a parameter that is
   * not a {@code @PathParam} (including the compact constructors of records): constraints go on
   * fields and record components with an explicit canonical constructor.
   */
  @Test
  void noConstraintOnParameters() {
    classes()
        .that()
        .resideInAPackage("fr.passeurs..")
        .should(
            new ArchCondition<JavaClass>("have no Bean Validation constraint on a parameter") {
              @Override
              public void check(JavaClass type, ConditionEvents events) {
                type.getCodeUnits()
                    .forEach(
                        unit -> {
                          for (JavaParameter parameter : unit.getParameters()) {
                            parameter.getAnnotations().stream()
                                .filter(
                                    a ->
                                        a.getRawType()
                                            .getPackageName()
                                            .equals("jakarta.validation.constraints"))
                                .forEach(
                                    a ->
                                        events.add(
                                            SimpleConditionEvent.violated(
                                                unit,
                                                unit.getFullName()
                                                    + " has @"
                                                    + a.getRawType().getSimpleName()
                                                    + " on a parameter")));
                          }
                        });
              }
            })
        .check(classes);
  }

  private static ArchCondition<JavaMethod> stateTheirRoles() {
    return new ArchCondition<>(
        "be annotated with @RolesAllowed, @PermitAll or @DenyAll, or be in a class that is") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean stated =
            method.isAnnotatedWith(RolesAllowed.class)
                || method.isAnnotatedWith(PermitAll.class)
                || method.isAnnotatedWith(DenyAll.class)
                || method.getOwner().isAnnotatedWith(RolesAllowed.class)
                || method.getOwner().isAnnotatedWith(PermitAll.class);
        if (!stated) {
          events.add(
              SimpleConditionEvent.violated(method, method.getFullName() + " states no roles"));
        }
      }
    };
  }

  private static DescribedPredicate<JavaClass> entitiesOf(String context) {
    return DescribedPredicate.describe(
        "entities of " + context,
        type ->
            type.getPackageName().startsWith("fr.passeurs." + context)
                && type.isAnnotatedWith(Entity.class));
  }

  private static List<String> contextPackages(String suffix) {
    return CONTEXTS.stream().map(c -> "fr.passeurs." + c + suffix).toList();
  }
}
