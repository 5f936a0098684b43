package fr.passeurs.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application as the integration tests deploy it: the very WAR the build produced. */
public final class Deployments {

  private Deployments() {}

  /** The built WAR, deployed at the root context like in production. */
  public static WebArchive application() {
    File war = new File(System.getProperty("passeurs.test.war", "target/passeurs.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the tests with mvn verify");
    }
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }

  /**
   * The built WAR with the test controls: a clock the tests move ({@code POST /api/test/clock/
   * {seconds}}) and the periodic jobs run on demand ({@code POST /api/test/jobs/...}).
   */
  public static WebArchive withTestControls() {
    return application()
        .addClasses(
            fr.passeurs.testing.server.MutableClock.class,
            fr.passeurs.testing.server.TestClockProducer.class,
            fr.passeurs.testing.server.TestControlResource.class);
  }
}
