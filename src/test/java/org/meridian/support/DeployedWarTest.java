package org.meridian.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test that talks to the site over HTTP, as a browser or a client does, has in common: each
 * test class gets the real WAR deployed by Arquillian into its own Payara Micro on a fresh database, and {@link #base}
 * is the site's address. Tests that run inside the server deploy their own classes with the WAR instead.
 */
@ExtendWith({FreshDatabase.class, ArquillianExtension.class})
@RunAsClient
public abstract class DeployedWarTest {

    @ArquillianResource
    private URL deployed;

    /** The deployed site's address, ending in "/". */
    protected URI base;

    @Deployment
    static WebArchive deployment() {
        return MeridianDeployment.war();
    }

    @BeforeEach
    final void locateDeployedSite() throws URISyntaxException {
        // Arquillian's Payara Micro container gives the root application's address now with, now without the
        // final "/" (one run of PublicSiteBrowserIT went to "http://localhost:8706articles/...").
        var address = deployed.toString();
        base = new URI(address.endsWith("/") ? address : address + "/");
    }
}
