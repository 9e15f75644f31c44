package org.meridian.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR that {@code mvn package} built, as Arquillian deploys it into Payara Micro. */
public final class MeridianDeployment {

    private MeridianDeployment() {}

    public static WebArchive war() {
        var war = new File(System.getProperty("meridian.war", "target/meridian.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        // Named ROOT.war so Payara Micro serves it at "/", as in production.
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
