package fr.passeurs.search;

import static fr.passeurs.testing.Fixtures.knowHowBody;
import static fr.passeurs.testing.Fixtures.monday;
import static fr.passeurs.testing.Fixtures.paris;
import static fr.passeurs.testing.Fixtures.sessionBody;
import static fr.passeurs.testing.Fixtures.trainingBody;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Browser;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import fr.passeurs.testing.Fixtures.Person;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The header's search box and the search page in headless Chromium, from the login form, on a
 * laptop and on a phone, in French and in English, with an accessibility check on every page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchUiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL url;
  Fixtures fixtures;
  Browser browser;

  @BeforeEach
  void open() {
    fixtures = new Fixtures(Api.at(url));
    browser = new Browser(url);
  }

  @AfterEach
  void close() {
    browser.close();
  }

  @Test
  void anApprenticeSearchesFromTheHeaderNarrowsByFacetAndOpensAResultOnALaptop() {
    walk(1280, "laptop");
  }

  @Test
  void anApprenticeSearchesFromTheHeaderNarrowsByFacetAndOpensAResultOnAPhone() {
    walk(375, "phone");
  }

  private void walk(int width, String screen) {
    String manufacture = fixtures.manufacture("NORMANDIE", 48.4329, 0.0913);
    Person artisan = fixtures.artisan(manufacture);
    String word = Fixtures.uniqueWord();
    String lace = "Dentelles au point d'Alençon " + word;
    fixtures.knowHow(artisan, knowHowBody(lace, "TEXTILE"));
    fixtures.knowHow(artisan, knowHowBody("Ferronnerie d'art " + word, "METAL"));
    // taught in a session and a class visit, under words of their own
    String other = Fixtures.uniqueWord();
    String laceId =
        fixtures
            .knowHow(artisan, knowHowBody("Dentelle aux fuseaux " + other, "TEXTILE"))
            .getString("id");
    Person manager = fixtures.manager(manufacture);
    String room = fixtures.room(manager, manufacture, 30);
    String training = fixtures.training(artisan, trainingBody(laceId)).getString("id");
    LocalDate day = monday(3);
    fixtures.session(
        artisan,
        training,
        sessionBody(
            room, 6, paris(day.minusDays(3), "18:00"), paris(day, "09:00"), paris(day, "12:30")));
    fixtures.visitOffer(
        artisan, Fixtures.visitOfferBody(laceId, room).add("title", "L'atelier de dentelle"));
    Person apprentice = fixtures.apprentice();

    browser.width(width);
    browser.logIn(apprentice.email(), apprentice.password());

    // suggestions while typing, from the header of any page
    browser.type("#siteSearch", "dentell " + word.substring(0, 4));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
        .until(d -> !d.findElements(By.cssSelector("#siteSearchSuggestions option")).isEmpty());
    // options of a datalist are offered by the browser, never shown in the page: read them
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("#siteSearchSuggestions option"))
                .getAttribute("value"))
        .isEqualTo(lace);

    // a typo, found all the same
    String typo = word.substring(0, 5) + (word.charAt(5) == 'a' ? 'b' : 'a') + word.substring(6);
    browser.find("#siteSearch").clear();
    browser.type("#siteSearch", typo).clickAndWait(".site-search-button");
    assertThat(browser.path()).startsWith("/search.xhtml");
    assertThat(browser.text("#didYouMean")).contains("Vouliez-vous dire « " + word + " »");
    assertThat(browser.text("#found-title")).isEqualTo("2 résultats");
    assertThat(browser.all(".found mark")).isNotEmpty();
    browser.assertAccessible().assertFitsWidth().screenshot("search-" + screen);

    // a facet narrows, and says how many each value has
    assertThat(browser.text(".facets")).contains("Textile (1)").contains("Métal (1)");
    browser.clickAndWait(".facet-domain-TEXTILE");
    assertThat(browser.text("#found-title")).isEqualTo("1 résultat");
    assertThat(browser.find(".facet-domain-TEXTILE").getAttribute("aria-current"))
        .isEqualTo("true");
    browser.assertAccessible().assertFitsWidth();

    browser.clickAndWait(".found .card-title a");
    assertThat(browser.text("h1")).isEqualTo(lace);

    // in English, the same search speaks English
    browser.open("/search.xhtml?lang=en&q=" + word);
    assertThat(browser.text("#found-title")).isEqualTo("2 results");
    assertThat(browser.text(".facets")).contains("Kind").contains("Know-how (2)");
    browser.assertAccessible().assertFitsWidth().screenshot("search-en-" + screen);
    browser.open("/search.xhtml?q=nothingatallhere");
    assertThat(browser.text("#found-title")).isEqualTo("No result");

    // the lists of sessions and of class visit offers take words too
    browser.open("/training/sessions.xhtml");
    browser.type("#filters\\:q", "dentelles " + other).clickAndWait("#filters\\:go");
    assertThat(browser.text("#count")).isEqualTo("1 session");
    assertThat(browser.all(".session-card")).hasSize(1);
    browser.assertAccessible().assertFitsWidth().screenshot("sessions-words-en-" + screen);
    browser.open("/visits/offers.xhtml?lang=fr");
    browser.type("#filters\\:q", "fuseau " + other).clickAndWait("#filters\\:go");
    assertThat(browser.text("#count")).isEqualTo("1 visite trouvée");
    assertThat(browser.text("#offers")).contains("L'atelier de dentelle");
    browser.assertAccessible().assertFitsWidth().screenshot("offers-words-" + screen);
  }
}
