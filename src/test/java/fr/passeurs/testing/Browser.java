package fr.passeurs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, as a person would use the pages, with an
 * accessibility check (axe-core, WCAG 2.1 A and AA) on demand.
 */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;
  private final String base;

  public Browser(URL application) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("passeurs.test.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--lang=fr-FR");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(System.getProperty("passeurs.test.chromedriver", "/usr/bin/chromedriver")))
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
    String url = application.toString();
    base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Shows the pages on a screen this wide: 375 for a phone, 1280 for a laptop. */
  public Browser width(int pixels) {
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(pixels, 1000));
    return this;
  }

  /** Runs a script in the page (as a test, not as the page: the page's policy does not apply). */
  public Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  public WebDriver driver() {
    return driver;
  }

  public Browser open(String path) {
    driver.get(base + path);
    return this;
  }

  public WebElement find(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public Browser type(String css, String text) {
    WebElement field = find(css);
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Sets a field's value as a date or time picker would (typing into those depends on locale). */
  public Browser setValue(String css, String value) {
    WebElement field = find(css);
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("arguments[0].value = arguments[1];", field, value);
    return this;
  }

  public Browser click(String css) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)))
        .click();
    return this;
  }

  /** Clicks and waits for the next page to replace this one. */
  public Browser clickAndWait(String css) {
    return replacedBy(() -> click(css));
  }

  /** Clicks this element and waits for the next page to replace this one. */
  public Browser clickAndWait(WebElement element) {
    return replacedBy(element::click);
  }

  /** Does something (a click, a key) and waits for the next page to replace this one. */
  public Browser replacedBy(Runnable action) {
    WebElement html = driver.findElement(By.tagName("html"));
    action.run();
    // The old page is gone once its root can no longer be asked anything; Chromium answers that
    // either as a stale element or as a node that "does not belong to the document".
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d -> {
              try {
                html.isEnabled();
                return false;
              } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
              }
            });
    return this;
  }

  public Browser waitForText(String css, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    return this;
  }

  public String text(String css) {
    return find(css).getText();
  }

  public String path() {
    String current = driver.getCurrentUrl();
    return current.startsWith(base) ? current.substring(base.length()) : current;
  }

  public void logOut() {
    driver.manage().deleteAllCookies();
  }

  /** Logs in through the login page. */
  public Browser logIn(String email, String password) {
    logOut();
    open("/login.xhtml");
    type("#login\\:email", email);
    type("#login\\:password", password);
    clickAndWait("#login\\:submit");
    return this;
  }

  /**
   * No serious or critical WCAG 2.1 A/AA violation on the current page, and the page is no wider
   * than its window: nothing to scroll sideways, at 1280 px as at 375 px.
   */
  public Browser assertAccessible() {
    assertFitsWidth();
    Results results =
        new AxeBuilder()
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze(driver);
    List<Rule> blocking =
        results.getViolations().stream()
            .filter(
                rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
            .toList();
    assertThat(blocking)
        .as(
            () ->
                "Accessibility on "
                    + path()
                    + ":\n"
                    + blocking.stream()
                        .map(
                            rule ->
                                rule.getId()
                                    + " ("
                                    + rule.getImpact()
                                    + "): "
                                    + rule.getHelp()
                                    + " at "
                                    + rule.getNodes().stream()
                                        .map(node -> String.valueOf(node.getTarget()))
                                        .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
        .isEmpty();
    return this;
  }

  /** The page is no wider than its window; else, which elements stick out. */
  public Browser assertFitsWidth() {
    Object outside =
        script(
            "var width = document.documentElement.clientWidth;"
                + "if (document.documentElement.scrollWidth <= width) { return ''; }"
                + "var out = [];"
                + "document.querySelectorAll('body *').forEach(function (e) {"
                + "  var box = e.getBoundingClientRect();"
                + "  if (box.right > width + 1 && box.width > 0 && out.length < 8) {"
                + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + "      + (e.className && e.className.baseVal === undefined"
                + "          ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')"
                + "      + ' ' + Math.round(box.right) + 'px');"
                + "  }"
                + "});"
                + "return document.documentElement.scrollWidth + 'px wide in ' + width + 'px: '"
                + "  + out.join(', ');");
    assertThat(String.valueOf(outside)).as("the width of " + path()).isEmpty();
    return this;
  }

  /**
   * Goes to a page through the navigation, as a person would: the "Menu" button first on a phone,
   * then the menu of that name, then the link.
   */
  public Browser navigate(String menu, String link) {
    unfoldNavigation();
    WebElement summary =
        driver.findElements(By.cssSelector(".menu summary")).stream()
            .filter(s -> s.getText().trim().equals(menu))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no menu " + menu + " on " + path()));
    summary.click();
    WebElement target =
        driver.findElements(By.cssSelector(".menu details[open] a")).stream()
            .filter(a -> a.getText().trim().equals(link))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no link " + link + " in the menu " + menu));
    return clickAndWait(target);
  }

  /**
   * Goes through the navigation to the page whose address ends so ({@code /me/enrolments.xhtml}),
   * opening the "Menu" button and the menu that holds it as a person would, in any language.
   */
  public Browser navigateTo(String addressEnd) {
    unfoldNavigation();
    WebElement link =
        driver.findElements(By.cssSelector("nav a[href$='" + addressEnd + "']")).stream()
            .findFirst()
            .orElseThrow(() -> new AssertionError("no link to " + addressEnd + " on " + path()));
    if (!link.isDisplayed()) {
      WebElement menu = link.findElement(By.xpath("ancestor::details[1]/summary"));
      menu.click();
    }
    return clickAndWait(link);
  }

  private void unfoldNavigation() {
    List<WebElement> buttons = driver.findElements(By.id("menuButton"));
    if (!buttons.isEmpty()
        && buttons.get(0).isDisplayed()
        && "false".equals(buttons.get(0).getAttribute("aria-expanded"))) {
      buttons.get(0).click();
    }
  }

  /** Keeps a picture of the page under target/screenshots, to look at. */
  public Browser screenshot(String name) {
    try {
      Path target = Path.of("target/screenshots");
      Files.createDirectories(target);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (Exception e) {
      // a missing picture does not fail a test
    }
    return this;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
