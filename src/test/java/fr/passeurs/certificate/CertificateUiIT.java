package fr.passeurs.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.certificate.core.PublicCode;
import fr.passeurs.testing.Api;
import fr.passeurs.testing.Browser;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import fr.passeurs.testing.Fixtures.TrainingDay;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certificates in headless Chromium: the apprentice finds theirs and follows it to its public
 * verification page; anyone opens that page from the printed address, or checks a credential or a
 * PDF; the manager revokes it with a reason, which the verification page then shows, and follows a
 * batch to its end. Every page passes the accessibility check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateUiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.withTestControls();
  }

  @ArquillianResource URL url;
  Api api;
  Fixtures fixtures;
  Browser browser;

  @BeforeEach
  void open() {
    api = Api.at(url);
    fixtures = new Fixtures(api);
    browser = new Browser(url);
  }

  @AfterEach
  void close() {
    browser.close();
    fixtures.moveClockTo(null);
  }

  @Test
  void anApprenticeShowsACertificateThatAnyoneChecksUntilTheManagerRevokesIt() throws Exception {
    // A past session of one day (3 h 30 and 3 h), one participant, its register closed.
    TrainingDay t = fixtures.trainingDay(4, 1);
    Person manager = t.manager();
    String title = t.training().getString("title");
    Person apprentice = t.participants().get(0);
    String apprenticeName = "Person " + apprentice.email();
    String code = fixtures.hold(t);
    String grouped = PublicCode.parse(code).grouped();

    // The apprentice finds it among their certificates and follows it to its verification page.
    browser.logIn(apprentice.email(), apprentice.password());
    browser.navigateTo("/me/certificates.xhtml");
    assertThat(browser.text("#certificates"))
        .contains("Certificat de réalisation")
        .contains(title)
        .contains("Certificat valide");
    assertThat(browser.find("a.cert-pdf").getAttribute("href"))
        .endsWith("/me/certificates/pdf/" + code);
    browser.assertAccessible().screenshot("certificates-mine");
    browser.clickAndWait("a.cert-verify");
    assertThat(browser.path()).isEqualTo("/verify/" + code);
    assertWholeCertificate(title, apprenticeName, grouped);
    assertThat(browser.text(".cert-status")).contains("Certificat valide");
    browser.assertAccessible().screenshot("certificates-verify-valid");

    // Anyone opens the printed address, without logging in; an unknown code is not found.
    browser.logOut();
    browser.open("/verify/" + code);
    assertWholeCertificate(title, apprenticeName, grouped);
    assertThat(browser.all("nav a[href$='/me/certificates.xhtml']")).isEmpty();
    browser.assertAccessible();
    browser.open("/verify/ZZZZ-ZZZZ-ZZZZ");
    assertThat(browser.text("h1")).isEqualTo("Aucun certificat avec ce code");
    assertThat(browser.text(".cert-status")).contains("ZZZZ-ZZZZ-ZZZZ");
    browser.assertAccessible().screenshot("certificates-verify-unknown");
    assertThat(api.fetch("/verify/ZZZZZZZZZZZZ", "text/html").status()).isEqualTo(404);
    assertThat(api.fetch("/verify/" + code, "text/html").status()).isEqualTo(200);

    // Anyone checks a credential pasted into the form.
    String jwt =
        api.as(apprentice).fetch("/api/certificates/" + code + "/credential", "*/*").body();
    browser.open("/verify");
    browser.assertAccessible();
    browser.type("#check\\:credential", "pas un jeton");
    browser.clickAndWait("#check\\:checkButton");
    assertThat(browser.text(".messages")).contains("n’est pas un justificatif signé");
    browser.setValue("#check\\:credential", jwt);
    browser.clickAndWait("#check\\:checkButton");
    assertThat(browser.text(".cert-outcome")).isEqualTo("Valide");
    assertThat(browser.text(".cert-verdict")).contains(apprenticeName).contains(grouped);
    browser.assertAccessible().screenshot("certificates-verify-form");

    // Or uploads the PDF as downloaded.
    Path pdf = Files.createTempFile("certificat-", ".pdf");
    Files.write(pdf, api.as(apprentice).download("/api/certificates/" + code + "/pdf").body());
    browser.open("/verify");
    browser.find("#check\\:pdf").sendKeys(pdf.toAbsolutePath().toString());
    browser.clickAndWait("#check\\:checkButton");
    assertThat(browser.text(".cert-outcome")).isEqualTo("Valide");
    assertThat(browser.text(".cert-verdict")).contains(grouped);
    Files.delete(pdf);

    // The manager sees the session's certificates and revokes this one, with a reason.
    browser.logIn(manager.email(), manager.password());
    browser.navigateTo("/manager/certificates.xhtml");
    assertThat(browser.text("#sessions")).contains(title);
    browser.assertAccessible();
    browser.clickAndWait("#sessions .cert-show");
    assertThat(browser.text("#certs")).contains(apprenticeName).contains("Certificat valide");
    browser.assertAccessible().screenshot("certificates-manager-session");
    browser.click("#certForm .cert-revoke");
    browser.find("#revokeForm\\:reason");
    browser.assertAccessible().screenshot("certificates-manager-revoke-dialog");
    browser.clickAndWait("#revokeForm\\:confirmRevoke");
    assertThat(browser.text(".messages")).contains("Indiquez le motif");
    assertThat(browser.text("#certs")).contains("Certificat valide");
    browser.click("#certForm .cert-revoke");
    browser.type("#revokeForm\\:reason", "Présence déclarée par erreur");
    browser.clickAndWait("#revokeForm\\:confirmRevoke");
    assertThat(browser.text(".messages")).contains("Le certificat " + grouped + " est révoqué.");
    assertThat(browser.text("#certs"))
        .contains("Certificat révoqué")
        .contains("Présence déclarée par erreur");
    browser.assertAccessible();

    // The verification page now says it is revoked, and why.
    browser.open("/verify/" + code);
    assertThat(browser.text(".cert-status"))
        .contains("Certificat révoqué")
        .contains("Présence déclarée par erreur");
    assertWholeCertificate(title, apprenticeName, grouped);
    browser.assertAccessible().screenshot("certificates-verify-revoked");

    // The manager issues the session's certificates in a batch and sees it reach its end.
    browser.open("/manager/certificates.xhtml");
    browser.clickAndWait("#sessions .cert-issue");
    // said first, so that a refused or failed start shows what the page said instead
    assertThat(browser.text("main")).contains("La délivrance a commencé");
    browser.find("#progress\\:bar");
    browser.waitForText(".cert-batch-state", "Terminée");
    assertThat(browser.text(".cert-batch-state")).contains("1 session(s) traitée(s) sur 1");
    assertThat(browser.text(".cert-batch-state")).contains("0 en échec");
    browser.assertAccessible().screenshot("certificates-manager-batch");
  }

  private void assertWholeCertificate(String title, String recipient, String grouped) {
    String sheet = browser.text(".cert-sheet");
    assertThat(sheet)
        .contains("Certificat de réalisation")
        .contains(recipient)
        .contains(title)
        .contains("action de formation")
        .contains("Savoir-faire")
        .contains("Métier")
        .contains("6 h 30 sur 6 h 30 prévues (100 %)")
        .contains("Manufacture")
        .contains("Identifiant Passeurs")
        .contains("Délivré le")
        .contains(grouped);
  }

  @Test
  void aManagerIssuesACertificateAgainAfterTheRegisterIsCorrected() throws Exception {
    for (int width : new int[] {1280, 375}) {
      TrainingDay t = fixtures.trainingDay(width == 1280 ? 5 : 6, 1);
      Person apprentice = t.participants().get(0);
      String register = "/api/sessions/" + t.session() + "/register";
      String code = fixtures.hold(t);

      browser.width(width).logIn(t.manager().email(), t.manager().password());
      browser.navigateTo("/manager/certificates.xhtml");
      browser.clickAndWait("#sessions .cert-show");
      // the register says the same as when it was issued: nothing changes
      browser.clickAndWait("#certForm .cert-reissue");
      assertThat(browser.text(".messages")).contains("reste tel quel");

      // the afternoon is corrected: the apprentice had left at lunch
      Api.Response corrected =
          api.as(t.artisan())
              .put(
                  register + "/1/" + apprentice.id(),
                  Json.createObjectBuilder()
                      .add("status", "ABSENT")
                      .add("remark", "Parti à midi")
                      .build());
      assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
      browser.clickAndWait("#certForm .cert-reissue");
      assertThat(browser.text(".messages")).contains("est délivré de nouveau");
      assertThat(browser.text("#certs")).contains("3 h 30").contains("Certificat valide");
      browser.assertAccessible().screenshot("certificates-manager-reissued-" + width);
      JsonObject old = api.get("/api/certificates/" + code).json();
      assertThat(old.getString("outcome")).isEqualTo("REVOKED");
      fixtures.moveClockTo(null);
    }
  }
}
