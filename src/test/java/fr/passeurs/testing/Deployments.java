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
}
