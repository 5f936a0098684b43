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
    WebElement html = driver.findElement(By.tagName("html"));
    click(css);
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

  /** No serious or critical WCAG 2.1 A/AA violation on the current page. */
  public Browser assertAccessible() {
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
