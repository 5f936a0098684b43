package fr.passeurs.attendance;

import static fr.passeurs.testing.Fixtures.paris;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import fr.passeurs.testing.Api;
import fr.passeurs.testing.Browser;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import fr.passeurs.testing.Fixtures.TrainingDay;
import jakarta.json.Json;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The attendance pages in headless Chromium, during a half-day (the tests move the server's clock):
 * the trainer keeps the register and shows the QR code, a participant scans it, logs in and signs,
 * another signs from their enrolments, the trainer sees the signatures and closes the half-day;
 * once the afternoon is closed too, the participant who signed finds her certificate, and the QR
 * code printed on it opens its verification page, which says it is valid. Every page passes the
 * accessibility check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttendanceUiIT {

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
  void
      participantsSignByQrCodeOrThemselvesTheTrainerClosesAndTheCertificateVerifiesFromItsQrCode() {
    TrainingDay t = fixtures.trainingDay(3, 3);
    Person artisan = t.artisan();
    String title = t.training().getString("title");
    LocalDate day = t.day();
    String session = t.session();
    Person lea = t.participants().get(0);
    Person sam = t.participants().get(1);
    Person tom = t.participants().get(2);
    fixtures.moveClockTo(paris(day, "09:10"));

    // The trainer opens the register from their trainings and marks Tom present.
    browser.logIn(artisan.email(), artisan.password());
    browser.open("/artisan/trainings.xhtml");
    browser.clickAndWait(".register-link a");
    assertThat(browser.path()).startsWith("/artisan/register.xhtml?session=" + session);
    assertThat(browser.text("#register-training")).isEqualTo(title);
    assertThat(browser.text("#half-day-1")).contains("n’a pas encore commencé");
    browser.assertAccessible().screenshot("register-open");
    new Select(row(0, tom).findElement(By.cssSelector("select.status-select")))
        .selectByValue("PRESENT");
    row(0, tom).findElement(By.cssSelector(".remark-input")).sendKeys("arrivé en avance");
    clickAndWait(row(0, tom).findElement(By.cssSelector(".save-row")));
    browser.screenshot("register-saved");
    assertThat(browser.text(".messages")).contains("Présence de Person " + tom.email());
    assertThat(
            new Select(row(0, tom).findElement(By.cssSelector("select.status-select")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("PRESENT");
    // A correction: Tom was in fact 10 minutes late; the register says so, and keeps both.
    new Select(row(0, tom).findElement(By.cssSelector("select.status-select")))
        .selectByValue("LATE");
    WebElement late = row(0, tom).findElement(By.cssSelector(".late-input"));
    late.clear();
    late.sendKeys("10");
    clickAndWait(row(0, tom).findElement(By.cssSelector(".save-row")));
    assertThat(row(0, tom).getText()).contains("corrigé");
    browser.click("#half-day-0 details summary");
    assertThat(browser.text("#half-day-0 .history-table"))
        .contains("n° 1")
        .contains("n° 2")
        .contains("Person " + artisan.email())
        .contains("web ");
    browser.screenshot("register-corrected");

    // The half-day is closed at its end: in the middle of the morning the page says from when.
    assertThat(browser.all("#half-day-0 .register-actions button[id$='close']")).isEmpty();
    assertThat(browser.text("#half-day-0 .close-later"))
        .contains("Vous pourrez signer et clore cette demi-journée à sa fin")
        .contains("12:15");

    // In its last quarter of an hour, closing before everyone has a line is refused, naming who
    // is missing.
    fixtures.moveClockTo(paris(day, "12:16"));
    browser.open("/artisan/register.xhtml?session=" + session);
    clickAcceptingConfirm("#half-day-0 .register-actions button[id$='close']");
    assertThat(browser.text(".messages"))
        .contains("ne peut pas être close")
        .contains("Person " + lea.email());

    // The QR screen shows the code of now.
    browser.clickAndWait("#half-day-0 a.code-link");
    assertThat(browser.path()).startsWith("/artisan/register-code.xhtml");
    WebElement image = browser.find("#qr-image");
    assertThat(image.getAttribute("src")).startsWith("data:image/png;base64,");
    assertThat(image.getAttribute("alt")).isNotBlank();
    String shown = browser.text("#code");
    String fromApi =
        api.as(artisan)
            .get("/api/sessions/" + session + "/register/0/code")
            .json()
            .getString("code");
    if (!shown.equals(fromApi)) {
      // the 30-second window turned between the two reads: the screen catches up by itself
      browser.waitForText("#code", fromApi);
      shown = fromApi;
    }
    assertThat(browser.text("#valid")).contains("encore");
    browser.assertAccessible().screenshot("register-code");

    // Léa scans it: the sign page asks her to log in, then brings her back to sign.
    String signUrl =
        "/attendance/sign.xhtml?session=" + session + "&slot=0&code=" + Api.encode(shown);
    browser.logOut();
    browser.open(signUrl);
    assertThat(browser.path()).startsWith("/login.xhtml");
    browser.type("#login\\:email", lea.email());
    browser.type("#login\\:password", lea.password());
    browser.clickAndWait("#login\\:submit");
    assertThat(browser.path()).isEqualTo(signUrl);
    assertThat(browser.text("#sign-what")).contains(title).contains("Demi-journée 1");
    browser.assertAccessible().screenshot("sign");
    browser.clickAndWait("#sign\\:signButton");
    assertThat(browser.text(".messages")).contains("Votre présence est signée");
    assertThat(browser.text("#signed")).contains("Vous avez signé votre présence");
    browser.assertAccessible().screenshot("signed");

    // A photo of an old code, used a minute later, is refused in plain French.
    fixtures.moveClockTo(paris(day, "12:18"));
    browser.logIn(sam.email(), sam.password());
    browser.open(signUrl);
    browser.clickAndWait("#sign\\:signButton");
    assertThat(browser.text(".messages"))
        .contains("Ce code a expiré, scannez le code affiché à l’écran");
    // Sam signs from the enrolments page instead, by his own action.
    browser.open("/me/enrolments.xhtml");
    browser.clickAndWait(".self-sign-button");
    assertThat(browser.text(".messages")).contains("Votre présence est signée");
    assertThat(browser.text("#enrolments")).contains("Vous avez signé votre présence");
    browser.assertAccessible().screenshot("enrolments-signed");

    // The trainer sees both signatures and closes the half-day.
    browser.logIn(artisan.email(), artisan.password());
    browser.open("/artisan/register.xhtml?session=" + session);
    assertThat(row(0, lea).getText()).contains("signé le").contains("QR code");
    assertThat(row(0, sam).getText()).contains("signé le").contains("en ligne");
    assertThat(browser.text("#half-day-0 .meta")).contains("2 signatures sur 3 participant·es");
    clickAcceptingConfirm("#half-day-0 .register-actions button[id$='close']");
    assertThat(browser.text(".messages")).contains("La demi-journée 1 est signée et close");
    assertThat(browser.text("#half-day-0 .meta")).contains("Close").contains("formateur");
    assertThat(browser.all("#half-day-0 .save-row")).isEmpty();
    browser.assertAccessible().screenshot("register-closed");

    // The sheet downloads from the page with the page's login.
    Api.Download pdf = downloadWithBrowserSession("/artisan/register-export?session=" + session);
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");

    // The afternoon: everyone is present, the trainer closes it, and with it the register.
    fixtures.moveClockTo(paris(day, "17:05"));
    for (Person p : new Person[] {lea, sam, tom}) {
      assertThat(
              api.as(artisan)
                  .put(
                      "/api/sessions/" + session + "/register/1/" + p.id(),
                      Json.createObjectBuilder().add("status", "PRESENT").add("remark", "").build())
                  .status())
          .isEqualTo(200);
    }
    browser.open("/artisan/register.xhtml?session=" + session);
    clickAcceptingConfirm("#half-day-1 .register-actions button[id$='close']");
    assertThat(browser.text(".messages")).contains("La demi-journée 2 est signée et close");

    // Léa finds her certificate once it is issued, downloads it, and the QR code printed on it
    // leads to its verification page, which says it is valid.
    browser.logIn(lea.email(), lea.password());
    String code = null;
    for (int attempt = 0; attempt < 60 && code == null; attempt++) {
      browser.open("/me/certificates.xhtml");
      if (!browser.all("a.cert-pdf").isEmpty()) {
        String href = browser.find("a.cert-pdf").getAttribute("href");
        code = href.substring(href.lastIndexOf('/') + 1);
      } else {
        sleep(500);
      }
    }
    assertThat(code).as("Léa's certificate issued when the register closed").isNotNull();
    assertThat(browser.text("#certificates")).contains(title).contains("Certificat valide");
    browser.assertAccessible().screenshot("certificate-of-the-signed-session");
    Api.Download certificate = downloadWithBrowserSession("/me/certificates/pdf/" + code);
    assertThat(certificate.status()).isEqualTo(200);
    URI printed = URI.create(qrCodeOf(certificate.body()));
    assertThat(printed.getPath()).isEqualTo("/verify/" + code);
    browser.logOut();
    browser.open(printed.getPath());
    assertThat(browser.text(".cert-status")).contains("Certificat valide");
    assertThat(browser.text("main")).contains(title).contains("Person " + lea.email());
    browser.assertAccessible().screenshot("certificate-verified-from-its-qr-code");
  }

  /**
   * The text of the QR code printed on the first page of a PDF, read as a phone would: the page
   * seen at a few resolutions, since finding a code on a whole page of text depends on the scale.
   */
  private static String qrCodeOf(byte[] pdf) {
    com.google.zxing.ReaderException last = null;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (int dpi : new int[] {150, 200, 300, 100}) {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.GRAY);
        try {
          return new QRCodeReader()
              .decode(
                  new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                  Map.of(
                      DecodeHintType.TRY_HARDER,
                      Boolean.TRUE,
                      DecodeHintType.POSSIBLE_FORMATS,
                      List.of(BarcodeFormat.QR_CODE)))
              .getText();
        } catch (com.google.zxing.ReaderException e) {
          last = e;
        }
      }
    } catch (IOException e) {
      throw new AssertionError("the certificate is not a PDF", e);
    }
    throw new AssertionError("no readable QR code on the certificate", last);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private WebElement row(int slot, Person who) {
    return browser.find("#half-day-" + slot + " tr[data-participant='" + who.id() + "']");
  }

  private void clickAndWait(WebElement button) {
    WebElement html = browser.driver().findElement(By.tagName("html"));
    button.click();
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(
            d -> {
              try {
                html.isEnabled();
                return false;
              } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
              }
            });
  }

  private void clickAcceptingConfirm(String css) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("window.confirm = function() { return true; };");
    clickAndWait(browser.find(css));
  }

  private Api.Download downloadWithBrowserSession(String path) {
    String cookies =
        browser.driver().manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .reduce((a, b) -> a + "; " + b)
            .orElse("");
    try {
      var response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          URI.create(url.toString().replaceAll("/$", "") + path))
                      .header("Cookie", cookies)
                      .GET()
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      return new Api.Download(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
