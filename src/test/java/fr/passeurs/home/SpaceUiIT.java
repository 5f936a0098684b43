package fr.passeurs.home;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.BrowserTest;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * "Mon espace", where each person lands after logging in, at 1280 px and on a phone: the
 * apprentice's seat and their calendar address, the manager's artisans waiting for activation and
 * sessions under their minimum near their deadline, each one click from the page that acts on it.
 */
class SpaceUiIT extends BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @Test
  void anApprenticeFindsTheirSeatAndTheirCalendarAddressInMySpace() {
    for (int width : new int[] {1280, 375}) {
      Fixtures.TrainingDay day = fixtures.trainingDay(3, 1);
      Person lea = day.participants().get(0);
      String title = day.training().getString("title");
      browser.width(width).logIn(lea.email(), lea.password());
      assertThat(browser.path()).startsWith("/me/space.xhtml");
      assertThat(browser.text("h1")).isEqualTo("Mon espace");
      assertThat(browser.text("#coming")).contains("Session : " + title);
      assertThat(browser.text("#todo-none")).isEqualTo("Rien ne vous attend pour l’instant.");
      browser.assertAccessible();

      browser.clickAndWait("#calendar\\:issue");
      String address = browser.find("#calendar\\:url").getAttribute("value");
      assertThat(address).contains("/api/calendars/").endsWith(".ics");
      assertThat(browser.find("#webcal").getAttribute("href"))
          .isEqualTo(address.replaceFirst("^https?://", "webcal://"));
      Api.Response feed = api.fetch(address.substring(address.indexOf("/api/")), "text/calendar");
      assertThat(feed.status()).isEqualTo(200);
      assertThat(feed.body()).contains("BEGIN:VCALENDAR").contains(title);
      browser.assertAccessible().screenshot("space-apprentice-" + width);

      browser.clickAndWait(browser.driver().findElement(By.linkText("Session : " + title)));
      assertThat(browser.path()).startsWith("/training/session.xhtml?id=" + day.session());
    }
  }

  @Test
  void aManagerSeesArtisansWaitingAndASessionUnderItsMinimumInBothLanguages() {
    for (int width : new int[] {1280, 375}) {
      String manufacture = fixtures.manufacture();
      Person manager = fixtures.manager(manufacture);
      String room = fixtures.room(manager, manufacture, 20);
      Person artisan = fixtures.artisan(manufacture);
      Person pending = fixtures.pendingArtisan(manufacture);
      String training =
          fixtures
              .training(
                  artisan,
                  Fixtures.trainingBody(fixtures.knowHowOf(artisan)).add("minParticipants", 3))
              .getString("id");
      String title = api.get("/api/trainings/" + training).json().getString("title");
      LocalDate today = LocalDate.now(Fixtures.PARIS);
      LocalDate day = Fixtures.monday(2);
      fixtures.session(
          artisan,
          training,
          Fixtures.sessionBody(
              room,
              5,
              Fixtures.paris(today.plusDays(2), "18:00"),
              Fixtures.paris(day, "09:00"),
              Fixtures.paris(day, "12:00")));

      browser.width(width).logIn(manager.email(), manager.password());
      assertThat(browser.path()).startsWith("/me/space.xhtml");
      assertThat(browser.text("#todo"))
          .contains("Person " + pending.email() + " attend votre activation")
          .contains(title + " : aucun inscrit pour 3 au minimum");
      browser.assertAccessible().screenshot("space-manager-" + width);

      browser.clickAndWait("a.lang");
      assertThat(browser.text("h1")).isEqualTo("My space");
      assertThat(browser.text("#todo"))
          .contains("Person " + pending.email() + " is waiting for your activation")
          .contains(title + ": 0 enrolled of 3 at least");
      browser.assertAccessible();
      browser.clickAndWait("a.lang");

      browser.clickAndWait(
          browser.driver().findElement(By.partialLinkText("Person " + pending.email())));
      assertThat(browser.path()).startsWith("/manager/account.xhtml?id=" + pending.id());
    }
  }
}
